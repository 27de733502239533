package org.careerguide.link;

import java.util.List;
import java.util.Optional;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * One distinct skill, employer, sector, family or shared title: all look-alike spellings (and a
 * catalogue's aliases) are one term, shown with the catalogue's name or the most common spelling.
 *
 * @param slug        the term's URL segment
 * @param name        the display name (catalogue name, else most common spelling; the first one seen on a tie)
 * @param roles       the roles that name it, in slug order, each once
 * @param description Markdown from the term catalogue
 * @param category    a catalogued skill's category (skill, knowledge, tool, ...)
 */
public record Term(String slug, String name, List<Role> roles, Optional<Text> description,
                   Optional<String> category) {

    public Term {
        roles = List.copyOf(roles);
    }

    public Term(String slug, String name, List<Role> roles) {
        this(slug, name, roles, Optional.empty(), Optional.empty());
    }
}
