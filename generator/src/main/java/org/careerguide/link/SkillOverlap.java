package org.careerguide.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.text.TermKey;

/**
 * How ready one role is for another: which of the next role's top skills it already lists and
 * which are still to learn, matched case- and spacing-insensitively, in the next role's order.
 */
public record SkillOverlap(List<Text> shared, List<Text> toLearn) {

    public SkillOverlap {
        shared = List.copyOf(shared);
        toLearn = List.copyOf(toLearn);
    }

    public static SkillOverlap between(Role from, Role to) {
        return between(skillKeys(from), to);
    }

    /** The keys of {@code role}'s top skills, to compare it with several next roles at the cost of one. */
    public static Set<String> skillKeys(Role role) {
        Set<String> keys = new HashSet<>();
        role.skills().forEach(skill -> keys.add(TermKey.of(skill.value())));
        return keys;
    }

    /** How ready a role whose top skills have the keys {@code has} (see {@link #skillKeys}) is for {@code to}. */
    public static SkillOverlap between(Set<String> has, Role to) {
        Set<String> seen = new HashSet<>();
        List<Text> shared = new ArrayList<>();
        List<Text> toLearn = new ArrayList<>();
        for (Text skill : to.skills()) {
            String key = TermKey.of(skill.value());
            if (seen.add(key)) {
                (has.contains(key) ? shared : toLearn).add(skill);
            }
        }
        return new SkillOverlap(shared, toLearn);
    }

    /** How many distinct top skills the next role names. */
    public int total() {
        return shared.size() + toLearn.size();
    }
}
