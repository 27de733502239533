package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careerguide.GeneratorOptions;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview end to end, over real HTTP: an edit to a role's YAML reaches an open page as a
 * reload event and new content within 2 s; a broken edit keeps the last good page and shows the
 * error over it; fixing it removes the overlay.
 */
class LiveReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    @Test
    void editReloadsThenBrokenYamlShowsOverlayOverLastGoodPage() throws Exception {
        Path project = MinimalSite.with(temp,
                "cloud-architect", MinimalSite.role("Cloud Architect")
                        + "progression:\n  leads_to: [Principal Architect]\n",
                "principal-architect", MinimalSite.role("Principal Architect"),
                "security-architect", MinimalSite.role("Security Architect"));
        List<RebuildResult> rebuilds = new CopyOnWriteArrayList<>();
        try (PreviewSession session = PreviewSession.start(GeneratorOptions.builder(project).build(),
                ServeOptions.onPort(0), rebuilds::add);
             PreviewClient browser = new PreviewClient(session.port())) {
            browser.listen();
            long generation = browser.awaitReloadAfter(0, WITHIN);
            Document before = browser.page("roles/cloud-architect/");
            assertEquals("What a Cloud Architect does.", before.selectFirst(".lede").text());
            assertFalse(before.select("script[data-careerguide-live-reload]").isEmpty(), "script injected");

            int mark = rebuilds.size();
            TestSites.write(project.resolve("roles/cloud-architect.yaml"),
                    "title: Cloud Architect\nsummary: Designs landing zones.\n"
                            + "progression:\n  leads_to: [Principal Architect]\n");
            generation = awaitLede(browser, generation, "roles/cloud-architect/", "Designs landing zones.");
            // An editor's save can arrive as two events; every rebuild it caused stays incremental. It
            // selects the role's page and its map page, the page and map of the role it leads to (which
            // shows it under Comes From), and the pages that list every role (home, paths/, paths/other/
            // and the A–Z page roles/: these roles name no skill, employer, sector or family, so there
            // are no index pages); not the Security Architect page, the compare page nor the 404 page.
            assertIncremental(rebuilds.subList(mark, rebuilds.size()), 8);

            mark = rebuilds.size();
            TestSites.write(project.resolve("roles/principal-architect.yaml"),
                    "title: Principal Architect\nsummary: Sets technical direction.\n");
            generation = awaitLede(browser, generation, "roles/principal-architect/", "Sets technical direction.");
            // Its own page and map, the Cloud Architect page and map linking to it, and the four pages listing
            // every role.
            assertIncremental(rebuilds.subList(mark, rebuilds.size()), 8);

            TestSites.write(project.resolve("roles/cloud-architect.yaml"), "title: Cloud Architect\nsummary: [oops\n");
            generation = browser.awaitReloadAfter(generation, WITHIN);
            Document broken = browser.page("roles/cloud-architect/");
            assertEquals("Designs landing zones.", broken.selectFirst(".lede").text(), "last good page still served");
            Element overlay = broken.getElementById("careerguide-error-overlay");
            assertTrue(overlay != null, "error overlay shown");
            String error = overlay.select("li").first().text();
            assertTrue(error.matches(".*roles/cloud-architect\\.yaml:\\d+:\\d+: error: .*"), error);

            TestSites.write(project.resolve("roles/cloud-architect.yaml"), MinimalSite.role("Cloud Architect"));
            awaitLede(browser, generation, "roles/cloud-architect/", "What a Cloud Architect does.");
            Document fixed = browser.page("roles/cloud-architect/");
            assertEquals(null, fixed.getElementById("careerguide-error-overlay"));
            assertEquals("What a Cloud Architect does.", fixed.selectFirst(".lede").text());
        }
    }

    /** Waits for reload events until the page shows {@code lede}; returns the last generation seen. */
    private static long awaitLede(PreviewClient browser, long generation, String path, String lede)
            throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        long seen = generation;
        while (true) {
            seen = browser.awaitReloadAfter(seen, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (lede.equals(browser.page(path).selectFirst(".lede").text())) {
                return seen;
            }
        }
    }

    /**
     * Every rebuild was partial and rendered at most the {@code pages} an edit selects (those of them whose
     * data did not change keep their bytes: UnchangedPages), and the edit rendered something.
     */
    private static void assertIncremental(List<RebuildResult> results, int pages) {
        assertFalse(results.isEmpty(), "a rebuild ran");
        for (RebuildResult result : results) {
            assertFalse(result.full(), () -> "an edit re-renders only the affected pages: " + result);
            assertTrue(result.pagesRendered() <= pages, () -> "rendered: " + result);
        }
        assertTrue(results.stream().mapToInt(RebuildResult::pagesRendered).sum() > 0, results::toString);
    }
}
