package org.careerguide.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.Progress;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.CheckSettings;
import org.careerguide.link.LinkedGuide;
import org.careerguide.load.ProjectFiles;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.RoleFileCache;
import org.careerguide.load.YamlLimits;
import org.careerguide.model.Narrative;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.Severity;
import org.careerguide.model.SkillGaps;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.pipeline.PlannedSite;
import org.careerguide.publish.PublishedFiles;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.Markdown;
import org.careerguide.render.PagePlanner;
import org.careerguide.render.PageReuse;
import org.careerguide.render.PageSpec;

/**
 * The preview's rebuild for the edit authors make most, changing the prose of roles and nothing else:
 * summary, responsibilities, next steps, skill-gap suggestions, narrative text, and salary figures (all
 * but their {@code as_of} date, which a check reads). Only a role's own page shows these (other pages
 * show its title, family, terms and links, all of which the link stage reads, and so do its map page and
 * the checks), and the files made from the whole guide. So the role,
 * loaded again, takes its place in the last career graph ({@link CareerGraph#withRole}) without the guide
 * being loaded, linked or planned again; its pages are planned and rendered (kept by digest when their data
 * is the same), and the whole-guide files are made again from the new guide when first requested.
 * Whatever else an edit changes, down to a line number the link stage could report, or a problem of
 * loading the role, or any error, leaves the rebuild to the whole pipeline.
 */
final class ProseEdit {

    private static final String ROLES = ProjectLoader.ROLES + "/";
    private static final Text NO_TEXT = new Text("", SourcePosition.ofFile(""));

    /**
     * A prose edit's outcome.
     *
     * @param pages     the pages it rendered, by output path
     * @param later     the files made from the whole guide, made when one of them is first asked for
     * @param site      the site as the next rebuild finds it (the guide with the edited roles)
     * @param graph     the career graph with the edited roles
     * @param problems  every problem, as the whole pipeline would report them in this mode
     * @param rendered  how many pages were rendered (selected pages whose data was the same keep their bytes)
     */
    record Result(Map<String, byte[]> pages, Supplier<Map<String, Supplier<byte[]>>> later, PlannedSite site, CareerGraph graph, List<Problem> problems,
                  int rendered) {
    }

    private final GeneratorOptions options;
    private final RoleFileCache roles;

    ProseEdit(GeneratorOptions options, RoleFileCache roles) {
        this.options = options;
        this.roles = roles;
    }

    /**
     * Rebuilds after {@code changed} from the last good {@code site}, {@code graph} and the problems of
     * loading, linking and planning it ({@code planned}), when the edit changed nothing but prose of roles;
     * empty otherwise (the roles loaded stay in the cache: they are right either way).
     */
    Optional<Result> rebuild(Collection<String> changed, PlannedSite site, CareerGraph graph, List<Problem> planned,
                             PageReuse reuse) {
        try {
            ProjectFiles files = new ProjectFiles(options.projectDir(), options.displayRoot());
            Optional<Set<String>> slugs = slugs(changed, graph.guide(), gone(changed, planned, files));
            if (slugs.isEmpty()) {
                return Optional.empty();
            }
            Map<String, List<Problem>> loadedBefore = new HashMap<>();
            for (String slug : slugs.get()) {
                Optional<List<Problem>> before = roles.problems(slug);
                if (before.isEmpty()) {
                    return Optional.empty();
                }
                loadedBefore.put(slug, before.get());
            }
            roles.forget(changed);
            return rebuild(files, slugs.get(), loadedBefore, site, graph, planned, reuse);
        } catch (IOException e) {
            return Optional.empty(); // the pipeline reports it
        }
    }

    private Optional<Result> rebuild(ProjectFiles files, Set<String> slugs, Map<String, List<Problem>> loadedBefore,
                                     PlannedSite site, CareerGraph graph, List<Problem> planned, PageReuse reuse)
            throws IOException {
        ProjectLoader loader = new ProjectLoader(options.maxFileBytes(), YamlLimits.DEFAULT, options.drafts(), roles);
        CareerGraph renewed = graph;
        for (String slug : slugs) {
            Problems loading = new Problems();
            Optional<Role> role = loader.loadRole(files, slug, loading);
            Role was = graph.guide().bySlug().get(slug).role();
            if (role.isEmpty() || !loading.sorted().equals(loadedBefore.get(slug).stream()
                    .sorted(Problem.ORDER).toList()) || !withoutProse(role.get()).equals(withoutProse(was))) {
                return Optional.empty();
            }
            renewed = renewed.withRole(role.get());
        }
        LinkedGuide guide = renewed.guide();
        Problems problems = new Problems();
        problems.tune(CheckSettings.of(guide.guide()));
        PagePlanner planner = new PagePlanner(renewed, problems, Generator.version(),
                options.limits().maxMarkdownDepth(), site.theme().labels());
        List<PageSpec> pages = new ArrayList<>();
        slugs.forEach(slug -> pages.addAll(planner.rolePages(slug, site.markdownLinks())));
        // The files made from the whole guide are the result's later ones, not the site's.
        PlannedSite next = new PlannedSite(guide.guide(), site.theme(), site.pages(), site.limits(),
                planner.linkCheck(), List.of());
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        int count = next.render(pages, rendered::put, problems, Progress.NONE, reuse);
        Set<Problem> all = new LinkedHashSet<>(planned);
        all.addAll(problems.sorted());
        List<Problem> sorted = new ArrayList<>(all);
        sorted.sort(Problem.ORDER);
        List<Problem> reported = strict(sorted);
        if (reported.stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new Result(rendered, wholeGuideFiles(guide, site), next, renewed, reported, count));
    }

