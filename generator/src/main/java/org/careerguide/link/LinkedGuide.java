package org.careerguide.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.Guide;

/**
 * The guide after linking: resolved progression and the indexes the pages are built from.
 *
 * @param titles the aliases that several roles share, each listing its roles ({@code titles/<slug>/})
 */
public record LinkedGuide(
        Guide guide,
        List<LinkedRole> roles,
        Map<String, LinkedRole> bySlug,
        Taxonomy skills,
        Taxonomy employers,
        Taxonomy sectors,
        Taxonomy families,
        Taxonomy titles) {

    /** The list of {@link #skills()} that holds a role's top skills. */
    public static final String TOP_SKILLS = "top";
    /** The list of {@link #skills()} that holds the skills a role often finds missing. */
    public static final String MISSING_SKILLS = "missing";

    public LinkedGuide {
        roles = List.copyOf(roles);
        bySlug = Map.copyOf(bySlug);
    }

    public Optional<LinkedRole> role(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
