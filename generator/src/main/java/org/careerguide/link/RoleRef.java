package org.careerguide.link;

import java.util.Optional;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.text.TermKey;

/** A role named in a progression list, and the role it resolves to, if any. */
public record RoleRef(Text name, Optional<Role> target) {

    /**
     * The author's wording where it says something the target's title does not: an alias
     * ("Sr Analyst" for Senior Analyst). Empty when the name is the title or the slug in other
     * case or spacing ({@code "r&d engineer"}), or when the name resolves to no role.
     */
    public Optional<String> alias() {
        return target.filter(role -> !TermKey.of(name.value()).equals(TermKey.of(role.title().value()))
                && !TermKey.of(name.value()).equals(role.slug())).map(role -> name.value().strip());
    }
}
