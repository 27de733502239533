package org.careerguide.link;

import org.careerguide.model.Role;

/**
 * A role related to another, with what they share: the reason shown next to it.
 *
 * @param role          the related role
 * @param sharedSkills  top skills both roles list
 * @param sharedSectors hiring sectors both roles list
 * @param sameFamily    whether both belong to the same family
 */
public record Related(Role role, int sharedSkills, int sharedSectors, boolean sameFamily) {

    public static final int SKILL_WEIGHT = 3;
    public static final int SECTOR_WEIGHT = 1;
    public static final int FAMILY_WEIGHT = 2;

    /** The weight the ranking uses: a shared skill says more than a shared family, a family more than a sector. */
    public int score() {
        return score(sharedSkills, sharedSectors, sameFamily);
    }

    static int score(int sharedSkills, int sharedSectors, boolean sameFamily) {
        return SKILL_WEIGHT * sharedSkills + SECTOR_WEIGHT * sharedSectors + (sameFamily ? FAMILY_WEIGHT : 0);
    }
}
