package org.careerguide.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.testing.LinkedFixtures;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph computations on the small fixture site {@code sites/graph}. */
class CareerGraphTest {

    @TempDir
    static Path temp;
    static LinkedGuide guide;
    static CareerGraph graph;

    @BeforeAll
    static void link() {
        guide = LinkedFixtures.link(TestSites.copyFixture("graph", temp));
        graph = CareerGraph.of(guide);
    }

    private static Role role(String slug) {
        return guide.role(slug).orElseThrow().role();
    }

    private static List<String> titles(List<Role> roles) {
        return roles.stream().map(role -> role.title().value()).toList();
    }

    @Test
    void reverseLinksNameEverySourceOnceWithHowItNamesTheRole() {
        List<Incoming> toEngineer = graph.comesFrom(role("engineer"));
        assertEquals(List.of("Analyst", "Lead Engineer"),
                toEngineer.stream().map(incoming -> incoming.from().title().value()).toList());
        assertEquals(List.of(false, true), toEngineer.stream().map(Incoming::leadsTo).toList());
        assertEquals(List.of("Senior Analyst"), titles(graph.comesFrom(role("analyst")).stream()
                .map(Incoming::from).toList()));
    }

    @Test
    void aRoleNamingItselfDoesNotComeFromItself() {
        assertEquals(List.of("Engineer"), titles(graph.comesFrom(role("lead-engineer")).stream()
                .map(Incoming::from).toList()));
    }

    @Test
    void overlapCountsTheNextRolesTopSkillsInAnySpelling() {
        SkillOverlap overlap = SkillOverlap.between(role("analyst"), role("senior-analyst"));
        assertEquals(5, overlap.total());
        assertEquals(List.of("sql", "Statistics", "Python"), overlap.shared().stream().map(Text::value).toList());
        assertEquals(List.of("Machine Learning", "Leadership"),
                overlap.toLearn().stream().map(Text::value).toList());
    }

    @Test
    void overlapWithARoleWithoutSkillsIsEmpty() {
        SkillOverlap overlap = SkillOverlap.between(role("analyst"), role("analyst"));
        assertEquals(3, overlap.shared().size());
        assertTrue(overlap.toLearn().isEmpty());
        assertEquals(0, SkillOverlap.between(role("engineer"), role("beta-scientist")).shared().size());
    }

    @Test
    void relatedRolesAreRankedByRarityWeightedSimilarityThenSlugAndCappedAtFive() {
        List<Related> related = graph.related(role("analyst"));
        // Lead Engineer shares only Python, Alpha Scientist only Statistics: Python (4 of 7 roles) is
        // the rarer, so it says more. The three identical scientists tie; slug order decides.
        assertEquals(List.of("Senior Analyst", "Engineer", "Lead Engineer", "Alpha Scientist", "Beta Scientist"),
                titles(related.stream().map(Related::role).toList()));
        Related senior = related.get(0);
        assertEquals(3, senior.sharedSkills());
        assertEquals(1, senior.sharedSectors());
        assertTrue(senior.sameFamily(), "Data and data are one family");
        assertTrue(senior.similarity() > related.get(1).similarity());
        assertEquals(List.of("SQL", "Python"), senior.rarestSkills(),
                "the rarest shared skills first, named as their skill pages name them");
        Related engineer = related.get(1);
        assertEquals(List.of(2, 1, false), List.of(engineer.sharedSkills(), engineer.sharedSectors(),
                engineer.sameFamily()));
    }

    @Test
    void relatedRolesNeverIncludeTheRoleItselfOrRolesSharingNothing() {
        List<String> related = titles(graph.related(role("lead-engineer")).stream().map(Related::role).toList());
        assertFalse(related.contains("Lead Engineer"));
        assertEquals(List.of("Engineer", "Senior Analyst", "Analyst"), related);
    }

    @Test
    void namesDifferingOnlyInCaseAreOneTermShownInTheMostCommonSpelling() {
        Term sql = guide.skills().find("  sQL ").orElseThrow();
        assertEquals("SQL", sql.name());
        assertEquals("sql", sql.slug());
        assertEquals(List.of("Analyst", "Engineer", "Senior Analyst"), titles(sql.roles().stream()
                .sorted(java.util.Comparator.comparing(r -> r.title().value())).toList()));
        assertEquals(1, guide.employers().terms().size(), "Acme and acme are one employer");
        assertEquals(2, guide.families().terms().size(), "Data/data and Engineering");
    }

    @Test
    void skillsKnowWhichRolesNeedThemAndWhichOftenMissThem() {
        assertEquals(List.of("Senior Analyst"), titles(graph.needingSkill("machine learning")));
        assertEquals(List.of("Analyst"), titles(graph.missingSkill("Machine Learning")));
        assertEquals(List.of(), graph.missingSkill("SQL"));
    }

    @Test
    void neighbourhoodWalksPromotionsTwoStepsKeepsTransitionsApartAndStopsAtCycles() {
        Neighbourhood around = graph.neighbourhood(guide.role("analyst").orElseThrow(), 9, 6);
        assertEquals(List.of("Senior Analyst"), titles(around.leadsTo()));
        assertEquals(List.of("Engineer"), titles(around.transitions()));
        assertEquals(List.of(), titles(around.comesFrom()), "a two-way move is drawn once, with both arrows");
        assertEquals(List.of(), titles(around.twoOn()), "Senior Analyst's way back is not repeated");
        Neighbourhood engineer = graph.neighbourhood(guide.role("engineer").orElseThrow(), 9, 6);
        assertEquals(List.of("Lead Engineer"), titles(engineer.leadsTo()));
        assertEquals(List.of("Analyst"), titles(engineer.transitions()), "transitions naming the role count too");
        assertEquals(List.of(), titles(engineer.twoOn()), "a transition's promotions are not steps of this role");
        Neighbourhood lead = graph.neighbourhood(guide.role("lead-engineer").orElseThrow(), 9, 6);
        assertEquals(List.of("Engineer"), titles(lead.leadsTo()));
        assertEquals(List.of(), titles(lead.transitions()), "a role is not its own transition");
        assertEquals(List.of(), titles(graph.neighbourhood(guide.role("analyst").orElseThrow(), 0, 0).leadsTo()),
                "bands stop at the limit");
        assertEquals(List.of("Senior Analyst", "Analyst"),
                titles(graph.neighbourhood(guide.role("senior-analyst").orElseThrow(), 9, 6).all()), "the role first");
    }

    @Test
    void levelsStartAtRolesNothingLeadsToAndBreakCycles() {
        assertEquals(1, graph.level(role("beta-scientist")));
        assertEquals(1, graph.level(role("analyst")), "a cycle starts its own ladder at its first role");
        assertEquals(2, graph.level(role("senior-analyst")));
        assertEquals(1, graph.level(role("engineer")));
        assertEquals(2, graph.level(role("lead-engineer")));
    }
}
