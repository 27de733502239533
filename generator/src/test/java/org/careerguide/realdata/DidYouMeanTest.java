package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.careerguide.text.DidYouMean;
import org.junit.jupiter.api.Test;

/** Item 7: "did you mean" only when the suggestion is genuinely close. */
class DidYouMeanTest {

    /** Titles of real O*NET occupations, the candidates the misleading suggestions came from. */
    private static final List<String> TITLES = List.of("Animal Scientists", "Landscape Architects",
            "Software Developers", "Data Scientists", "Database Architects", "Marine Engineers and Naval Architects",
            "Computer Systems Analysts", "Registered Nurses", "Nurse Practitioners", "Financial Managers",
            "Web Developers", "Biochemists and Biophysicists", "Statisticians", "Actuaries");

    @Test
    void misleadingPairsAreNotSuggested() {
        List<String> others = TITLES.stream().filter(t -> !t.equals("Data Scientists")
                && !t.equals("Database Architects")).toList();
        assertEquals(Optional.empty(), DidYouMean.closest("Data Scientists", others));
        assertEquals(Optional.empty(), DidYouMean.closest("Database Architects", others));
        assertEquals(Optional.empty(), DidYouMean.closest("Data Architects", others));
        assertEquals(Optional.empty(), DidYouMean.closest("Nurse Anesthetists", TITLES));
        assertEquals(Optional.empty(), DidYouMean.closest("Web Designers", TITLES));
        assertEquals(Optional.empty(), DidYouMean.closest("Actors", TITLES));
        assertEquals(Optional.empty(), DidYouMean.closest("/roles/security-architects/",
                List.of("/roles/cloud-architect/")));
    }

    @Test
    void realTyposAreSuggested() {
        assertEquals(Optional.of("Software Developers"), DidYouMean.closest("Sofware Developers", TITLES));
        assertEquals(Optional.of("Software Developers"), DidYouMean.closest("software developer", TITLES));
        assertEquals(Optional.of("Data Scientists"), DidYouMean.closest("Data Scientsts", TITLES));
        assertEquals(Optional.of("Registered Nurses"), DidYouMean.closest("Registred Nurses", TITLES));
        assertEquals(Optional.of("Statisticians"), DidYouMean.closest("Statistcians", TITLES));
        assertEquals(Optional.of("Computer Systems Analysts"), DidYouMean.closest("Computer System Analysts", TITLES));
        assertEquals(Optional.of("Actuaries"), DidYouMean.closest("Acturaies", TITLES), "a swap is one edit");
        List<String> keys = List.of("title", "summary", "responsibilities", "skills", "next_steps", "leads_to");
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", keys));
        assertEquals(Optional.of("summary"), DidYouMean.closest("sumary", keys));
        assertEquals(Optional.of("responsibilities"), DidYouMean.closest("responsiblities", keys));
        assertEquals(Optional.of("next_steps"), DidYouMean.closest("next-steps", keys));
        assertEquals(Optional.of("leads_to"), DidYouMean.closest("lead_to", keys));
        assertEquals(Optional.empty(), DidYouMean.closest("salary", keys));
    }

    @Test
    void aliasesAreConsideredAndNamedWithTheirRole() {
        java.util.Map<String, String> names = new java.util.TreeMap<>(java.util.Map.of(
                "Software Developers", "Software Developers", "Software Engineer", "Software Developers",
                "Animal Scientists", "Animal Scientists"));
        assertEquals(" (did you mean 'Software Engineer', a title of 'Software Developers'?)",
                DidYouMean.hint("Sofware Engineer", names, found -> names.get(found).equals(found) ? ""
                        : ", a title of '" + names.get(found) + "'"));
    }
}
