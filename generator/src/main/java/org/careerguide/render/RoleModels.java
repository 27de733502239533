package org.careerguide.render;

import java.util.List;
import java.util.Locale;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.RoleRef;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.SalaryBasis;
import org.careerguide.model.SalaryLevel;
import org.careerguide.model.SalaryPeriod;
import org.careerguide.model.Text;
import org.careerguide.theme.Labels;

/**
 * The template data of roles, as plain maps with links relative to the page that shows them.
 * Markdown is rendered here, and its site links checked from the same parse; a Markdown field that
 * cannot be rendered is reported at its position.
 */
final class RoleModels {

    private final LinkedGuide guide;
    private final Markdown markdown;
    private final MoneyFormat money;
    private final Labels labels;
    private final Problems problems;
    private final SiteLinkCheck links;

    RoleModels(LinkedGuide guide, Markdown markdown, SiteLinkCheck links, Problems problems, Labels labels) {
        this.labels = labels;
        this.guide = guide;
        this.markdown = markdown;
        this.links = links;
        this.money = new MoneyFormat(guide.guide().site().language());
        this.problems = problems;
    }

    static final String SKILLS = SiteUrls.SKILLS;
    static final String EMPLOYERS = SiteUrls.EMPLOYERS;
    static final String SECTORS = SiteUrls.SECTORS;
    static final String FAMILIES = SiteUrls.FAMILIES;

    /** Roles in title order, ignoring case: how every list of roles is sorted. */
    static final Comparator<Role> BY_TITLE = Comparator.comparing(role -> role.title().value().toLowerCase(Locale.ROOT));

    static String sitePath(Role role) {
        return SiteUrls.role(role.slug());
    }

    /** What a list of roles shows: title, link and summary. */
    Map<String, Object> summary(Role role, String root) {
        return ModelMaps.map()
                .put("slug", role.slug())
                .put("title", role.title().value())
                .put("url", SiteUrls.relative(root, sitePath(role)))
                .put("summary", block(role.summary(), root))
                .put("family", role.family().map(Text::value).orElse(null))
                .build();
    }

    /** Everything a role page shows. */
    Map<String, Object> full(LinkedRole linked, String root) {
        Role role = linked.role();
        Map<String, Object> model = summary(role, root);
        model.put("aliases", role.aliases().stream().map(Text::value).toList());
        role.updated().ifPresent(date -> model.put("updated", date.toString()));
        model.put("responsibilities", role.responsibilities().stream().map(t -> inline(t, root)).toList());
        model.put("skills", terms(role.skills(), guide.skills(), SKILLS, root));
        role.family().ifPresent(family -> model.put("familyTerm",
                term(family.value(), guide.families(), FAMILIES, root)));
        model.put("leadsTo", refs(linked.leadsTo(), sitePath(role)));
        model.put("transitions", refs(linked.transitions(), sitePath(role)));
        model.put("skillGaps", ModelMaps.map()
                .put("missing", terms(role.skillGaps().missing(), guide.skills(), SKILLS, root))
                .put("suggestions", role.skillGaps().suggestions().map(t -> block(t, root)).orElse(null))
                .build());
        role.salary().ifPresent(salary -> model.put("salary", salary(salary, root)));
        if (!role.occupation().isEmpty()) {
            model.put("occupation", new OccupationModels(money, this::block, this::inline, root)
                    .of(role.occupation()));
        }
        model.put("hiring", ModelMaps.map()
                .put("employers", terms(role.hiring().employers(), guide.employers(), EMPLOYERS, root))
                .put("sectors", terms(role.hiring().sectors(), guide.sectors(), SECTORS, root))
                .build());
        model.put("nextSteps", role.nextSteps().stream().map(t -> inline(t, root)).toList());
        role.narrative().ifPresent(narrative -> model.put("narrative", markdown.pageHtml(() ->
                markdown.block(narrative.markdown(), root, links.at(narrative.source(), 1)),
                narrative.source(), 1, problems)));
        return model;
    }

    private Map<String, Object> salary(Salary salary, String root) {
        Optional<String> currency = salary.currency().map(Text::value);
        // Hourly pay always shows cents, so that "$14.00" and "$16.94" sit side by side.
        boolean cents = salary.period() == SalaryPeriod.HOUR;
        List<Map<String, Object>> levels = salary.levels().stream().map(level -> level(level, currency, cents))
                .toList();
        return ModelMaps.map()
                .put("chart", salary.levels().isEmpty() ? null
                        : SalaryChart.of(salary.levels(), money, currency, cents, labels))
                .put("basis", salary.basis().map(SalaryBasis::key).orElse(null))
                .put("currency", salary.currency().map(Text::value).orElse(null))
                .put("period", salary.period().key())
                .put("levels", levels)
                .put("trend", salary.trend().map(t -> block(t, root)).orElse(null))
                .put("source", salary.source().map(t -> inline(t, root)).orElse(null))
                .put("asOf", salary.asOf().map(Text::value).orElse(null))
                .build();
    }

    private Map<String, Object> level(SalaryLevel level, Optional<String> currency, boolean cents) {
        String minText = money.format(level.min(), cents);
        String maxText = money.format(level.max(), cents);
        return ModelMaps.map()
                .put("level", level.level().value())
                .put("min", level.min())
                .put("max", level.maxOpen() ? null : level.max())
                .put("maxOpen", level.maxOpen())
                .put("minText", minText)
                .put("maxText", level.maxOpen() ? null : maxText)
                .put("minMoney", money.money(level.min(), currency, cents))
                .put("maxMoney", level.maxOpen() ? null : money.money(level.max(), currency, cents))
                .build();
    }

    /** Skills, employers or sectors as written on the role, each with its page's slug and link. */
    static List<Map<String, Object>> terms(List<Text> names, Taxonomy taxonomy, String kind, String root) {
        return names.stream().map(name -> term(name.value(), taxonomy, kind, root)).toList();
    }

    static Map<String, Object> term(String name, Taxonomy taxonomy, String kind, String root) {
        Optional<String> slug = taxonomy.find(name).map(Term::slug);
        return ModelMaps.map()
                .put("name", name)
                .put("slug", slug.orElse(null))
                .put("url", slug.map(s -> SiteUrls.relative(root, kind + "/" + s + "/")).orElse(null))
                .build();
    }

    private static List<Map<String, Object>> refs(List<RoleRef> refs, String from) {
        return refs.stream().map(ref -> ModelMaps.map()
                // The linked role's title, as the map shows it; the author's wording only if it is an alias.
                .put("name", ref.target().map(target -> target.title().value()).orElse(ref.name().value()))
                .put("url", ref.target().map(target -> SiteUrls.between(from, sitePath(target))).orElse(null))
                .put("title", ref.target().map(target -> target.title().value()).orElse(null))
                .put("alias", ref.alias().orElse(null))
                .build()).toList();
    }

    private Object block(Text text, String root) {
        return render(text, () -> markdown.block(text.value(), root, links.at(text.position(), 0)));
    }

    private Object inline(Text text, String root) {
        return render(text, () -> markdown.inline(text.value(), root, links.at(text.position(), 0)));
    }

    private Object render(Text text, java.util.function.Supplier<String> html) {
        return markdown.pageHtml(html, text.position(), 0, problems);
    }
}
