package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.model.Guide;
import org.careerguide.model.Page;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Site;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.render.page.Frame;
import org.careerguide.render.page.FramePage;
import org.careerguide.render.page.FreePage;
import org.careerguide.render.page.Link;
import org.careerguide.render.page.RoleMapPage;
import org.careerguide.render.page.RolePage;
import org.careerguide.theme.Labels;

/**
 * Plans every page of the site: its output path, template, data and inputs. Free pages may not take
 * the paths the generator uses itself.
 */
public final class PagePlanner {

    /** Search engines show about this many characters of a description. */
    static final int DESCRIPTION_LENGTH = 160;

    /** First path segments the generator uses or will use; a free page cannot take them. */
    static final Set<String> RESERVED = Set.of("roles", "skills", "employers", "sectors", "families", "paths",
            "assets", "schema", "search", "compare", "index", "404", "sitemap", "feed", "titles", "terms",
            Pagination.SEGMENT, AzPage.LETTERS);
    static final String SITE_FILE = Guide.SITE_FILE;
    /** The folder of a role's career map, inside the role's own: {@code roles/<slug>/map/}. */
    static final String ROLE_MAP = "map";

    private final LinkedGuide guide;
    private final Markdown markdown;
    private final RoleModels roles;
    private final CareerGraph graph;
    private final GraphModels graphModels;
    private final Problems problems;
    private final String version;
    private final StructuredData structured;
    private final boolean hasFeed;
    private final SiteLinkCheck links;
    private final Labels labels;

    /**
     * A planner over the linked guide and its graph (both complete: planning and rendering only
     * read them), whose Markdown may nest at most {@code maxMarkdownDepth} levels, with the theme's
     * {@code labels} for the text the planner writes (titles, breadcrumbs, figures).
     */
    public PagePlanner(CareerGraph graph, Problems problems, String version, int maxMarkdownDepth, Labels labels) {
        this.guide = graph.guide();
        this.labels = labels;
        this.markdown = new Markdown(guide.guide().site().unsafeHtml(), maxMarkdownDepth, labels.text("frame.table"));
        this.links = new SiteLinkCheck(problems);
        this.roles = new RoleModels(guide, markdown, links, problems, labels);
        this.graph = graph;
        this.graphModels = new GraphModels(graph);
        this.problems = problems;
        this.version = version;
        this.structured = new StructuredData(guide.guide().site().baseUrl().map(Text::value), labels, markdown);
        // The same rule as the feed's: a base URL and a published role with a date.
        this.hasFeed = guide.guide().site().baseUrl().isPresent() && guide.roles().stream()
                .anyMatch(role -> !role.role().draft() && role.role().updated().isPresent());
    }

    /** Every page; Markdown links may lead to them, to {@code otherFiles} (assets, static files) and nowhere else. */
    public List<PageSpec> plan(Collection<String> otherFiles) {
        List<PageSpec> pages = plan();
        links.expect(pages, otherFiles);
        return pages;
    }

    /** The check of Markdown site links, which runs as pages render; its findings are complete after rendering. */
    public SiteLinkCheck linkCheck() {
        return links;
    }

