package org.careerguide.link;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careerguide.model.Role;

/**
 * What the pages show of the guide as a graph, computed once from the linked guide: reverse
 * progression links, progression levels, related roles, and which roles name a skill as a top
 * skill and which as an often-missing one. Safe to read from the threads that render pages.
 */
public final class CareerGraph {

    private final LinkedGuide guide;
    private final ReverseLinks reverse;
    private final ProgressionLevels levels;
    private final RelatedRoles related;
    private final Map<String, List<Related>> relatedBySlug = new ConcurrentHashMap<>();
    private final Taxonomy topSkills;
    private final Taxonomy missingSkills;

    private CareerGraph(LinkedGuide guide) {
        this.guide = guide;
        this.reverse = ReverseLinks.of(guide.roles());
        this.levels = ProgressionLevels.of(guide, reverse);
        List<Role> roles = guide.guide().roles();
        this.related = RelatedRoles.of(roles);
        this.topSkills = Taxonomy.of(roles, Role::skills);
        this.missingSkills = Taxonomy.of(roles, role -> role.skillGaps().missing());
    }

    /** Ranks every role's related roles now, on all cores, rather than one by one while pages are planned. */
    public CareerGraph rankAll() {
        guide.roles().parallelStream().forEach(role -> related(role.role()));
        return this;
    }

    public static CareerGraph of(LinkedGuide guide) {
        return new CareerGraph(guide);
    }

    public LinkedGuide guide() {
        return guide;
    }

    /** The roles whose progression names {@code role}. */
    public List<Incoming> comesFrom(Role role) {
        return reverse.to(role);
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
        // Asked for when a page is planned (its inputs) and again when it is rendered.
        return relatedBySlug.computeIfAbsent(role.slug(), slug -> related.of(role));
    }

    /** The roles that list a skill (any spelling) among their top skills. */
    public List<Role> needingSkill(String name) {
        return topSkills.find(name).map(Term::roles).orElse(List.of());
    }

    /** The roles that list a skill (any spelling) as often missing. */
    public List<Role> missingSkill(String name) {
        return missingSkills.find(name).map(Term::roles).orElse(List.of());
    }
}
