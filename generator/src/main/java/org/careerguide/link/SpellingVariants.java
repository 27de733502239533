package org.careerguide.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Finds skill, employer and sector names that differ only in case or spacing ("Systems design" and
 * "Systems Design"). They are merged into one page (see {@link Taxonomy}); each later spelling is
 * reported as a warning naming the first, so authors can settle on one.
 */
final class SpellingVariants {

    private SpellingVariants() {
    }

    static void report(List<Role> roles, Problems problems) {
        check(roles, "skill", role -> Stream.concat(role.skills().stream(), role.skillGaps().missing().stream())
                .toList(), problems);
        check(roles, "employer", role -> role.hiring().employers(), problems);
        check(roles, "sector", role -> role.hiring().sectors(), problems);
    }

    private static void check(List<Role> roles, String kind, Function<Role, List<Text>> names, Problems problems) {
        Map<String, Text> first = new HashMap<>();
        for (Role role : roles) {
            for (Text name : names.apply(role)) {
                Text earlier = first.putIfAbsent(TermKey.of(name.value()), name);
                if (earlier != null && !earlier.value().equals(name.value())) {
                    problems.warning(name.position(), kind + " '" + name.value() + "' differs only in case or spacing"
                            + " from '" + earlier.value() + "' at " + earlier.position() + "; both are shown as one "
                            + kind + ": write it the same way in both places");
                }
            }
        }
    }
}
