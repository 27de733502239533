package org.careerguide.publish;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.RoleRef;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.JsonText;

/**
 * What the compare page needs of one role ({@code compare/d/<slug>.js}): title, family, skills,
 * salary levels and progression. A script calling {@code cgCompare(data)} rather than JSON, so that
 * the compare page also works opened from the file system, where pages cannot fetch files.
 */
final class CompareData {

    static final String FOLDER = "compare/d/";

    private CompareData() {
    }

    static GeneratedFile file(LinkedRole linked) {
        return new GeneratedFile(FOLDER + linked.slug() + ".js", () -> {
            Role role = linked.role();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("slug", role.slug());
            data.put("title", role.title().value());
            role.family().ifPresent(family -> data.put("family", family.value()));
            data.put("skills", role.skills().stream().map(Text::value).toList());
            role.salary().filter(salary -> !salary.levels().isEmpty()).ifPresent(salary -> {
                Map<String, Object> pay = new LinkedHashMap<>();
                salary.currency().ifPresent(currency -> pay.put("currency", currency.value()));
                pay.put("period", salary.period().key());
                pay.put("levels", RoleData.levels(salary));
                data.put("salary", pay);
            });
            data.put("leadsTo", refs(linked.leadsTo()));
            data.put("transitions", refs(linked.transitions()));
            return ("cgCompare(" + JsonText.compact(data) + ");\n").getBytes(StandardCharsets.UTF_8);
        });
    }

    private static List<Map<String, Object>> refs(List<RoleRef> refs) {
        return refs.stream().map(ref -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("name", ref.target().map(target -> target.title().value()).orElse(ref.name().value()));
            ref.target().ifPresent(target -> data.put("slug", target.slug()));
            return data;
        }).toList();
    }
}
