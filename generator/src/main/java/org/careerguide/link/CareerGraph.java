package org.careerguide.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.careerguide.model.Role;

/**
 * What the pages show of the guide as a graph, computed once in the link stage, before anything
 * renders: reverse progression links, progression levels, each role's related roles and
 * neighbourhood, and which roles name a skill as a top skill and which as an often-missing one.
 * Immutable once built, so the threads that render pages read it freely.
 */
public final class CareerGraph {

    private final LinkedGuide guide;
    private final ReverseLinks reverse;
    private final ProgressionLevels levels;
    /** The graph whose guide ranks related roles: this one, or the one a prose edit started from. */
    private final CareerGraph rankedBy;
    /** Its ranking index, built when a list must be ranked: not when every list was taken over. */
    private RelatedRoles ranking;
    private final Map<String, List<Related>> relatedBySlug = new ConcurrentHashMap<>();
    private final Map<String, Neighbourhood> neighbourhoods = new ConcurrentHashMap<>();

    private CareerGraph(LinkedGuide guide) {
        this.guide = guide;
        this.reverse = ReverseLinks.of(guide.roles());
        this.levels = ProgressionLevels.of(guide, reverse);
        this.rankedBy = this;
    }

    private CareerGraph(LinkedGuide guide, CareerGraph last) {
        this.guide = guide;
        this.reverse = last.reverse;
        this.levels = last.levels;
        this.rankedBy = last.rankedBy;
        relatedBySlug.putAll(last.relatedBySlug);
        neighbourhoods.putAll(last.neighbourhoods);
    }

    /** The graph of {@code guide}, with every role's related roles and neighbourhood computed now, on all cores. */
    public static CareerGraph of(LinkedGuide guide) {
        return of(guide, GraphReuse.none());
    }

    /** {@link #of(LinkedGuide)}, taking over the last graph's lists from {@code reuse} where they cannot differ. */
    public static CareerGraph of(LinkedGuide guide, GraphReuse reuse) {
        CareerGraph graph = new CareerGraph(guide);
        Map<String, Role> roles = new HashMap<>();
        guide.guide().roles().forEach(role -> roles.put(role.slug(), role));
        Optional<Map<String, List<Related>>> related = reuse.related(guide, roles);
        Optional<Map<String, Neighbourhood>> around = reuse.neighbourhoods(guide, roles);
        related.ifPresent(graph.relatedBySlug::putAll);
        around.ifPresent(graph.neighbourhoods::putAll);
        if (related.isEmpty() || around.isEmpty()) {
            RelatedRoles ranking = related.isEmpty() ? graph.ranking() : null;
            guide.roles().parallelStream().forEach(role -> {
                if (ranking != null) {
                    graph.relatedBySlug.put(role.slug(), ranking.of(role.role()));
                }
                if (around.isEmpty()) {
                    graph.neighbourhoods.put(role.slug(), Neighbourhood.of(role, guide, graph.reverse,
                            Neighbourhood.NEAR_LIMIT, Neighbourhood.FAR_LIMIT));
                }
            });
        }
        reuse.keep(guide, graph.relatedBySlug, graph.neighbourhoods);
        reuse.keep(graph);
        return graph;
    }

    /**
     * This graph with {@code role} in place of the role of its slug, whose own neighbourhood is walked
     * again: right only when the two differ in nothing the link stage reads (see
     * {@link LinkedGuide#withRole}). The other roles' lists keep the role as it was, which is the same
     * in everything they show of it.
     */
    public CareerGraph withRole(Role role) {
        LinkedGuide renewed = guide.withRole(role);
        CareerGraph graph = new CareerGraph(renewed, this);
        LinkedRole linked = renewed.bySlug().get(role.slug());
        graph.neighbourhoods.put(role.slug(), Neighbourhood.of(linked, renewed, reverse,
                Neighbourhood.NEAR_LIMIT, Neighbourhood.FAR_LIMIT));
        return graph;
    }

    private RelatedRoles ranking() {
        if (rankedBy != this) {
            return rankedBy.ranking();
        }
        synchronized (this) {
            if (ranking == null) {
                ranking = RelatedRoles.of(guide.guide().roles(), guide.skills(), guide.sectors(), guide.families());
            }
            return ranking;
        }
    }

    public LinkedGuide guide() {
        return guide;
    }

    /** The roles whose progression names {@code role}. */
    public List<Incoming> comesFrom(Role role) {
        return reverse.to(role);
    }

    /** The role's neighbourhood in the progression graph (at most {@link Neighbourhood#NEAR_LIMIT} and {@link Neighbourhood#FAR_LIMIT} roles a band). */
    public Neighbourhood neighbourhood(LinkedRole role) {
        Neighbourhood around = neighbourhoods.get(role.slug());
        return around != null ? around : neighbourhood(role, Neighbourhood.NEAR_LIMIT, Neighbourhood.FAR_LIMIT);
    }

    /**
     * The role's neighbourhood in the progression graph, two steps each way and its transitions (at
     * most {@code nearLimit} roles a step away or sideways, {@code farLimit} two steps away).
     */
    public Neighbourhood neighbourhood(LinkedRole role, int nearLimit, int farLimit) {
        return Neighbourhood.of(role, guide, reverse, nearLimit, farLimit);
    }

    /** The step of a role on its career ladder, 1 at the bottom. */
    public int level(Role role) {
        return levels.of(role);
    }

    /** The roles most like {@code role}, best first. */
    public List<Related> related(Role role) {
        List<Related> ranked = relatedBySlug.get(role.slug());
        return ranked != null ? ranked : ranking().of(role);
    }

    /** The roles that list a skill (any spelling) among their top skills. */
    public List<Role> needingSkill(String name) {
        return guide.skills().rolesIn(LinkedGuide.TOP_SKILLS, name);
    }

    /** The roles that list a skill (any spelling) as often missing. */
    public List<Role> missingSkill(String name) {
        return guide.skills().rolesIn(LinkedGuide.MISSING_SKILLS, name);
    }
}
