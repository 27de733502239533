package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerguide.link.CareerGraph;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.render.page.Frame;
import org.careerguide.render.page.TermPage;
import org.careerguide.render.page.TermsPage;
import org.careerguide.theme.Labels;

/**
 * Plans the pages of skills, employers, sectors and families: one per term listing the roles
 * that name it (skills split into "needed as a top skill" and "often missing"), and an index per
 * kind sorted by how many roles name each term. Roles are listed by title and link only, at most
 * {@link Pagination#PAGE_SIZE} a page: a common skill of a large guide names thousands of roles.
 */
final class TaxonomyPages {

    /** Terms with more roles first; then by name, so the order does not depend on file order. */
    private static final Comparator<Term> BY_USE = Comparator.comparingInt((Term term) -> term.roles().size())
            .reversed().thenComparing(term -> term.name().toLowerCase(Locale.ROOT)).thenComparing(Term::slug);

    /** Shared titles: aliases several roles use, each page listing those roles. */
    static final String TITLES = "titles";

    private final CareerGraph graph;
    private final PageFrame frame;
    private final Set<String> allRoleInputs;
    private final Markdown markdown;
    private final Problems problems;
    private final Labels labels;
    private final TitleOrder titleOrder;

    TaxonomyPages(CareerGraph graph, PageFrame frame, Set<String> allRoleInputs, Markdown markdown,
                  Problems problems, Labels labels) {
        this.labels = labels;
        this.graph = graph;
        this.frame = frame;
        this.allRoleInputs = allRoleInputs;
        this.markdown = markdown;
        this.problems = problems;
        this.titleOrder = new TitleOrder(graph.guide().roles().stream().map(LinkedRole::role).toList());
    }

    List<PageSpec> plan() {
        List<PageSpec> pages = new ArrayList<>();
        plan(RoleModels.SKILLS, graph.guide().skills(), pages);
        plan(RoleModels.EMPLOYERS, graph.guide().employers(), pages);
        plan(RoleModels.SECTORS, graph.guide().sectors(), pages);
        plan(RoleModels.FAMILIES, graph.guide().families(), pages);
        if (!graph.guide().titles().isEmpty()) {
            plan(TITLES, graph.guide().titles(), pages);
        }
        return pages;
    }

