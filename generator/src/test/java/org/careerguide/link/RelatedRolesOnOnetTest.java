package org.careerguide.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.testing.LinkedFixtures;
import org.careerguide.testing.OnetGuide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related roles measured on real data: the 923 O*NET occupations, whose family is their SOC major
 * group. The share of related roles in the role's own major group says whether the ranking finds
 * kindred work or just the roles with the most (common) skills; the figures and a list of roles
 * to look at by hand are printed. The family counts in the score, so the share is also reported
 * over skills alone (ranking as if no role had a family), which the family cannot inflate.
 */
class RelatedRolesOnOnetTest {

    /** Roles whose related roles the test output lists for a reader to judge. */
    static final List<String> HAND_CHECKED = List.of("chief-executives", "registered-nurses", "software-developers",
            "data-scientists", "electricians", "pharmacists", "elementary-school-teachers-except-special-education",
            "accountants-and-auditors", "heavy-and-tractor-trailer-truck-drivers", "chefs-and-head-cooks");

    @TempDir
    Path dir;

    @Test
    void mostRelatedRolesShareTheSocMajorGroup() throws Exception {
        Optional<Path> data = OnetGuide.dataDir();
        if (data.isEmpty()) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "O*NET data missing under CI");
            Assumptions.abort("no O*NET data beside the repository (shared/onet); skipped");
        }
        Path project = dir.resolve("onet");
        new OnetGuide(data.get()).write(project, OnetGuide.Options.legacy());
        LinkedGuide guide = LinkedFixtures.link(project);
        List<Role> roles = guide.guide().roles();

        double share = share(roles, RelatedRoles.of(roles, guide.skills(), guide.sectors(), guide.families()));
        double skillsOnly = share(roles, RelatedRoles.of(roles, guide.skills(), guide.sectors(),
                Taxonomy.of(roles, role -> List.of())));
        System.out.printf("Related roles in the same SOC major group: %.1f%% (skills and sectors alone: %.1f%%)%n",
                100 * share, 100 * skillsOnly);

        RelatedRoles related = RelatedRoles.of(roles, guide.skills(), guide.sectors(), guide.families());
        for (String slug : HAND_CHECKED) {
            Role role = guide.role(slug).orElseThrow(() -> new AssertionError(slug)).role();
            System.out.println("  " + role.title().value() + " => " + related.of(role).stream()
                    .map(r -> r.role().title().value() + " " + String.format("%.2f", r.similarity()) + " " + r.rarestSkills() + "/" + r.sharedSkills()).toList());
        }
        assertEquals(RelatedRoles.LIMIT, related.of(guide.role("software-developers").orElseThrow().role()).size());
        assertTrue(share > 0.5, "share " + share);
    }

    /** The share of all shown related roles whose family is the role's own. */
    private static double share(List<Role> roles, RelatedRoles related) {
        int same = 0;
        int all = 0;
        for (Role role : roles) {
            for (Related other : related.of(role)) {
                all++;
                same += familyOf(other.role()).equals(familyOf(role)) ? 1 : 0;
            }
        }
        return (double) same / all;
    }

    private static String familyOf(Role role) {
        return role.family().map(Text::value).orElse("");
    }
}
