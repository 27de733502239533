package org.careerguide.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param lists       the roles per list of the role that names it (skills: {@code top} and {@code missing};
 *                    other kinds: {@link Taxonomy#ALL}), in slug order
 * @param description Markdown from the term catalogue
 * @param category    a catalogued skill's category (skill, knowledge, tool, ...)
 */
public record Term(String slug, String name, List<Role> roles, Map<String, List<Role>> lists,
                   Optional<Text> description, Optional<String> category) {

    public Term {
        roles = List.copyOf(roles);
        Map<String, List<Role>> copy = new LinkedHashMap<>();
        lists.forEach((list, named) -> copy.put(list, List.copyOf(named)));
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    /** The roles that name this term in {@code list}; empty for a list it is not named in. */
    public List<Role> inList(String list) {
        return lists.getOrDefault(list, List.of());
    }
}
