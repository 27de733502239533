package org.careerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problem;
import org.careerguide.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** How problems are capped per kind when printed. */
class ProblemListingTest {

    private static SourcePosition at(int line) {
        return new SourcePosition("roles/r.yaml", line, 1);
    }

    @Test
    void aTunableWarningsKindIsItsCheckKindWhateverItsWording() {
        List<Problem> problems = List.of(
                Problem.warning(at(1), CheckKind.SPELLING_VARIANT, "'SQL' and 'Sql' name one skill"),
                Problem.warning(at(2), CheckKind.SPELLING_VARIANT, "employers written two ways: 'Acme' and 'ACME'"),
                Problem.warning(at(3), CheckKind.SPELLING_VARIANT, "'Data' and 'data' name one sector"));
        List<String> lines = ProblemListing.lines(problems, 1, "--all").stream().map(ProblemListing.Line::text).toList();
        assertEquals(List.of(problems.get(0).toString(),
                "… and 2 more warnings like this: employers written two ways (--all lists them all)"), lines);
    }

    @Test
    void problemsWithoutAKindAreGroupedByTheShapeOfTheirMessage() {
        List<Problem> problems = List.of(
                Problem.error(at(1), "unknown key 'titel' in a role file (did you mean 'title'?)"),
                Problem.error(at(2), "unknown key 'sumary' in a role file (did you mean 'summary'?)"),
                Problem.error(at(3), "template syntax: unclosed tag"));
        List<String> lines = ProblemListing.lines(problems, 1, "--all").stream().map(ProblemListing.Line::text).toList();
        assertEquals(List.of(problems.get(0).toString(), problems.get(2).toString(),
                "… and 1 more error like this: unknown key '…' in a role file (--all lists them all)"), lines);
    }
}
