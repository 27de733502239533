package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.careerguide.text.Slugs;
import org.careerguide.model.Role;
import org.careerguide.model.TermCatalogues.CatalogueTerm;
import org.careerguide.model.Text;

/**
 * An index of one kind of term (skills, employers, sectors, families or shared titles) to the roles
 * that name it, built in one pass. A kind may name terms in several lists of a role (skills: the
 * top skills and the often-missing ones); each term keeps its roles per list as well as all of
 * them. Slugs do not depend on file order: a catalogue's fixed slug first, then each term's slug
 * from its match key, and where two terms still make the same slug, the one whose key sorts first
 * keeps it and the others are numbered ({@code -2}, {@code -3}) in key order.
 */
public final class Taxonomy {

    /** The list of the kinds named in one list per role. */
    public static final String ALL = "all";

    private final TermNames names;
    private final Map<String, Term> byKey;
    private final Map<String, Map<String, Text>> spellings;
    private final List<SlugCollision> collisions;
    /** Names as written to their terms: pages look up the same few spellings thousands of times. */
    private final Map<String, Optional<Term>> byName = new ConcurrentHashMap<>();

    private Taxonomy(TermNames names, Map<String, Term> byKey, Map<String, Map<String, Text>> spellings,
                     List<SlugCollision> collisions) {
        this.names = names;
        this.byKey = byKey;
        this.spellings = spellings;
        this.collisions = List.copyOf(collisions);
    }

    /** Terms whose names make one slug, in the order the slug and its numbered forms went to them. */
    record SlugCollision(String slug, List<Term> terms) {
    }

    /** Builds the index of terms named in one list per role, given in role order. */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names) {
        return of(roles, names, TermNames.PLAIN);
    }

    /** Like {@link #of(List, Function)}, matching names through {@code termNames} (a catalogue's aliases). */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names, TermNames termNames) {
        Map<String, Function<Role, Collection<Text>>> lists = new LinkedHashMap<>();
        lists.put(ALL, names);
        return of(roles, lists, termNames);
    }

    /** Builds the index of terms named in several lists per role (list name to names), in role order. */
    static Taxonomy of(List<Role> roles, Map<String, Function<Role, Collection<Text>>> lists) {
        return of(roles, lists, TermNames.PLAIN);
    }

    /** Like {@link #of(List, Map)}, matching names through {@code termNames}. */
    static Taxonomy of(List<Role> roles, Map<String, Function<Role, Collection<Text>>> lists, TermNames termNames) {
        Map<String, Map<String, Text>> spellings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, List<Role>> rolesByKey = new HashMap<>();
        Map<String, Map<String, List<Role>>> byList = new HashMap<>();
        for (Role role : roles) {
            lists.forEach((list, names) -> {
                for (Text name : names.apply(role)) {
                    String key = termNames.key(name.value());
                    spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(name.value(), name);
                    counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name.value(), 1, Integer::sum);
                    addOnce(rolesByKey.computeIfAbsent(key, k -> new ArrayList<>()), role);
                    addOnce(byList.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(list, k -> new ArrayList<>()), role);
                }
            });
        }
        Map<String, String> slugs = new HashMap<>();
        List<Map.Entry<String, List<String>>> clashes = assignSlugs(spellings.keySet(), termNames, slugs);
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String key : spellings.keySet()) {
            Optional<CatalogueTerm> catalogued = termNames.catalogued(key);
            String name = catalogued.map(term -> term.name().value()).orElseGet(() -> mostCommon(counts.get(key)));
            Map<String, List<Role>> inLists = new LinkedHashMap<>();
            lists.keySet().forEach(list -> inLists.put(list, byList.get(key).getOrDefault(list, List.of())));
            terms.put(key, new Term(slugs.get(key), name, rolesByKey.get(key), inLists,
                    catalogued.flatMap(CatalogueTerm::description),
                    catalogued.flatMap(CatalogueTerm::category).map(Text::value)));
        }
        List<SlugCollision> collisions = new ArrayList<>();
        for (Map.Entry<String, List<String>> clash : clashes) {
            collisions.add(new SlugCollision(clash.getKey(), clash.getValue().stream().map(terms::get).toList()));
        }
        return new Taxonomy(termNames, terms, spellings, collisions);
    }

    /**
     * Gives every key a slug, the same whatever the order the keys were met in; returns the slugs
     * that several keys wanted, each with those keys (the one that kept the slug first).
     */
    private static List<Map.Entry<String, List<String>>> assignSlugs(Collection<String> keys, TermNames termNames,
                                                                      Map<String, String> slugs) {
        Set<String> taken = new HashSet<>();
        Map<String, List<String>> wanted = new TreeMap<>();
        for (String key : keys) {
            Optional<String> fixed = termNames.catalogued(key).flatMap(CatalogueTerm::slug).map(Text::value);
            if (fixed.isPresent() && taken.add(fixed.get())) {
                slugs.put(key, fixed.get());
            }
        }
        for (String key : keys) {
            if (!slugs.containsKey(key)) {
                wanted.computeIfAbsent(Slugs.of(key), s -> new ArrayList<>()).add(key);
            }
        }
        List<Map.Entry<String, List<String>>> clashes = new ArrayList<>();
        wanted.forEach((slug, wanting) -> {
            wanting.sort(null);
            List<String> order = new ArrayList<>();
            int n = 1;
            for (String key : wanting) {
                String candidate = slug;
                while (!taken.add(candidate)) {
                    candidate = Slugs.cut(slug, Slugs.MAX_LENGTH - 4) + "-" + (++n);
                }
                slugs.put(key, candidate);
                order.add(key);
            }
            if (wanting.size() > 1 || !slugs.get(wanting.get(0)).equals(slug)) {
                clashes.add(Map.entry(slug, order));
            }
        });
        return clashes;
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
        Optional<Term> term = byName.get(name);
        if (term == null) {
            term = Optional.ofNullable(byKey.get(names.key(name)));
            byName.putIfAbsent(name, term);
        }
        return term;
    }

    /** The roles that name {@code name} (any spelling) in the list {@code list}. */
    public List<Role> rolesIn(String list, String name) {
        return find(name).map(term -> term.inList(list)).orElse(List.of());
    }

    /** Whether no role names any term of this kind. */
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** How many terms of this kind there are. */
    public int size() {
        return byKey.size();
    }

    /** Every term, in the order first named (a copy: use {@link #isEmpty()} or {@link #size()} to ask less). */
    public List<Term> terms() {
        return List.copyOf(byKey.values());
    }

    /** How names are matched to terms (for indexes that must agree with this one). */
    TermNames names() {
        return names;
    }

    /** Each spelling of a term as first written, in the order first met. */
    Map<String, Text> spellings(Term term) {
        return spellings.getOrDefault(names.key(term.name()), Map.of());
    }

    List<SlugCollision> collisions() {
        return collisions;
    }
}
