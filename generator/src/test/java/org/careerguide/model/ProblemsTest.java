package org.careerguide.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How problems are positioned, ordered, printed, collected and tuned. */
class ProblemsTest {

    private static SourcePosition at(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    @Test
    void positionsOrderByFileLineAndColumnAndAWholeFilePrintsAsItsPath() {
        List<SourcePosition> sorted = List.of(at("b.yaml", 1, 1), at("a.yaml", 2, 1), SourcePosition.ofFile("a.yaml"),
                at("a.yaml", 1, 9), at("a.yaml", 1, 2)).stream().sorted().toList();
        assertEquals(List.of("a.yaml", "a.yaml:1:2", "a.yaml:1:9", "a.yaml:2:1", "b.yaml:1:1"),
                sorted.stream().map(SourcePosition::toString).toList());
    }

    @Test
    void problemsPrintAsCompilersDoWithATunableKindInBrackets() {
        assertEquals("roles/r.yaml:3:5: error: unknown key 'x'", Problem.error(at("roles/r.yaml", 3, 5),
                "unknown key 'x'").toString());
        Problem orphan = Problem.warning(at("roles/r.yaml", 1, 1), CheckKind.ORPHAN, "orphan role");
        assertEquals("roles/r.yaml:1:1: warning: orphan role [orphan]", orphan.toString());
        assertEquals("roles/r.yaml:1:1: error: orphan role [orphan]", orphan.as(Severity.ERROR).toString(),
                "a warning turned into an error keeps its kind");
    }

    @Test
    void theSameProblemFoundTwiceIsReportedOnceAndAllComeSorted() {
        Problems problems = new Problems();
        problems.warning(at("b.yaml", 1, 1), "late");
        problems.error(at("a.yaml", 5, 1), "bad");
        problems.error(at("a.yaml", 5, 1), "bad");
        problems.warning(at("a.yaml", 5, 1), "also here");
        assertEquals(List.of("a.yaml:5:1: error: bad", "a.yaml:5:1: warning: also here", "b.yaml:1:1: warning: late"),
                problems.sorted().stream().map(Problem::toString).toList());
        assertTrue(problems.hasErrors());
        assertEquals(1, problems.errorCount());
    }

    @Test
    void aPolicyAppliesToProblemsReportedBeforeAndAfterIt() {
        Problems problems = new Problems();
        problems.warning(at("a.yaml", 1, 1), CheckKind.ORPHAN, "orphan role");
        problems.warning(at("a.yaml", 2, 1), CheckKind.CYCLE, "cycle");
        // Orphans off, cycles errors: what site.yaml's checks: does.
        problems.tune(problem -> problem.kind().equals("orphan") ? Optional.empty()
                : Optional.of(problem.kind().equals("cycle") ? problem.as(Severity.ERROR) : problem));
        problems.warning(at("a.yaml", 3, 1), CheckKind.ORPHAN, "orphan role");
        problems.warning(at("a.yaml", 4, 1), "plain");
        assertEquals(List.of("a.yaml:2:1: error: cycle [cycle]", "a.yaml:4:1: warning: plain"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void checkKindsAreWrittenInLowerCaseWithUnderscores() {
        for (CheckKind kind : CheckKind.values()) {
            assertEquals(Optional.of(kind), CheckKind.fromKey(kind.key()));
        }
        assertEquals("spelling_variant", CheckKind.SPELLING_VARIANT.key());
        assertEquals(Optional.empty(), CheckKind.fromKey("SPELLING_VARIANT"));
        assertFalse(CheckKind.fromKey("orphans").isPresent());
    }
}
