package org.careerguide.link;

import java.util.List;
import org.careerguide.model.Role;

/**
 * A role related to another, with what they share: the reason shown next to it.
 *
 * @param role          the related role
 * @param sharedSkills  top skills both roles list
 * @param sharedSectors hiring sectors both roles list
 * @param sameFamily    whether both belong to the same family
 * @param similarity    the ranking's cosine similarity of rarity-weighted terms, 0 to 1
 * @param rarestSkills  up to two shared skills, rarest in the guide first, named as the skill pages name them
 */
public record Related(Role role, int sharedSkills, int sharedSectors, boolean sameFamily, double similarity,
                      List<String> rarestSkills) {

    public Related {
        rarestSkills = List.copyOf(rarestSkills);
    }
}
