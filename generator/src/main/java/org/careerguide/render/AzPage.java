package org.careerguide.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Term;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Plans {@code roles/}: every role of the guide from A to Z, by title and by each alias (an alias
 * links to its role and names it), grouped by first letter with a letter jump list, and the role
 * families to jump to. It is also where the search box leads when the page has no JavaScript.
 */
final class AzPage {

    static final String SITE_PATH = "roles/";
    static final String PATH = SITE_PATH + "index.html";

    private final LinkedGuide guide;
    private final PageFrame frame;

    AzPage(LinkedGuide guide, PageFrame frame) {
        this.guide = guide;
        this.frame = frame;
    }

    PageSpec plan(Set<String> allRoleInputs) {
        return new PageSpec(PATH, "az.ftlh", this::model, allRoleInputs);
    }

    private Map<String, Object> model() {
        String root = SiteUrls.rootOf(PATH);
        Map<String, Object> model = frame.of(PATH, root, "az", StructuredData.SECTIONS.get("roles"), null);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LinkedRole linked : guide.roles()) {
            Role role = linked.role();
            String url = SiteUrls.between(SITE_PATH, SiteUrls.role(role.slug()));
            entries.add(ModelMaps.map().put("name", role.title().value()).put("url", url).build());
            for (Text alias : role.aliases()) {
                entries.add(ModelMaps.map().put("name", alias.value()).put("url", url)
                        .put("role", role.title().value()).build());
            }
        }
        entries.sort(Comparator.comparing((Map<String, Object> entry) -> sortKey((String) entry.get("name")))
                .thenComparing(entry -> (String) entry.getOrDefault("role", "")));
        Map<String, List<Map<String, Object>>> byLetter = new TreeMap<>(Comparator
                .comparing((String letter) -> letter.equals("#")).thenComparing(Comparator.naturalOrder()));
        entries.forEach(entry -> byLetter.computeIfAbsent(letter((String) entry.get("name")),
                k -> new ArrayList<>()).add(entry));
        List<Map<String, Object>> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> letters.add(ModelMaps.map().put("letter", letter)
                .put("id", letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT))
                .put("entries", list).build()));
        model.put("letters", letters);
        model.put("roleCount", guide.roles().size());
        model.put("families", guide.families().terms().stream()
                .sorted(Comparator.comparing((Term term) -> term.name().toLowerCase(Locale.ROOT)))
                .map(term -> ModelMaps.map().put("name", term.name())
                        .put("url", SiteUrls.relative(root, SiteUrls.term(SiteUrls.FAMILIES, term.slug())))
                        .put("count", term.roles().size()).build())
                .toList());
        return model;
    }

    private static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String letter(String name) {
        String key = sortKey(name);
        char first = key.isEmpty() ? '#' : key.charAt(0);
        return first >= 'a' && first <= 'z' ? String.valueOf(Character.toUpperCase(first)) : "#";
    }

}