    private void plan(String kind, Taxonomy taxonomy, List<PageSpec> pages) {
        if (taxonomy.isEmpty()) {
            // No "0 employers" page: the footer does not link the kind either (PagePlanner#common).
            return;
        }
        String indexPath = kind + "/index.html";
        pages.add(new PageSpec(indexPath, "terms.ftlh", () -> index(indexPath, kind, taxonomy), allRoleInputs));
        for (Term term : taxonomy.terms()) {
            Set<String> files = new HashSet<>(Set.of(Guide.SITE_FILE));
            term.roles().forEach(role -> files.add(role.file()));
            if (!kind.equals(RoleModels.FAMILIES) && !kind.equals(TITLES)) {
                files.add("terms/" + kind + ".yaml");
            }
            Set<String> inputs = Set.copyOf(files); // shared by the term's pages, not copied for each
            String base = kind + "/" + term.slug() + "/";
            Listing listing = listing(kind, term);
            int count = Math.max(1, (listing.size() + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE);
            for (int i = 0; i < count; i++) {
                int number = i + 1;
                int from = i * Pagination.PAGE_SIZE;
                int to = Math.min(listing.size(), from + Pagination.PAGE_SIZE);
                String path = Pagination.outputPath(base, number);
                pages.add(new PageSpec(path, "term.ftlh",
                        () -> termPage(path, kind, term, listing.slice(from, to), number, count), inputs));
            }
        }
    }

    /**
     * Every role of the term's page, group by group ("top", "missing" or "all"), each group by
     * title: what its pages split. Kept as the sorted groups, not an entry per role: the term
     * pages of 100,000 roles list millions of roles, all planned before the first page renders.
     */
    record Listing(Map<String, List<Role>> groups, int size) {

        static Listing of(Map<String, List<Role>> groups) {
            List<Role> all = new ArrayList<>();
            groups.values().forEach(all::addAll);
            return of(groups, new TitleOrder(all));
        }

        /** The listing of {@code groups}, sorted by {@code order} (made of the guide's roles). */
        static Listing of(Map<String, List<Role>> groups, TitleOrder order) {
            Map<String, List<Role>> sorted = new LinkedHashMap<>();
            groups.forEach((group, roles) -> {
                sorted.put(group, order.sort(roles));
            });
            return new Listing(sorted, sorted.values().stream().mapToInt(List::size).sum());
        }

        /**
         * Roles {@code from} to {@code to} (exclusive) of the whole listing, by group, groups without
         * any of them left out: consecutive roles of one group make one section, and a page may end
         * one group and start the next.
         */
        Map<String, List<Role>> slice(int from, int to) {
            Map<String, List<Role>> onPage = new LinkedHashMap<>();
            int start = 0;
            for (Map.Entry<String, List<Role>> group : groups.entrySet()) {
                List<Role> roles = group.getValue();
                int first = Math.max(from, start) - start;
                int last = Math.min(to, start + roles.size()) - start;
                if (first < last) {
                    onPage.put(group.getKey(), roles.subList(first, last));
                }
                start += roles.size();
            }
            return onPage;
        }
    }

    private Listing listing(String kind, Term term) {
        Map<String, List<Role>> groups = new LinkedHashMap<>();
        if (kind.equals(RoleModels.SKILLS)) {
            groups.put("top", graph.needingSkill(term.name()));
            groups.put("missing", graph.missingSkill(term.name()));
        } else {
            groups.put("all", term.roles());
        }
        return Listing.of(groups, titleOrder);
    }

    private PageModel index(String path, String kind, Taxonomy taxonomy) {
        String root = SiteUrls.rootOf(path);
        List<TermsPage.Entry> terms = taxonomy.terms().stream().sorted(BY_USE).map(term -> new TermsPage.Entry(
                term.name(), term.slug(), SiteUrls.relative(root, kind + "/" + term.slug() + "/"),
                term.roles().size())).toList();
        return new PageModel(frame.of(path, root, "terms", null, null),
                new TermsPage(new TermsPage.Taxonomy(kind, terms)));
    }

    private PageModel termPage(String path, String kind, Term term, Map<String, List<Role>> groups,
                                         int number, int count) {
        String root = SiteUrls.rootOf(path);
        String title = count == 1 ? term.name() : labels.text("frame.pageOf", term.name(), number, count);
        Frame pageFrame = frame.of(path, root, "term", title, null);
        List<TermPage.Group> sections = new ArrayList<>();
        // A family's page does not repeat the family after every role; other kinds show it.
        boolean showFamily = !kind.equals(RoleModels.FAMILIES);
        groups.forEach((key, roles) -> sections.add(group(key, roles, root, showFamily)));
        return new PageModel(pageFrame, new TermPage(new TermPage.Term(kind, term.name(), term.slug(),
                term.roles().size(), term.category().orElse(null),
                term.description().map(text -> description(text, root)).orElse(null), sections,
                SiteUrls.relative(root, kind + "/")),
                Pagination.model(kind + "/" + term.slug() + "/", number, count)));
    }

    private TemplateHTMLOutputModel description(Text text, String root) {
        return markdown.pageHtml(() -> markdown.block(text.value(), root), text.position(), 0, problems);
    }

    private static TermPage.Group group(String key, List<Role> sorted, String root, boolean showFamily) {
        return new TermPage.Group(key, sorted.stream().map(role -> new TermPage.Role(role.title().value(),
                SiteUrls.relative(root, RoleModels.sitePath(role)),
                showFamily ? role.family().map(family -> family.value()).orElse(null) : null)).toList());
    }
}
