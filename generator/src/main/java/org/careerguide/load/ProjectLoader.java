package org.careerguide.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Guide;
import org.careerguide.model.Narrative;
import org.careerguide.model.Page;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Site;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.StaticFile;
import org.careerguide.model.TermCatalogues;
import org.careerguide.text.Slugs;

/**
 * Loads a guide project folder ({@code site.yaml}, {@code roles/}, {@code pages/}, {@code static/})
 * into a {@link Guide}, reporting every problem of every file. Role files are read in parallel.
 */
public final class ProjectLoader {

    public static final String SITE_FILE = Guide.SITE_FILE;
    public static final String ROLES = "roles";
    public static final String PAGES = "pages";
    public static final String STATIC = "static";
    public static final String TERMS = "terms";

    private final SourceReader reader;
    private final YamlComposer composer;
    private final boolean includeDrafts;
    private final RoleFileCache cache;

    public ProjectLoader(long maxFileBytes, YamlLimits limits, boolean includeDrafts) {
        this(maxFileBytes, limits, includeDrafts, RoleFileCache.none());
    }

    /** A loader that takes unchanged roles from {@code cache} (the preview server's) and keeps what it loads there. */
    public ProjectLoader(long maxFileBytes, YamlLimits limits, boolean includeDrafts, RoleFileCache cache) {
        this.reader = new SourceReader(maxFileBytes);
        this.composer = new YamlComposer(limits);
        this.includeDrafts = includeDrafts;
        this.cache = cache;
    }

    /** The guide, or empty when any file had an error (all of them are in {@code problems}). */
    public Optional<Guide> load(ProjectFiles files, Problems problems) throws IOException {
        Path projectDir = files.projectDir();
        Path siteFile = projectDir.resolve(SITE_FILE);
        Optional<Site> site = Optional.empty();
        if (!Files.isRegularFile(siteFile)) {
            problems.error(SourcePosition.ofFile(files.display(siteFile)),
                    "no site.yaml: the guide project folder needs one (with at least 'title')");
        } else {
            site = reader.read(siteFile, files.display(siteFile), problems).flatMap(text -> {
                YamlSource source = new YamlSource(files.display(siteFile), 0);
                return composer.compose(text, source, problems, "site.yaml is empty; it needs at least 'title'")
                        .flatMap(root -> new SiteBinder(source, problems).bind(root));
            });
        }
        List<Role> roles = loadRoles(files, problems);
        List<Page> pages = loadPages(files, problems);
        TermCatalogues catalogues = new TermCatalogueLoader(reader, composer).load(files, problems);
        List<StaticFile> statics = files.walk(STATIC, problems).stream()
                .map(file -> new StaticFile(projectDir.resolve(STATIC).relativize(file).toString().replace('\\', '/'),
                        file, SourcePosition.ofFile(files.display(file))))
                .toList();
        if (problems.hasErrors() || site.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guide(projectDir, site.get(), roles, pages, statics, catalogues));
    }

    private List<Role> loadRoles(ProjectFiles files, Problems problems) throws IOException {
        Map<String, Path> roleFiles = new TreeMap<>();
        Map<String, Path> narratives = new TreeMap<>();
        for (Path file : files.list(ROLES, problems)) {
            String name = file.getFileName().toString();
            SourcePosition at = SourcePosition.ofFile(files.display(file));
            if (name.endsWith(".yaml")) {
                roleFiles.put(name.substring(0, name.length() - 5), file);
            } else if (name.endsWith(".md")) {
                narratives.put(name.substring(0, name.length() - 3), file);
            } else if (name.endsWith(".yml")) {
                problems.error(at, "role files end in .yaml; rename this file to " + name.replaceAll("\\.yml$", ".yaml"));
            } else {
                problems.warning(at, CheckKind.IGNORED_FILE, "not a role (.yaml) or narrative (.md) file; ignored");
            }
        }
        narratives.forEach((slug, file) -> {
            if (!roleFiles.containsKey(slug)) {
                problems.error(SourcePosition.ofFile(files.display(file)),
                        "narrative without a role: there is no roles/" + slug + ".yaml");
            }
        });
        // Shared by this load's roles only: dropped, with the copies no role kept, once they are loaded.
        SharedValues shared = SharedValues.create();
        List<Optional<Role>> loaded = roleFiles.entrySet().parallelStream()
                .map(entry -> cache.role(entry.getKey(), narratives.get(entry.getKey()), problems,
                        sink -> loadRole(entry.getKey(), entry.getValue(), narratives.get(entry.getKey()), files, sink,
                                shared)))
                .toList();
        List<Role> roles = new ArrayList<>();
        loaded.forEach(role -> role.filter(r -> includeDrafts || !r.draft()).ifPresent(roles::add));
        roles.sort(Comparator.comparing(Role::slug));
        return roles;
    }