    /**
     * The files made from the whole guide ({@link PlannedSite#generatedFiles}), by output path: an edit of
     * prose may change even which there are (the search index's depend on its words), so they are all
     * made, paths and bytes, when the preview is first asked for one of them.
     */
    private Supplier<Map<String, Supplier<byte[]>>> wholeGuideFiles(LinkedGuide guide, PlannedSite site) {
        return PreviewState.onRequest(() -> {
            PublishedFiles published = new PublishedFiles(guide, new Markdown(guide.guide().site().unsafeHtml(),
                    options.limits().maxMarkdownDepth()), new Problems());
            List<GeneratedFile> files = new ArrayList<>(published.plan());
            files.addAll(published.sitemap(site.pages()));
            Map<String, Supplier<byte[]>> byPath = new HashMap<>();
            new PlannedSite(guide.guide(), site.theme(), site.pages(), site.limits(), site.markdownLinks(), files)
                    .generatedFiles().forEach(file -> byPath.put(file.outputPath(),
                            PreviewState.onRequest(file.content())));
            return byPath;
        });
    }

    /**
     * The changed paths that are not there now and that the last rebuild did not see either (no problem
     * names them): an editor's or sed's temporary file, made and renamed away in one burst of changes.
     */
    private static Set<String> gone(Collection<String> changed, List<Problem> planned, ProjectFiles files) {
        Set<String> named = new HashSet<>();
        planned.forEach(problem -> named.add(problem.position().file()));
        Set<String> gone = new HashSet<>();
        for (String path : changed) {
            Path file = files.projectDir().resolve(path);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !named.contains(files.display(file))) {
                gone.add(path);
            }
        }
        return gone;
    }

    /**
     * The roles whose files are all that changed but for {@code gone}, if each of them is a role of
     * {@code guide}.
     */
    private static Optional<Set<String>> slugs(Collection<String> changed, LinkedGuide guide, Set<String> gone) {
        Set<String> slugs = new TreeSet<>();
        for (String path : changed) {
            if (gone.contains(path)) {
                continue;
            }
            String name = path.startsWith(ROLES) ? path.substring(ROLES.length()) : "";
            int dot = name.lastIndexOf('.');
            String slug = dot < 0 ? "" : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot);
            if (!(extension.equals(".yaml") || extension.equals(".md")) || !guide.bySlug().containsKey(slug)) {
                return Optional.empty();
            }
            slugs.add(slug);
        }
        return slugs.isEmpty() ? Optional.empty() : Optional.of(slugs);
    }

    /**
     * The role without its prose and salary figures: what every page but its own, and every check, read of it. Two roles equal
     * here (positions included) link, rank and show elsewhere alike.
     */
    static Role withoutProse(Role role) {
        return new Role(role.slug(), role.source(), role.file(), role.title(), NO_TEXT, role.family(), role.aliases(),
                role.updated(), role.draft(), List.of(), role.skills(), role.progression(),
                new SkillGaps(role.skillGaps().missing(), Optional.empty()), role.salary().map(ProseEdit::asOfOnly),
                role.hiring(), List.of(),
                role.narrative().map(narrative -> new Narrative("", narrative.source(), narrative.file())),
                role.occupation(), role.allowedChecks());
    }

    /**
     * A salary without what only its role's page shows (levels, currency, trend, source, basis): its date
     * stays, since the link stage warns about old figures, and so does its period.
     */
    private static Salary asOfOnly(Salary salary) {
        return new Salary(Optional.empty(), salary.period(), List.of(), Optional.empty(), Optional.empty(),
                salary.asOf(), Optional.empty());
    }

    private List<Problem> strict(List<Problem> problems) {
        return options.strict() ? problems.stream().map(p -> p.isError() ? p : p.as(Severity.ERROR)).toList()
                : problems;
    }
}
