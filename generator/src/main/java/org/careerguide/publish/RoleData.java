package org.careerguide.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.RoleRef;
import org.careerguide.link.Taxonomy;
import org.careerguide.link.Term;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.Site;
import org.careerguide.model.Text;
import org.careerguide.render.SiteUrls;

/**
 * One role as data for programs: every field as the author wrote it (Markdown stays Markdown),
 * with names resolved to the pages they link to. Each link is a site path ({@code path}) and,
 * when the site has a base URL, an absolute {@code url}. The shape is
 * {@code schema/data.schema.json}; absent fields are left out, never null.
 */
final class RoleData {

    private final LinkedGuide guide;
    private final Optional<String> baseUrl;

    RoleData(LinkedGuide guide) {
        this.guide = guide;
        this.baseUrl = guide.guide().site().baseUrl().map(Text::value);
    }

    /** The site's settings that a reader of the data needs. */
    Map<String, Object> site() {
        Site site = guide.guide().site();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", site.title().value());
        site.description().ifPresent(description -> data.put("description", description.value()));
        baseUrl.ifPresent(url -> data.put("baseUrl", url));
        data.put("language", site.language());
        return data;
    }

    Map<String, Object> role(LinkedRole linked) {
        Role role = linked.role();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", role.slug());
        data.put("title", role.title().value());
        links(data, SiteUrls.role(role.slug()));
        data.put("dataPath", SiteUrls.role(role.slug()) + "index.json");
        data.put("summary", role.summary().value());
        role.family().ifPresent(family -> data.put("family", term(family.value(), guide.families(),
                SiteUrls.FAMILIES)));
        data.put("aliases", texts(role.aliases()));
        role.updated().ifPresent(date -> data.put("updated", date.toString()));
        data.put("responsibilities", texts(role.responsibilities()));
        data.put("skills", terms(role.skills(), guide.skills(), SiteUrls.SKILLS));
        Map<String, Object> progression = new LinkedHashMap<>();
        progression.put("leadsTo", refs(linked.leadsTo()));
        progression.put("transitions", refs(linked.transitions()));
        data.put("progression", progression);
        Map<String, Object> gaps = new LinkedHashMap<>();
        gaps.put("missing", terms(role.skillGaps().missing(), guide.skills(), SiteUrls.SKILLS));
        role.skillGaps().suggestions().ifPresent(text -> gaps.put("suggestions", text.value()));
        data.put("skillGaps", gaps);
        role.salary().ifPresent(salary -> data.put("salary", salary(salary)));
        Map<String, Object> hiring = new LinkedHashMap<>();
        hiring.put("employers", terms(role.hiring().employers(), guide.employers(), SiteUrls.EMPLOYERS));
        hiring.put("sectors", terms(role.hiring().sectors(), guide.sectors(), SiteUrls.SECTORS));
        data.put("hiring", hiring);
        data.put("nextSteps", texts(role.nextSteps()));
        role.narrative().ifPresent(narrative -> data.put("narrative", narrative.markdown()));
        return data;
    }

    private static Map<String, Object> salary(Salary salary) {
        Map<String, Object> data = new LinkedHashMap<>();
        salary.currency().ifPresent(currency -> data.put("currency", currency.value()));
        data.put("period", salary.period().key());
        data.put("levels", levels(salary));
        salary.trend().ifPresent(text -> data.put("trend", text.value()));
        salary.source().ifPresent(text -> data.put("source", text.value()));
        salary.asOf().ifPresent(text -> data.put("asOf", text.value()));
        return data;
    }

    /** The levels of a salary as {@code {level, min, max}}. */
    static List<Map<String, Object>> levels(Salary salary) {
        return salary.levels().stream().map(level -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("level", level.level().value());
            row.put("min", level.min());
            row.put("max", level.max());
            return row;
        }).toList();
    }

    private List<Map<String, Object>> refs(List<RoleRef> refs) {
        return refs.stream().map(ref -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("name", ref.name().value());
            ref.target().ifPresent(target -> {
                data.put("slug", target.slug());
                data.put("title", target.title().value());
                links(data, SiteUrls.role(target.slug()));
            });
            return data;
        }).toList();
    }

    private List<Map<String, Object>> terms(List<Text> names, Taxonomy taxonomy, String kind) {
        return names.stream().map(name -> term(name.value(), taxonomy, kind)).toList();
    }

    private Map<String, Object> term(String name, Taxonomy taxonomy, String kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", name);
        taxonomy.find(name).map(Term::slug).ifPresent(slug -> links(data, SiteUrls.term(kind, slug)));
        return data;
    }

    private void links(Map<String, Object> data, String sitePath) {
        data.put("path", sitePath);
        baseUrl.ifPresent(url -> data.put("url", SiteUrls.absolute(url, sitePath)));
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }
}
