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
import java.util.function.Function;
import org.careerguide.load.Slugs;
import org.careerguide.model.Role;
import org.careerguide.model.TermCatalogues.CatalogueTerm;
import org.careerguide.model.Text;

/**
 * An index of one kind of term (skills, employers, sectors, families or shared titles) to the roles
 * that name it. Slugs do not depend on file order: a catalogue's fixed slug first, then each term's
 * slug from its match key, and where two terms still make the same slug, the one whose key sorts
 * first keeps it and the others are numbered ({@code -2}, {@code -3}) in key order.
 */
public final class Taxonomy {

    private final TermNames names;
    private final Map<String, Term> byKey;
    private final Map<String, Map<String, Text>> spellings;
    private final List<SlugCollision> collisions;

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

    /** Builds the index from each role's names, given in role order. */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names) {
        return of(roles, names, TermNames.PLAIN);
    }

    /** Builds the index, matching names through {@code termNames} (a catalogue's aliases). */
    static Taxonomy of(List<Role> roles, Function<Role, Collection<Text>> names, TermNames termNames) {
        Map<String, Map<String, Text>> spellings = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, List<Role>> rolesByKey = new HashMap<>();
        for (Role role : roles) {
            for (Text name : names.apply(role)) {
                String key = termNames.key(name.value());
                spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(name.value(), name);
                counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name.value(), 1, Integer::sum);
                List<Role> named = rolesByKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != role) {
                    named.add(role);
                }
            }
        }
        Map<String, String> slugs = new HashMap<>();
        List<Map.Entry<String, List<String>>> clashes = assignSlugs(spellings.keySet(), termNames, slugs);
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String key : spellings.keySet()) {
            Optional<CatalogueTerm> catalogued = termNames.catalogued(key);
            String name = catalogued.map(term -> term.name().value()).orElseGet(() -> mostCommon(counts.get(key)));
            terms.put(key, new Term(slugs.get(key), name, rolesByKey.get(key),
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
        return Optional.ofNullable(byKey.get(names.key(name)));
    }

    /** Every term, in the order first named. */
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
