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

/**
 * An index of one kind of term (skills, employers, sectors or families) to the roles that name it,
 * built in one pass. A kind may name terms in several lists of a role (skills: the top skills and
 * the often-missing ones); each term keeps its roles per list as well as all of them.
 */
public final class Taxonomy {

    /** The list of the kinds named in one list per role. */
    public static final String ALL = "all";

    private final Map<String, Term> byKey;

    private Taxonomy(Map<String, Term> byKey) {
        this.byKey = byKey;
    }

    /** Builds the index of terms named in one list per role, given in role order. */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names) {
        Map<String, Function<Role, Collection<Text>>> lists = new LinkedHashMap<>();
        lists.put(ALL, names);
        return of(roles, lists);
    }

    /** Builds the index of terms named in several lists per role (list name to names), in role order. */
    static Taxonomy of(List<Role> roles, Map<String, Function<Role, Collection<Text>>> lists) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        Map<String, List<Role>> rolesByKey = new HashMap<>();
        Map<String, Map<String, List<Role>>> byList = new HashMap<>();
        for (Role role : roles) {
            lists.forEach((list, names) -> {
                for (Text name : names.apply(role)) {
                    String key = TermKey.of(name.value());
                    spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name.value(), 1, Integer::sum);
                    addOnce(rolesByKey.computeIfAbsent(key, k -> new ArrayList<>()), role);
                    addOnce(byList.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(list, k -> new ArrayList<>()), role);
                }
            });
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        Map<String, Integer> slugsUsed = new HashMap<>();
        spellings.forEach((key, counts) -> {
            String name = mostCommon(counts);
            String slug = Slugs.of(name);
            int seen = slugsUsed.merge(slug, 1, Integer::sum);
            Map<String, List<Role>> inLists = new LinkedHashMap<>();
            lists.keySet().forEach(list -> inLists.put(list, byList.get(key).getOrDefault(list, List.of())));
            terms.put(key, new Term(seen == 1 ? slug : slug + "-" + seen, name, rolesByKey.get(key), inLists));
        });
        return new Taxonomy(terms);
    }

    /** Roles come in order, so a role naming a term twice is the last one added. */
    private static void addOnce(List<Role> named, Role role) {
        if (named.isEmpty() || named.get(named.size() - 1) != role) {
            named.add(role);
        }
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

    /** The roles that name {@code name} (any spelling) in the list {@code list}. */
    public List<Role> rolesIn(String list, String name) {
        return find(name).map(term -> term.inList(list)).orElse(List.of());
    }

    /** Every term, in the order first named. */
    public List<Term> terms() {
        return List.copyOf(byKey.values());
    }
}
