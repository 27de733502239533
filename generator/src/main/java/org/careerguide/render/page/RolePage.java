package org.careerguide.render.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.math.BigDecimal;
import java.util.List;

/**
 * A role's page ({@code role.ftlh}). Links are relative to the page.
 *
 * @param role everything the page shows of the role
 */
public record RolePage(Role role) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("role", role);
    }

    /**
     * A role as its page shows it. Markdown fields are HTML; a part the role lacks is null, a list it
     * lacks is empty.
     *
     * @param slug             the role's slug (its folder's name)
     * @param title            its title
     * @param url              its page's link
     * @param summary          its summary, as HTML
     * @param family           its family's name, or null
     * @param aliases          other titles it goes by
     * @param updated          when it was last reviewed ({@code 2025-01-31}), or null
     * @param responsibilities what the role does, each as inline HTML
     * @param skills           its top skills, linked to their pages
     * @param familyTerm       its family, linked to the family's page, or null
     * @param leadsTo          the roles it leads to (promotions), as written
     * @param transitions      the roles one may move to sideways, as written
     * @param skillGaps        the skills a newcomer usually lacks, and suggestions
     * @param salary           its salary figures, or null
     * @param occupation       its occupation keys, or null when it has none
     * @param hiring           who hires for it: employers and sectors
     * @param nextSteps        what to do next, each as inline HTML
     * @param narrative        the role's Markdown file, as HTML, or null
     * @param comesFrom        the roles that lead to or name this one as a transition
     * @param nextSkills       per next role (promotions first): the skills shared and those to learn
     * @param related          related roles, with why they are related
     * @param mapUrl           the link to the role's career map page, or null when it has none
     */
    public record Role(String slug, String title, String url, TemplateHTMLOutputModel summary, String family,
                       List<String> aliases, String updated, List<TemplateHTMLOutputModel> responsibilities,
                       List<TermLink> skills, TermLink familyTerm, List<Progression> leadsTo,
                       List<Progression> transitions, SkillGaps skillGaps, Salary salary, Occupation occupation,
                       Hiring hiring, List<TemplateHTMLOutputModel> nextSteps, TemplateHTMLOutputModel narrative,
                       List<ComesFrom> comesFrom, List<NextRole> nextSkills, List<RelatedRole> related,
                       String mapUrl) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("slug", slug).add("title", title).add("url", url).add("summary", summary)
                    .add("family", family).add("aliases", aliases).add("updated", updated)
                    .add("responsibilities", responsibilities).add("skills", skills)
                    .add("familyTerm", familyTerm).add("leadsTo", leadsTo).add("transitions", transitions)
                    .add("skillGaps", skillGaps).add("salary", salary).add("occupation", occupation)
                    .add("hiring", hiring).add("nextSteps", nextSteps).add("narrative", narrative)
                    .add("comesFrom", comesFrom).add("nextSkills", nextSkills).add("related", related)
                    .add("mapUrl", mapUrl);
        }
    }

    /**
     * A role named in {@code leads_to} or {@code transitions}.
     *
     * @param name  the linked role's title, or the name as written when it names no role of the guide
     * @param url   the linked role's page, or null
     * @param title the linked role's title, or null
     * @param alias the author's wording, where it is an alias of the linked role, or null
     */
    public record Progression(String name, String url, String title, String alias) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url).add("title", title).add("alias", alias);
        }
    }

    /**
     * @param missing     skills a newcomer usually lacks, linked
     * @param suggestions how to close the gaps, as HTML, or null
     */
    public record SkillGaps(List<TermLink> missing, TemplateHTMLOutputModel suggestions) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("missing", missing).add("suggestions", suggestions);
        }
    }

    /**
     * @param employers employers that hire for the role, linked
     * @param sectors   sectors that do, linked
     */
    public record Hiring(List<TermLink> employers, List<TermLink> sectors) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("employers", employers).add("sectors", sectors);
        }
    }

    /**
     * A role's salary.
     *
     * @param chart    the chart of its levels, or null without levels
     * @param basis    {@code percentiles} or {@code ranges}, or null
     * @param currency the ISO currency code, or null
     * @param period   {@code year}, {@code month} or {@code hour}
     * @param levels   the levels, as written
     * @param trend    how pay is moving, as HTML, or null
     * @param source   where the figures come from, as inline HTML, or null
     * @param asOf     when they were true, or null
     */
    public record Salary(SalaryDrawing chart, String basis, String currency, String period, List<Level> levels,
                         TemplateHTMLOutputModel trend, TemplateHTMLOutputModel source, String asOf)
            implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("chart", chart).add("basis", basis).add("currency", currency).add("period", period)
                    .add("levels", levels).add("trend", trend).add("source", source).add("asOf", asOf);
        }
    }

    /**
     * One salary level.
     *
     * @param level    its name
     * @param min      its minimum
     * @param max      its maximum, or null when open-ended
     * @param maxOpen  it is open-ended ("239,200 or more")
     * @param minText  the minimum as a number formatted for the site's language
     * @param maxText  the maximum so, or null
     * @param minMoney the minimum as money
     * @param maxMoney the maximum as money, or null
     */
    public record Level(String level, BigDecimal min, BigDecimal max, boolean maxOpen, String minText, String maxText,
                        String minMoney, String maxMoney) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("level", level).add("min", min).add("max", max).add("maxOpen", maxOpen)
                    .add("minText", minText).add("maxText", maxText).add("minMoney", minMoney)
                    .add("maxMoney", maxMoney);
        }
    }

    /**
     * A role that leads to this one, or names it as a transition; shown by the same macro as a
     * {@link Progression}, whose keys it has.
     *
     * @param alias always null: the link is the other role's own title
     * @param via   {@code leadsTo} or {@code transition}
     */
    public record ComesFrom(String name, String title, String url, String alias, String via) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("title", title).add("url", url).add("alias", alias).add("via", via);
        }
    }

    /**
     * A next role (promotion or transition) with the skills it shares with this one.
     *
     * @param shared       how many of its skills this role has
     * @param total        how many skills it lists
     * @param sharedSkills those this role has, linked
     * @param toLearn      those to learn, linked
     */
    public record NextRole(String title, String url, int shared, int total, List<TermLink> sharedSkills,
                           List<TermLink> toLearn) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("shared", shared).add("total", total)
                    .add("sharedSkills", sharedSkills).add("toLearn", toLearn);
        }
    }

    /**
     * A related role and why.
     *
     * @param sharedSkills  how many skills the two share
     * @param sharedSectors how many sectors
     * @param sameFamily    both are of one family
     * @param similarity    how alike they are, 0 to 100
     * @param rarestSkills  up to two shared skills, the rarest in the guide first
     */
    public record RelatedRole(String title, String url, int sharedSkills, int sharedSectors, boolean sameFamily,
                              long similarity, List<String> rarestSkills) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("url", url).add("sharedSkills", sharedSkills)
                    .add("sharedSectors", sharedSectors).add("sameFamily", sameFamily)
                    .add("similarity", similarity).add("rarestSkills", rarestSkills);
        }
    }
}
