package org.careerguide.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.careerguide.model.Role;
import org.careerguide.testing.LinkedFixtures;
import org.careerguide.testing.MinimalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a linked role says about where it leads. */
class LinkedRoleTest {

    @TempDir
    Path dir;

    @Test
    void progressionTargetsAreTheResolvedLeadsToThenTransitionsInTheAuthorsOrder() {
        Path project = MinimalSite.with(dir,
                "analyst", MinimalSite.role("Analyst") + "progression:\n"
                        + "  leads_to: [Lead, Nobody, analyst]\n  transitions: [Engineer, lead]\n",
                "lead", MinimalSite.role("Lead"),
                "engineer", MinimalSite.role("Engineer"));
        LinkedRole analyst = LinkedFixtures.link(project).bySlug().get("analyst");
        // Unresolved names are left out; a role named twice (or itself) is kept: callers decide.
        assertEquals(List.of("lead", "analyst", "engineer", "lead"),
                analyst.progressionTargets().stream().map(Role::slug).toList());
    }

    @Test
    void aRoleWithoutProgressionLeadsNowhere() {
        Path project = MinimalSite.with(dir, "lead", MinimalSite.role("Lead"), "analyst", MinimalSite.role("Analyst"));
        assertEquals(List.of(), LinkedFixtures.link(project).bySlug().get("lead").progressionTargets());
    }
}
