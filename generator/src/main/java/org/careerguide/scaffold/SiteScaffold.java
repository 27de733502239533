package org.careerguide.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerguide.bundled.BundledText;
import org.careerguide.bundled.Release;
import org.careerguide.text.Slugs;

/**
 * Writes a complete guide project (like {@code hugo new site}): a {@code pom.xml} using this
 * plugin at this version with the site-phase binding, {@code site.yaml}, one example role with a
 * narrative, an about page, {@code .gitignore} and a GitHub Pages workflow. It never overwrites:
 * when any of these files exists, nothing is written. The texts live in the resources under
 * {@code careerguide/scaffold/site/}.
 */
public final class SiteScaffold {

    private static final String TEMPLATES = "/careerguide/scaffold/site/";

    /** A scaffold; it keeps no state. */
    public SiteScaffold() {
    }

    /** Resource name (under {@link #TEMPLATES}) to the file it becomes in the new project. */
    private static final Map<String, String> FILES = Map.of(
            "pom.xml", "pom.xml",
            "site.yaml", "site.yaml",
            "roles/software-engineer.yaml", "roles/software-engineer.yaml",
            "roles/software-engineer.md", "roles/software-engineer.md",
            "pages/about.md", "pages/about.md",
            // Stored without their leading dots: resource copying leaves out dot files.
            "gitignore", ".gitignore",
            "github-pages.yml", ".github/workflows/pages.yml");

    /** The title a new guide gets when none is given. */
    public static final String DEFAULT_TITLE = "Career Guide";

    /** Writes the project into {@code dir} (created if missing); returns the files written, sorted. */
    public List<Path> create(Path dir, String title, LocalDate today) throws ScaffoldException, IOException {
        String name = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ScaffoldException("the title must be one line of text");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldException(dir + " is a file, not a folder");
        }
        List<String> targets = FILES.values().stream().sorted().toList();
        List<String> existing = targets.stream().filter(file -> Files.exists(dir.resolve(file))).toList();
        if (!existing.isEmpty()) {
            throw new ScaffoldException(dir + " already holds " + String.join(", ", existing)
                    + "; new-site never overwrites a file: choose an empty or new folder");
        }
        Map<String, String> values = Map.of(
                "{{title}}", RoleScaffold.quoted(name),
                "{{xmlTitle}}", xml(name),
                "{{artifactId}}", artifactId(dir),
                "{{version}}", Release.version(),
                "{{sitePluginVersion}}", Release.sitePluginVersion(),
                "{{date}}", today.toString());
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String text = BundledText.read(TEMPLATES + file.getKey());
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            Path target = dir.resolve(file.getValue());
            // A file that appeared since the check above is still not overwritten.
            NewFile.write(target, text, "new-site never overwrites a file");
            written.add(target);
        }
        written.sort(null);
        return written;
    }

    /** The artifactId: the folder's name as a slug, or {@code career-guide} when that makes none. */
    static String artifactId(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String slug = name == null ? "" : Slugs.of(name.toString());
        return slug.isEmpty() || Slugs.problem(slug).isPresent() ? "career-guide" : slug;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
