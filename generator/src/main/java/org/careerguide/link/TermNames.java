package org.careerguide.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.TermCatalogues.CatalogueTerm;
import org.careerguide.model.Text;
import org.careerguide.text.TermKey;

/**
 * How the names of one kind of term (skills, employers or sectors) are matched: by {@link TermKey}
 * (look-alikes are one name), and, where a term catalogue lists aliases, every alias as its term.
 * Without a catalogue a name is its own term.
 */
final class TermNames {

    static final TermNames PLAIN = new TermNames(List.of());

    /** Key of any catalogued spelling (name or alias) to the key of the catalogued name. */
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, CatalogueTerm> byKey = new HashMap<>();
    private final Set<String> declared = new HashSet<>();

    TermNames(List<CatalogueTerm> catalogue) {
        for (CatalogueTerm term : catalogue) {
            String key = TermKey.of(term.name().value());
            byKey.putIfAbsent(key, term);
            canonical.putIfAbsent(key, key);
            declared.add(term.name().value());
            for (Text alias : term.aliases()) {
                canonical.putIfAbsent(TermKey.of(alias.value()), key);
                declared.add(alias.value());
            }
        }
    }

    /** The key of the term {@code name} belongs to. */
    public String key(String name) {
        String key = TermKey.of(name);
        return canonical.getOrDefault(key, key);
    }

    /** The catalogue entry of a term key, if the term is catalogued. */
    Optional<CatalogueTerm> catalogued(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The catalogue entries, in catalogue order of first mention. */
    java.util.Collection<CatalogueTerm> catalogue() {
        return byKey.values();
    }

    /** True when the catalogue lists this exact spelling, as a name or an alias: an intended spelling. */
    boolean declares(String spelling) {
        return declared.contains(spelling);
    }
}
