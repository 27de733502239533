package org.careerguide.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated guide large enough for every paginated page kind: {@code roles} roles that all name
 * the skill "Shared", the first {@code inFamily} of them in the family "Data", the rest in none,
 * linked in one leads_to ring so that no role is an orphan.
 */
public final class PaginatedGuide {

    private PaginatedGuide() {
    }

    /** Writes the guide project into {@code dir}/guide and returns it. */
    public static Path write(Path dir, int roles, int inFamily) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < roles; i++) {
            files.add(String.format("role-%03d", i));
            files.add(MinimalSite.role(String.format("Role %03d", i)) + "skills: [Shared]\n"
                    + (i < inFamily ? "family: Data\n" : "")
                    + "progression:\n  transitions: [role-" + String.format("%03d", (i + 1) % roles)
                    + "]\n");
        }
        return MinimalSite.with(dir, files.toArray(String[]::new));
    }
}
