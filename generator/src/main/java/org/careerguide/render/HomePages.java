package org.careerguide.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Term;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.render.page.Frame;
import org.careerguide.render.page.HomePage;
import org.careerguide.render.page.Link;
import org.careerguide.theme.Labels;

/**
 * Plans the home page: the role families with their role counts, a few of their roles and a link
 * to each family's page, then the roles that have no family. It stays light at any size: past
 * {@link Pagination#PAGE_SIZE} entries (families and family-less roles) it continues on
 * {@code page/2/}, and so on, as a Hugo home page paginates.
 */
final class HomePages {

    /** How many of a family's roles the home page names before "and N more". */
    static final int FAMILY_SAMPLE = 5;

    private final LinkedGuide guide;
    private final PageFrame frame;
    private final Set<String> allRoleInputs;
    private final int pageSize;
    private final Labels labels;

    HomePages(LinkedGuide guide, PageFrame frame, Set<String> allRoleInputs, int pageSize, Labels labels) {
        this.labels = labels;
        this.guide = guide;
        this.frame = frame;
        this.allRoleInputs = allRoleInputs;
        this.pageSize = pageSize;
    }

    /** A family with its roles in title order, or (no term) one role without a family. */
    private record Entry(Optional<Term> family, List<Role> roles) {
    }

    List<PageSpec> plan() {
        List<List<Entry>> pages = Pagination.split(entries(), pageSize);
        List<PageSpec> specs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            List<Entry> entries = pages.get(i);
            String path = Pagination.outputPath("", number);
            specs.add(new PageSpec(path, "home.ftlh", () -> model(path, entries, number, pages.size()),
                    allRoleInputs));
        }
        return specs;
    }

    /** Families by name (case ignored), then the roles without one by title. */
    private List<Entry> entries() {
        List<Role> sorted = RoleModels.byTitle(guide.roles().stream().map(LinkedRole::role).toList());
        Map<Term, List<Role>> byFamily = new java.util.HashMap<>();
        List<Entry> others = new ArrayList<>();
        for (Role role : sorted) {
            Optional<Term> family = role.family().flatMap(name -> guide.families().find(name.value()));
            if (family.isPresent()) {
                byFamily.computeIfAbsent(family.get(), k -> new ArrayList<>()).add(role);
            } else {
                others.add(new Entry(Optional.empty(), List.of(role)));
            }
        }
        List<Entry> entries = new ArrayList<>();
        byFamily.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((Term term) -> term.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Term::slug)))
                .forEach(entry -> entries.add(new Entry(Optional.of(entry.getKey()), entry.getValue())));
        entries.addAll(others);
        return entries;
    }

    private PageModel model(String path, List<Entry> entries, int number, int count) {
        String root = SiteUrls.rootOf(path);
        String title = guide.guide().site().title().value();
        Frame pageFrame = frame.of(path, root, "home", count == 1 ? title
                        : labels.text("frame.pageOf", title, number, count),
                guide.guide().site().description().map(Text::value).orElse(null));
        List<HomePage.Family> families = new ArrayList<>();
        List<Link> others = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.family().isPresent()) {
                Term family = entry.family().get();
                families.add(new HomePage.Family(family.name(),
                        SiteUrls.relative(root, RoleModels.FAMILIES + "/" + family.slug() + "/"),
                        entry.roles().size(),
                        entry.roles().stream().limit(FAMILY_SAMPLE).map(role -> link(role, root)).toList(),
                        Math.max(0, entry.roles().size() - FAMILY_SAMPLE)));
            } else {
                others.add(link(entry.roles().get(0), root));
            }
        }
        return new PageModel(pageFrame, new HomePage(families, others, guide.families().size(), guide.roles().size(),
                Pagination.model("", number, count)));
    }

    private static Link link(Role role, String root) {
        return new Link(role.title().value(), SiteUrls.relative(root, RoleModels.sitePath(role)));
    }
}
