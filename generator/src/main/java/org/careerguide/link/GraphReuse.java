package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.Role;

/**
 * The last career graph's related roles and neighbourhoods, for a process that links the same guide
 * again after every edit (the preview server). Each is a function of one part of the guide: the
 * related roles of the roles' order and of the terms that rank them (top skills, sectors, families, as
 * the indexes name them), the neighbourhoods of the roles' order and their resolved progression.
 * When that part is as it was, the last lists are taken over with every role in them replaced by its
 * new version (so an edited summary shows in them) instead of being ranked again for every role.
 * Used by one rebuild at a time.
 */
public final class GraphReuse {

    /** Starts a term's entry in a key: role slugs never hold it, so a term cannot pass for a slug. */
    private static final String MARK = "\u0000";

    private final boolean keeps;
    private List<String> relatedKey;
    private Map<String, List<Related>> related = Map.of();
    private List<String> progressionKey;
    private Map<String, Neighbourhood> neighbourhoods = Map.of();
    private CareerGraph last;

    private GraphReuse(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps each graph's lists for the next one. */
    public static GraphReuse keeping() {
        return new GraphReuse(true);
    }

    /** Keeps nothing: every graph is computed whole (what a build does). */
    public static GraphReuse none() {
        return new GraphReuse(false);
    }

    /** The last related-roles lists, by slug, if {@code guide} ranks them as the last guide did. */
    Optional<Map<String, List<Related>>> related(LinkedGuide guide, Map<String, Role> roles) {
        if (!keeps || !relatedKey(guide).equals(relatedKey)) {
            return Optional.empty();
        }
        Map<String, List<Related>> renewed = new HashMap<>();
        related.forEach((slug, list) -> renewed.put(slug, list.stream().map(entry -> new Related(
                roles.get(entry.role().slug()), entry.sharedSkills(), entry.sharedSectors(), entry.sameFamily(),
                entry.similarity(), entry.rarestSkills())).toList()));
        return Optional.of(renewed);
    }

    /** The last neighbourhoods, by slug, if {@code guide}'s progression is the last guide's. */
    Optional<Map<String, Neighbourhood>> neighbourhoods(LinkedGuide guide, Map<String, Role> roles) {
        if (!keeps || !progressionKey(guide).equals(progressionKey)) {
            return Optional.empty();
        }
        Map<String, Neighbourhood> renewed = new HashMap<>();
        neighbourhoods.forEach((slug, around) -> renewed.put(slug, new Neighbourhood(roles.get(around.role().slug()),
                renew(around.twoBack(), roles), renew(around.comesFrom(), roles), renew(around.leadsTo(), roles),
                renew(around.transitions(), roles), renew(around.twoOn(), roles))));
        return Optional.of(renewed);
    }

    /** Keeps {@code graph}'s lists for the next guide. */
    void keep(LinkedGuide guide, Map<String, List<Related>> relatedBySlug, Map<String, Neighbourhood> bySlug) {
        if (keeps) {
            relatedKey = relatedKey(guide);
            related = Map.copyOf(relatedBySlug);
            progressionKey = progressionKey(guide);
            neighbourhoods = Map.copyOf(bySlug);
        }
    }

    /** Keeps the whole graph, for an edit that changes no more than one role's prose ({@link CareerGraph#withRole}). */
    void keep(CareerGraph graph) {
        if (keeps) {
            last = graph;
        }
    }

    /** The graph of the last guide linked, or the one {@link #replace} put in its place. */
    public Optional<CareerGraph> last() {
        return Optional.ofNullable(last);
    }

    /**
     * After a rebuild that took {@link #last} with a role's prose changed, without linking again: the
     * next rebuild starts from {@code graph}. The lists kept for {@link #related} and
     * {@link #neighbourhoods} stay: they are renewed by slug when taken over.
     */
    public void replace(CareerGraph graph) {
        if (keeps) {
            last = graph;
        }
    }

    private static List<Role> renew(List<Role> list, Map<String, Role> roles) {
        return list.stream().map(role -> roles.get(role.slug())).toList();
    }

    /** What {@link RelatedRoles} reads: the roles in order, and each ranking term's name and roles. */
    private static List<String> relatedKey(LinkedGuide guide) {
        List<String> key = new ArrayList<>();
        guide.guide().roles().forEach(role -> key.add(role.slug()));
        terms(key, "s", guide.skills(), LinkedGuide.TOP_SKILLS);
        terms(key, "c", guide.sectors(), Taxonomy.ALL);
        terms(key, "f", guide.families(), Taxonomy.ALL);
        return key;
    }

    private static void terms(List<String> key, String kind, Taxonomy taxonomy, String list) {
        for (Term term : taxonomy.terms()) {
            key.add(MARK + kind + term.name());
            term.inList(list).forEach(role -> key.add(role.slug()));
        }
    }

    /** What {@link Neighbourhood} reads: the roles in order and where each one's progression leads. */
    private static List<String> progressionKey(LinkedGuide guide) {
        List<String> key = new ArrayList<>();
        for (LinkedRole role : guide.roles()) {
            key.add(role.slug());
            key.add(MARK + "l");
            role.leadsTo().forEach(ref -> key.add(ref.target().map(Role::slug).orElse(MARK)));
            key.add(MARK + "t");
            role.transitions().forEach(ref -> key.add(ref.target().map(Role::slug).orElse(MARK)));
        }
        return key;
    }
}
