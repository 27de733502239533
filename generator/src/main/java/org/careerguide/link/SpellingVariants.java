package org.careerguide.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.Text;

/**
 * Finds skill, employer and sector names that are look-alikes: they differ only in case, spacing,
 * accents, "&" against "and" or punctuation ("Nestlé" and "Nestle"). They are merged into one page
 * (see {@link Taxonomy}); one warning per term names every spelling and where it is first written,
 * so authors can settle on one (or list the spellings as aliases in a term catalogue). Terms whose
 * names make the same slug are warned about too, naming the slug each one got.
 */
final class SpellingVariants {

    private SpellingVariants() {
    }

    static void report(LinkedGuide guide, Problems problems) {
        check(guide.skills(), "skill", problems);
        check(guide.employers(), "employer", problems);
        check(guide.sectors(), "sector", problems);
    }

    private static void check(Taxonomy taxonomy, String kind, Problems problems) {
        for (Term term : taxonomy.terms()) {
            Map<String, Text> spellings = taxonomy.spellings(term);
            List<Text> undeclared = new ArrayList<>();
            spellings.values().forEach(text -> {
                if (!taxonomy.names().declares(text.value())) {
                    undeclared.add(text);
                }
            });
            if (spellings.size() < 2 || undeclared.isEmpty()) {
                continue;
            }
            Text at = undeclared.stream().filter(text -> !text.value().equals(term.name())).findFirst()
                    .orElse(undeclared.get(0));
            String all = spellings.values().stream().map(text -> "'" + text.value() + "' (" + text.position() + ")")
                    .collect(Collectors.joining(", "));
            problems.warning(at.position(), CheckKind.SPELLING_VARIANT, kind + " written in " + spellings.size()
                    + " look-alike ways: " + all + "; they are shown as one " + kind + ", '" + term.name()
                    + "': write it one way, or list the spellings as aliases in terms/" + kind + "s.yaml");
        }
        for (Taxonomy.SlugCollision collision : taxonomy.collisions()) {
            String given = collision.terms().stream().map(term -> "'" + term.name() + "' at " + term.slug())
                    .collect(Collectors.joining(", "));
            Text at = taxonomy.spellings(collision.terms().get(collision.terms().size() - 1)).values().iterator().next();
            problems.warning(at.position(), CheckKind.SLUG_COLLISION, kind + "s " + given + " all make the slug '"
                    + collision.slug() + "'; numbered in name order, so the URLs do not depend on file order"
                    + ": give one a slug in terms/" + kind + "s.yaml to choose");
        }
    }
}
