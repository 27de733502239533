package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeatable measurement, not a timing assertion: the time from saving a role's YAML to the
 * reload event reaching an open page, over 20 edits of the example guide, printed as median and
 * worst. Each edit must still show up on the page (that is what is asserted). It includes the
 * debounce ({@link ServeOptions#DEFAULT_DEBOUNCE}) and the file watcher's latency.
 */
class SaveToReloadMeasurementTest {

    private static final int EDITS = 20;

    @TempDir
    Path temp;

    @Test
    void measureSaveToReload() throws Exception {
        Path project = TestSites.copyTree(TestSites.exampleContent(), temp.resolve("content"));
        Path role = project.resolve("roles/security-architect.yaml");
        String original = java.nio.file.Files.readString(role);
        List<Long> micros = new ArrayList<>();
        List<Long> rebuildMicros = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewSession session = PreviewSession.start(GeneratorOptions.builder(project).build(),
                ServeOptions.onPort(0), result -> rebuildMicros.add(result.duration().toNanos() / 1000));
             PreviewClient browser = new PreviewClient(session.port())) {
            browser.listen();
            long generation = browser.awaitReloadAfter(0, Duration.ofSeconds(5));
            for (int i = 0; i < EDITS; i++) {
                String summary = "Edit number " + i + " of the summary.";
                String edited = original.replaceFirst("(?s)summary: >-\\n.*?\\n(?=[a-z_]+:)",
                        "summary: " + summary + "\n");
                long start = System.nanoTime();
                TestSites.write(role, edited);
                generation = browser.awaitReloadAfter(generation, Duration.ofSeconds(5));
                micros.add((System.nanoTime() - start) / 1000);
                assertEquals(summary, browser.page("roles/security-architect/").selectFirst(".lede").text());
            }
        }
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "save-to-reload over %d edits of the example guide: median %.1f ms,"
                        + " min %.1f ms, max %.1f ms (debounce %d ms)%n", EDITS, sorted.get(EDITS / 2) / 1000.0,
                sorted.get(0) / 1000.0, sorted.get(EDITS - 1) / 1000.0, ServeOptions.DEFAULT_DEBOUNCE.toMillis());
        List<Long> rebuilds = rebuildMicros.subList(1, rebuildMicros.size()).stream().sorted().toList();
        System.out.printf(Locale.ROOT, "incremental rebuild (load + link + plan all, render affected pages):"
                + " median %.1f ms over %d rebuilds%n", rebuilds.get(rebuilds.size() / 2) / 1000.0, rebuilds.size());
    }
}
