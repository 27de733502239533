package org.careerguide.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.model.Role;

/**
 * The guide's roles ranked once by title, case ignored, so that the many lists of roles that are
 * shown by title (every term page) sort by a number each instead of by comparing titles: the same
 * order as {@link RoleModels#byTitle}, equal titles keeping their order in the list. Sorting each
 * term's roles by their titles read from all over the heap was the part of planning that grew
 * fastest at 100,000 roles.
 */
final class TitleOrder {

    /** Each role's place among the titles; roles with one title, case ignored, share it. */
    private final Map<Role, Integer> rank = new IdentityHashMap<>();

    TitleOrder(Collection<Role> roles) {
        List<Role> sorted = RoleModels.byTitle(roles);
        String previous = null;
        int place = -1;
        for (Role role : sorted) {
            String key = role.title().value().toLowerCase(java.util.Locale.ROOT);
            if (!key.equals(previous)) {
                place++;
                previous = key;
            }
            rank.put(role, place);
        }
    }

    /**
     * {@code roles} (roles of the guide this order was made of) as {@link RoleModels#byTitle} sorts
     * them: by title, case ignored, equal titles in the order given.
     */
    List<Role> sort(List<Role> roles) {
        long[] keys = new long[roles.size()];
        for (int i = 0; i < keys.length; i++) {
            Integer place = rank.get(roles.get(i));
            if (place == null) {
                return RoleModels.byTitle(roles); // not a role of the guide: compare titles
            }
            keys[i] = (long) place << 32 | i; // the position breaks ties: a stable sort
        }
        Arrays.sort(keys);
        List<Role> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(roles.get((int) key));
        }
        return List.copyOf(sorted);
    }
}