    List<PageSpec> plan() {
        List<PageSpec> pages = new ArrayList<>();
        Set<String> roleFiles = new HashSet<>(Set.of(SITE_FILE));
        guide.roles().forEach(role -> roleFiles.add(role.role().file()));
        // One immutable set that every page listing all roles shares (PageSpec keeps it, not a copy):
        // a copy per page grew as pages times roles, gigabytes at 100,000 roles.
        Set<String> allRoleInputs = Set.copyOf(roleFiles);
        pages.addAll(new HomePages(guide, this::common, allRoleInputs, Pagination.PAGE_SIZE, labels).plan());
        guide.roles().forEach(role -> addRolePages(role, pages));
        for (Page page : guide.guide().pages()) {
            if (RESERVED.contains(page.slug())) {
                problems.error(page.source(), "the page name '" + page.slug() + "' is used by the generator itself;"
                        + " rename the file");
                continue;
            }
            String path = page.slug() + "/index.html";
            pages.add(new PageSpec(path, "page.ftlh", () -> freePage(path, page),
                    Set.of(SITE_FILE, page.file())));
        }
        pages.addAll(new TaxonomyPages(graph, this::common, allRoleInputs, markdown, problems, labels).plan());
        pages.addAll(new PathsPage(graph, this::common, labels).plan(allRoleInputs));
        pages.addAll(new AzPage(guide, this::common, labels).plan(allRoleInputs));
        pages.add(new ComparePage(this::common, labels).plan());
        pages.add(new PageSpec("404.html", "404.ftlh", () -> notFound("404.html"), Set.of(SITE_FILE)));
        return pages;
    }

    /**
     * The pages of one role (its page and its map's), as {@link #plan} plans them, in a site whose pages
     * and files are those {@code planned} (the last plan's link check) expects: what a preview renders
     * again when an edit changed no more than the role's prose.
     */
    public List<PageSpec> rolePages(String slug, SiteLinkCheck planned) {
        links.expectAs(planned);
        List<PageSpec> pages = new ArrayList<>(2);
        addRolePages(guide.bySlug().get(slug), pages);
        return pages;
    }

    private void addRolePages(LinkedRole role, List<PageSpec> pages) {
        String path = SiteUrls.outputPath(RoleModels.sitePath(role.role()));
        Set<String> inputs = roleInputs(role);
        boolean mapped = graphModels.hasMap(role);
        pages.add(new PageSpec(path, "role.ftlh", () -> rolePage(path, role, mapped), inputs));
        if (mapped) {
            String mapPath = SiteUrls.outputPath(RoleModels.sitePath(role.role()) + ROLE_MAP + "/");
            pages.add(new PageSpec(mapPath, "role-map.ftlh", () -> roleMapPage(mapPath, role), inputs));
        }
    }

    private Set<String> roleInputs(LinkedRole role) {
        Set<String> inputs = new HashSet<>(Set.of(SITE_FILE, role.role().file()));
        role.role().narrative().ifPresent(narrative -> inputs.add(narrative.file()));
        role.progressionTargets().forEach(target -> inputs.add(target.file()));
        inputs.addAll(GraphInputs.of(graph, role));
        return inputs;
    }

    private PageModel rolePage(String path, LinkedRole role, boolean mapped) {
        String root = SiteUrls.rootOf(path);
        String title = role.role().title().value();
        Frame frame = common(path, root, "role", title, shorten(markdown.plainText(role.role().summary().value())),
                structured.trail(SiteUrls.sitePathOf(path), title),
                structured.occupation(role.role()).map(Html::of).stream().toList());
        return new PageModel(frame, new RolePage(roles.full(role, root, graphModels.of(role, root),
                mapped ? ROLE_MAP + "/index.html" : null)));
    }

    /**
     * A role's career map on a page of its own, linked from the role page: the drawing and its list of
     * up to 40 roles would be a third of the role page's bytes, and the map needs a wide screen anyway.
     */
    private PageModel roleMapPage(String path, LinkedRole role) {
        String root = SiteUrls.rootOf(path);
        String title = role.role().title().value();
        String here = SiteUrls.sitePathOf(path);
        List<StructuredData.Crumb> trail = new ArrayList<>(structured.trail(RoleModels.sitePath(role.role()), title));
        trail.add(new StructuredData.Crumb(labels.text("roleMap.crumb"), here));
        Frame frame = common(path, root, "roleMap", labels.text("roleMap.title", title),
                labels.text("roleMap.description", title), trail, List.of());
        return new PageModel(frame, new RoleMapPage(new RoleMapPage.RoleMap(title,
                SiteUrls.between(here, RoleModels.sitePath(role.role())), graphModels.map(role, here))));
    }

