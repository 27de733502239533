package org.careerguide.link;

import java.util.List;
import org.careerguide.model.Role;

/**
 * One distinct skill, employer, sector or family: all spellings that differ only in case or
 * spacing are one term, shown with the most common spelling.
 *
 * @param slug  the term's URL segment
 * @param name  the display name (most common spelling; the first one seen on a tie)
 * @param roles the roles that name it, in slug order, each once
 */
public record Term(String slug, String name, List<Role> roles) {

    public Term {
        roles = List.copyOf(roles);
    }
}
