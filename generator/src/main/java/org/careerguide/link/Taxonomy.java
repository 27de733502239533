package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.careerguide.load.Slugs;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/** An index of one kind of term (skills, employers, sectors or families) to the roles that name it. */
public final class Taxonomy {

    private final Map<String, Term> byKey;

    private Taxonomy(Map<String, Term> byKey) {
        this.byKey = byKey;
    }

    /** Builds the index from each role's names, given in role order. */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, List<Role>> rolesByKey = new HashMap<>();
        for (Role role : roles) {
            for (Text name : names.apply(role)) {
                String key = TermKey.of(name.value());
                spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name.value(), 1, Integer::sum);
                List<Role> named = rolesByKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != role) {
                    named.add(role);
                }
            }
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, Integer> slugsUsed = new HashMap<>();
        spellings.forEach((key, counts) -> {
            String name = mostCommon(counts);
            String slug = Slugs.of(name);
            int seen = slugsUsed.merge(slug, 1, Integer::sum);
            terms.put(key, new Term(seen == 1 ? slug : slug + "-" + seen, name, rolesByKey.get(key)));
        });
        return new Taxonomy(terms);
    }

    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** The term a name belongs to. */
    public Optional<Term> find(String name) {
        return Optional.ofNullable(byKey.get(TermKey.of(name)));
    }

    /** Every term, in the order first named. */
    public List<Term> terms() {
        return List.copyOf(byKey.values());
    }
}
