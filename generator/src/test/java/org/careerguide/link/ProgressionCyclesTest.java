package org.careerguide.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.testing.LinkedFixtures;
import org.careerguide.testing.MinimalSite;
import org.careerguide.text.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progression cycles: one warning per group of roles that lead back to each other, of bounded length. */
class ProgressionCyclesTest {

    private static final Pattern MORE = Pattern.compile(" … and ([0-9,]+) more");

    @TempDir
    Path dir;

    /** Roles r0..r(n-1); {@code leadsTo[i]} lists the indexes role i leads to. */
    private List<String> cycleWarnings(int[]... leadsTo) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < leadsTo.length; i++) {
            StringBuilder yaml = new StringBuilder(MinimalSite.role("Role " + i));
            if (leadsTo[i].length > 0) {
                yaml.append("progression:\n  leads_to: [");
                for (int e = 0; e < leadsTo[i].length; e++) {
                    yaml.append(e == 0 ? "" : ", ").append('r').append(leadsTo[i][e]);
                }
                yaml.append("]\n");
            }
            files.add(String.format("r%05d", i));
            files.add(yaml.toString());
        }
        // Slugs are zero-padded so file order is index order; the names in leads_to are titles' slugs.
        for (int i = 1; i < files.size(); i += 2) {
            files.set(i, files.get(i).replaceAll("\\br(\\d+)\\b", "Role $1"));
        }
        Path project = MinimalSite.with(dir, files.toArray(String[]::new));
        Problems problems = new Problems();
        new GuideChecks(LocalDate.of(2026, 11, 27)).report(LinkedFixtures.link(project), problems);
        return problems.sorted().stream().filter(p -> p.message().startsWith("progression cycle"))
                .map(Problem::toString).toList();
    }

    private static int[] to(int... targets) {
        return targets;
    }

    @Test
    void ringOfThreeIsOneWarningAtTheEntryThatClosesIt() {
        List<String> warnings = cycleWarnings(to(1), to(2), to(0));
        assertEquals(List.of("guide/roles/r00002.yaml:4:14: warning: progression cycle: Role 0 -> Role 1 -> Role 2"
                + " -> Role 0; leads_to should point to later career steps only [cycle]"), warnings);
    }

    @Test
    void componentWithManyCyclesShowsAShortestOneAndItsSize() {
        // 0 -> 1 -> 2 -> 3 -> 0 and the shortcut 1 -> 0: four roles lead to each other, shortest cycle 0 -> 1 -> 0.
        List<String> warnings = cycleWarnings(to(1), to(2, 0), to(3), to(0), to());
        assertEquals(List.of("guide/roles/r00001.yaml:4:22: warning: progression cycle: Role 0 -> Role 1 -> Role 0"
                + " (one of the cycles among 4 roles that lead to each other); leads_to should point to later career"
                + " steps only [cycle]"), warnings);
    }

    @Test
    void separateCyclesAreSeparateWarningsAndChainsAreNone() {
        List<String> warnings = cycleWarnings(to(1), to(0), to(3), to(4), to(2), to(6), to(7), to());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("Role 0 -> Role 1 -> Role 0"), warnings.get(0));
        assertTrue(warnings.get(1).contains("Role 2 -> Role 3 -> Role 4 -> Role 2"), warnings.get(1));
    }

    @Test
    void hugeCycleIsOneLineOfAtMost300CharactersCountingTheRest() {
        int size = 3000;
        int[][] leadsTo = new int[size][];
        for (int i = 0; i < size; i++) {
            // A ring plus a second edge each: many cycles, one component, a shortest cycle as long as the ring.
            leadsTo[i] = to((i + 1) % size, (i + 2) % size);
        }
        List<String> warnings = cycleWarnings(leadsTo);
        assertEquals(1, warnings.size());
        String line = warnings.get(0);
        assertTrue(line.length() <= ProgressionCycles.MAX_LINE, line.length() + ": " + line);
        assertTrue(line.contains("progression cycle: Role 0 -> Role 2 -> Role 4 -> "), line);
        Matcher more = MORE.matcher(line);
        assertTrue(more.find(), line);
        int shown = line.substring(line.indexOf(": progression cycle: "), more.start()).split(" -> ").length;
        // The shortest cycle through Role 0 takes every other role: 1,500 steps, 1,501 names with the return.
        assertEquals(1501, shown + Integer.parseInt(more.group(1).replace(",", "")), line);
        assertTrue(line.endsWith("(one of the cycles among 3,000 roles that lead to each other); leads_to should point"
                + " to later career steps only [cycle]"), line);
    }
}
