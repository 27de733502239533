package org.careerguide.link;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.text.TermKey;

/**
 * The titles several roles share ("Professor" names 34 O*NET occupations) as a {@link Taxonomy}:
 * one term per shared alias, listing its roles, for the {@code titles/<slug>/} pages, the A–Z and
 * the search index.
 */
final class SharedTitles {

    private SharedTitles() {
    }

    static Taxonomy of(List<Role> roles, TitleIndex titles) {
        Set<String> shared = titles.sharedKeys();
        Function<Role, Collection<Text>> sharedAliases = role -> role.aliases().stream()
                .filter(alias -> shared.contains(TermKey.of(alias.value())))
                .toList();
        return Taxonomy.of(roles, sharedAliases);
    }
}
