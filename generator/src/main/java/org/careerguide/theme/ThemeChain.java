package org.careerguide.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careerguide.load.ProjectFiles;
import org.careerguide.text.Slugs;
import org.careerguide.load.ThemeManifestReader;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.model.ThemeManifest;

/**
 * A theme and the themes it extends, most specific first, ending with a root theme (the shipped
 * default). A name is looked up in the project's {@code themes/<name>/}, then among the themes
 * shipped in the jar; a project theme that extends its own name extends the shipped one (so a
 * project can adjust {@code default} in place). A project theme without {@code theme.yaml}
 * extends {@code default}. Cycles and unknown parents are refused at the {@code extends} line.
 *
 * @param folders   the themes, most specific first
 * @param manifests their {@code theme.yaml}, in the same order (an implicit one where a project theme has none)
 */
record ThemeChain(List<ThemeFolder> folders, List<ThemeManifest> manifests) {

    static final String DEFAULT = "default";
    /** Longer chains are surely a mistake; the bound also keeps a deep chain from costing much. */
    static final int MAX_LENGTH = 10;

    /** The chain of {@code name}, or empty after reporting why it cannot be built. */
    static Optional<ThemeChain> resolve(String name, SourcePosition requestedAt, ProjectFiles files, Problems problems)
            throws IOException {
        List<ThemeFolder> folders = new ArrayList<>();
        List<ThemeManifest> manifests = new ArrayList<>();
        Optional<ThemeFolder> current = find(name, null, files);
        if (current.isEmpty()) {
            problems.error(requestedAt, "theme '" + name + "' not found: expected the folder themes/" + name
                    + "/ or one of the shipped themes (default, compact)");
            return Optional.empty();
        }
        while (true) {
            ThemeFolder folder = current.get();
            folders.add(folder);
            Optional<ThemeManifest> manifest = manifest(folder, problems);
            if (manifest.isEmpty()) {
                return Optional.empty();
            }
            manifests.add(manifest.get());
            Optional<Text> parent = manifest.get().extendsName();
            if (parent.isEmpty()) {
                return Optional.of(new ThemeChain(folders, manifests));
            }
            String parentName = parent.get().value();
            Optional<String> badName = Slugs.problem(parentName);
            if (badName.isPresent()) {
                problems.error(parent.get().position(), "'extends' must be a theme name: " + badName.get());
                return Optional.empty();
            }
            Optional<ThemeFolder> next = find(parentName, folder, files);
            if (next.isEmpty()) {
                problems.error(parent.get().position(), "theme '" + folder.name() + "' extends '" + parentName
                        + "', which is not found: expected the folder themes/" + parentName
                        + "/ or one of the shipped themes");
                return Optional.empty();
            }
            if (folders.contains(next.get())) {
                String cycle = folders.subList(folders.indexOf(next.get()), folders.size()).stream()
                        .map(ThemeFolder::name).collect(Collectors.joining(" -> "));
                problems.error(parent.get().position(), "themes extend each other in a cycle: " + cycle + " -> "
                        + parentName + "; one of them must extend another theme, such as default");
                return Optional.empty();
            }
            if (folders.size() == MAX_LENGTH) {
                problems.error(parent.get().position(), "theme chain is longer than " + MAX_LENGTH + " themes");
                return Optional.empty();
            }
            current = next;
        }
    }

    private static Optional<ThemeFolder> find(String name, ThemeFolder child, ProjectFiles files) {
        boolean extendsShippedNamesake = child != null && child.inProject() && child.name().equals(name);
        Path dir = files.projectDir().resolve(ThemeLoader.THEMES).resolve(name);
        if (!extendsShippedNamesake && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new ThemeFolder.InProject(name, dir, files));
        }
        return ThemeFolder.Embedded.find(name);
    }

    private static Optional<ThemeManifest> manifest(ThemeFolder folder, Problems problems) throws IOException {
        String display = folder.display(ThemeFolder.THEME_FILE);
        Optional<String> text = folder.manifest();
        if (text.isEmpty()) {
            // Themes written before theme.yaml existed override single templates of the default theme.
            return Optional.of(new ThemeManifest(display,
                    Optional.of(new Text(DEFAULT, SourcePosition.ofFile(display))), List.of(), List.of(), List.of()));
        }
        return new ThemeManifestReader().read(text.get(), display, problems);
    }

    /** The theme's own name (the most specific). */
    String name() {
        return folders.get(0).name();
    }

    /** The themes from the root (default) to the most specific: the order in which later ones override. */
    List<Integer> rootFirst() {
        List<Integer> order = new ArrayList<>();
        for (int i = folders.size() - 1; i >= 0; i--) {
            order.add(i);
        }
        return order;
    }
}
