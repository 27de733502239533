package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.Guide;
import org.careerguide.model.Role;

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

    /**
     * The same guide with {@code role} in place of the role of its slug, linked as that role was: right
     * only when the two differ in nothing the link stage reads (see the preview's prose edits), since the
     * indexes, and the other roles' links, still hold the role as it was.
     */
    public LinkedGuide withRole(Role role) {
        LinkedRole was = bySlug.get(role.slug());
        LinkedRole now = new LinkedRole(role, was.leadsTo(), was.transitions());
        List<Role> guideRoles = new ArrayList<>(guide.roles());
        guideRoles.replaceAll(other -> other.slug().equals(role.slug()) ? role : other);
        List<LinkedRole> linked = new ArrayList<>(roles);
        linked.replaceAll(other -> other == was ? now : other);
        Map<String, LinkedRole> slugs = new HashMap<>(bySlug);
        slugs.put(role.slug(), now);
        return new LinkedGuide(new Guide(guide.projectDir(), guide.site(), guideRoles, guide.pages(),
                guide.staticFiles(), guide.catalogues()), linked, slugs, skills, employers, sectors, families, titles);
    }
}