    private PageModel freePage(String path, Page page) {
        String root = SiteUrls.rootOf(path);
        Frame frame = common(path, root, "page", page.title().value(),
                page.description().map(Text::value).orElse(null));
        try {
            return new PageModel(frame, new FreePage(Html.of(markdown.block(page.markdown(), root,
                    links.at(page.source(), page.markdownFirstLine())))));
        } catch (Markdown.MarkdownTooDeepException e) {
            problems.error(new SourcePosition(page.source().file(),
                    page.markdownFirstLine() + Math.max(e.line(), 1) - 1, 1), e.getMessage());
            // The error above fails the build; an empty body keeps the template from a second, misleading one.
            return new PageModel(frame, new FreePage(Html.of("")));
        }
    }

    private PageModel notFound(String path) {
        Site site = guide.guide().site();
        // A 404 page is served at any depth, so its links must not be relative: use base_url's path.
        String root = site.baseUrl().map(url -> java.net.URI.create(url.value()).getPath()).orElse("");
        return new PageModel(common(path, root, "404", site.title().value(), null), new FramePage());
    }

    Frame common(String path, String root, String kind, String title, String description) {
        List<StructuredData.Crumb> trail = kind.equals("404") ? List.of()
                : structured.trail(SiteUrls.sitePathOf(path), title);
        return common(path, root, kind, title, description, trail, List.of());
    }

    /** The frame of a page; {@code jsonLd} is the page's own structured data, before its breadcrumbs'. */
    private Frame common(String path, String root, String kind, String title, String description,
                         List<StructuredData.Crumb> trail, List<TemplateHTMLOutputModel> ownJsonLd) {
        Site site = guide.guide().site();
        String sitePath = SiteUrls.sitePathOf(path);
        List<TemplateHTMLOutputModel> jsonLd = new ArrayList<>(ownJsonLd);
        structured.breadcrumbList(trail).ifPresent(json -> jsonLd.add(Html.of(json)));
        return new Frame(
                new Frame.Site(site.title().value(), site.description().map(Text::value).orElse(null),
                        site.language(), site.baseUrl().map(Text::value).orElse(null)),
                root,
                SiteUrls.relative(root, ""),
                new Frame.PageInfo(kind, title, description, sitePath,
                        site.baseUrl().map(url -> url.value() + sitePath).orElse(null),
                        StructuredData.visible(trail, root), jsonLd,
                        hasFeed ? SiteUrls.relative(root, "feed.xml") : null),
                guide.guide().pages().stream()
                        .sorted(Comparator.comparing(page -> page.title().value()))
                        .map(page -> new Link(page.title().value(), SiteUrls.relative(root, page.slug() + "/")))
                        .toList(),
                // Only kinds with terms have an index page (TaxonomyPages); the others are not linked.
                new Frame.Sections(
                        section(root, RoleModels.SKILLS, guide.skills()),
                        section(root, RoleModels.EMPLOYERS, guide.employers()),
                        section(root, RoleModels.SECTORS, guide.sectors()),
                        section(root, RoleModels.FAMILIES, guide.families()),
                        SiteUrls.relative(root, "paths/"),
                        guide.titles().isEmpty() ? null : SiteUrls.relative(root, TaxonomyPages.TITLES + "/"),
                        SiteUrls.relative(root, "roles/"),
                        SiteUrls.relative(root, ComparePage.SITE_PATH),
                        sitePath.contains("/") ? sitePath.substring(0, sitePath.indexOf('/')) : ""),
                new Frame.Generator("careerguide", version));
    }

    private static String section(String root, String kind, org.careerguide.link.Taxonomy terms) {
        return terms.isEmpty() ? null : SiteUrls.relative(root, kind + "/");
    }

    /** A description cut at a word to about {@link #DESCRIPTION_LENGTH} characters, marked with an ellipsis. */
    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