    /**
     * The role {@code slug} loaded from its files as {@link #load} would (through the cache), its
     * problems into {@code problems}; empty when its role file is not a plain file or had errors.
     * For the preview, which knows from its watcher that no other file changed.
     */
    public Optional<Role> loadRole(ProjectFiles files, String slug, Problems problems) {
        Path folder = files.projectDir().resolve(ROLES);
        Path file = folder.resolve(slug + ".yaml");
        Path narrative = folder.resolve(slug + ".md");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path narrativeFile = Files.isRegularFile(narrative, LinkOption.NOFOLLOW_LINKS) ? narrative : null;
        return cache.role(slug, narrativeFile, problems,
                sink -> loadRole(slug, file, narrativeFile, files, sink, SharedValues.NONE));
    }

    private Optional<Role> loadRole(String slug, Path file, Path narrativeFile, ProjectFiles files, Problems problems,
                                    SharedValues shared) {
        String display = files.display(file);
        Optional<String> slugProblem = Slugs.problem(slug);
        if (slugProblem.isPresent()) {
            problems.error(SourcePosition.ofFile(display), "file name: " + slugProblem.get());
            return Optional.empty();
        }
        Optional<Narrative> narrative = Optional.ofNullable(narrativeFile).flatMap(md ->
                reader.read(md, files.display(md), problems)
                        .map(text -> new Narrative(text, SourcePosition.ofFile(files.display(md)), files.relative(md))));
        YamlSource source = new YamlSource(display, 0);
        return reader.read(file, display, problems).flatMap(text -> {
            var allowed = CheckWaivers.of(text, display, problems);
            return composer.compose(text, source, problems, "role file is empty; it needs at least"
                            + " 'title' and 'summary'")
                    .flatMap(root -> new RoleBinder(source, problems, shared).bind(slug, files.relative(file), root,
                            narrative, allowed));
        });
    }

    /**
     * Binds a role file's text as the build would (for tools that write role files, such as the
     * CSV import, to prove what they write loads); problems name {@code display}.
     */
    public Optional<Role> parseRole(String slug, String text, Optional<String> narrative, String display,
                                    Problems problems) {
        YamlSource source = new YamlSource(display, 0);
        Set<CheckKind> allowed = CheckWaivers.of(text, display, problems);
        String file = ROLES + "/" + slug + ".yaml";
        Optional<Narrative> parsedNarrative = narrative.map(md -> new Narrative(md, SourcePosition.ofFile(display),
                ROLES + "/" + slug + ".md"));
        return composer.compose(text, source, problems, "role file is empty")
                .flatMap(root -> new RoleBinder(source, problems).bind(slug, file, root, parsedNarrative, allowed));
    }

    private List<Page> loadPages(ProjectFiles files, Problems problems) throws IOException {
        PageBinder binder = new PageBinder(composer, problems);
        List<Page> pages = new ArrayList<>();
        for (Path file : files.list(PAGES, problems)) {
            String name = file.getFileName().toString();
            String display = files.display(file);
            if (!name.endsWith(".md")) {
                problems.warning(SourcePosition.ofFile(display), CheckKind.IGNORED_FILE,
                        "not a page (.md) file; ignored");
                continue;
            }
            String slug = name.substring(0, name.length() - 3);
            Optional<String> slugProblem = Slugs.problem(slug);
            if (slugProblem.isPresent()) {
                problems.error(SourcePosition.ofFile(display), "file name: " + slugProblem.get());
                continue;
            }
            reader.read(file, display, problems)
                    .flatMap(text -> binder.bind(slug, files.relative(file), text, display))
                    .filter(page -> includeDrafts || !page.draft())
                    .ifPresent(pages::add);
        }
        return pages;
    }
}
