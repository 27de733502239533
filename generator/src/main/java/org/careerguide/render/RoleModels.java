package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Comparator;
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
import org.careerguide.render.page.RolePage;
import org.careerguide.render.page.TermLink;
import org.careerguide.theme.Labels;

/**
 * The template data of a role page ({@link RolePage}), with links relative to the page.
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
    /**
     * {@code roles} by title, case ignored, in a stable order (equal titles keep theirs). Each title is
     * lower-cased once, not on every comparison: term pages sort millions of entries at 100,000 roles.
     */
    static List<Role> byTitle(Collection<Role> roles) {
        List<TitleKey> keyed = new ArrayList<>(roles.size());
        roles.forEach(role -> keyed.add(new TitleKey(role.title().value().toLowerCase(Locale.ROOT), role)));
        keyed.sort(Comparator.comparing(TitleKey::key));
        return keyed.stream().map(TitleKey::role).toList();
    }

    private record TitleKey(String key, Role role) {
    }

    static String sitePath(Role role) {
        return SiteUrls.role(role.slug());
    }

    /** Everything a role page shows, with its place in the graph ({@code graph}) and its map's link (or null). */
    RolePage.Role full(LinkedRole linked, String root, GraphModels.Place graph, String mapUrl) {
        Role role = linked.role();
        return new RolePage.Role(
                role.slug(),
                role.title().value(),
                SiteUrls.relative(root, sitePath(role)),
                block(role.summary(), root),
                role.family().map(Text::value).orElse(null),
                role.aliases().stream().map(Text::value).toList(),
                role.updated().map(Object::toString).orElse(null),
                role.responsibilities().stream().map(t -> inline(t, root)).toList(),
                terms(role.skills(), guide.skills(), SKILLS, root),
                role.family().map(family -> term(family.value(), guide.families(), FAMILIES, root)).orElse(null),
                refs(linked.leadsTo(), sitePath(role)),
                refs(linked.transitions(), sitePath(role)),
                new RolePage.SkillGaps(terms(role.skillGaps().missing(), guide.skills(), SKILLS, root),
                        role.skillGaps().suggestions().map(t -> block(t, root)).orElse(null)),
                role.salary().map(salary -> salary(salary, root)).orElse(null),
                role.occupation().isEmpty() ? null
                        : new OccupationModels(money, this::block, this::inline, root).of(role.occupation()),
                new RolePage.Hiring(terms(role.hiring().employers(), guide.employers(), EMPLOYERS, root),
                        terms(role.hiring().sectors(), guide.sectors(), SECTORS, root)),
                role.nextSteps().stream().map(t -> inline(t, root)).toList(),
                role.narrative().map(narrative -> markdown.pageHtml(() ->
                        markdown.block(narrative.markdown(), root, links.at(narrative.source(), 1)),
                        narrative.source(), 1, problems)).orElse(null),
                graph.comesFrom(),
                graph.nextSkills(),
                graph.related(),
                mapUrl);
    }

    private RolePage.Salary salary(Salary salary, String root) {
        Optional<String> currency = salary.currency().map(Text::value);
        // Hourly pay always shows cents, so that "$14.00" and "$16.94" sit side by side.
        boolean cents = salary.period() == SalaryPeriod.HOUR;
        return new RolePage.Salary(
                salary.levels().isEmpty() ? null : SalaryChart.of(salary.levels(), money, currency, cents, labels),
                salary.basis().map(SalaryBasis::key).orElse(null),
                currency.orElse(null),
                salary.period().key(),
                salary.levels().stream().map(level -> level(level, currency, cents)).toList(),
                salary.trend().map(t -> block(t, root)).orElse(null),
                salary.source().map(t -> inline(t, root)).orElse(null),
                salary.asOf().map(Text::value).orElse(null));
    }

    private RolePage.Level level(SalaryLevel level, Optional<String> currency, boolean cents) {
        boolean open = level.maxOpen();
        return new RolePage.Level(level.level().value(), level.min(), open ? null : level.max(), open,
                money.format(level.min(), cents), open ? null : money.format(level.max(), cents),
                money.money(level.min(), currency, cents), open ? null : money.money(level.max(), currency, cents));
    }

    /** Skills, employers or sectors as written on the role, each with its page's slug and link. */
    static List<TermLink> terms(List<Text> names, Taxonomy taxonomy, String kind, String root) {
        return names.stream().map(name -> term(name.value(), taxonomy, kind, root)).toList();
    }

    static TermLink term(String name, Taxonomy taxonomy, String kind, String root) {
        Optional<String> slug = taxonomy.find(name).map(Term::slug);
        return new TermLink(name, slug.orElse(null),
                // What SiteUrls.relative gives for a term's folder (a slug has no '?' or '#'), in one concatenation.
                slug.map(s -> root + kind + "/" + s + "/index.html").orElse(null));
    }

    private static List<RolePage.Progression> refs(List<RoleRef> refs, String from) {
        return refs.stream().map(ref -> new RolePage.Progression(
                // The linked role's title, as the map shows it; the author's wording only if it is an alias.
                ref.target().map(target -> target.title().value()).orElse(ref.name().value()),
                ref.target().map(target -> SiteUrls.between(from, sitePath(target))).orElse(null),
                ref.target().map(target -> target.title().value()).orElse(null),
                ref.alias().orElse(null))).toList();
    }

    private TemplateHTMLOutputModel block(Text text, String root) {
        return render(text, () -> markdown.block(text.value(), root, links.at(text.position(), 0)));
    }

    private TemplateHTMLOutputModel inline(Text text, String root) {
        return render(text, () -> markdown.inline(text.value(), root, links.at(text.position(), 0)));
    }

    private TemplateHTMLOutputModel render(Text text, java.util.function.Supplier<String> html) {
        return markdown.pageHtml(html, text.position(), 0, problems);
    }
}
