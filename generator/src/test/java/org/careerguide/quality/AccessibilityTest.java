package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.Dimension;

/**
 * Gate 2: axe-core finds no WCAG 2.2 A/AA violation on one page of every kind of the example site
 * (the largest of each kind), in the light and the dark colour scheme and on a small phone's
 * width. One browser session serves every page; the site is served over loopback as a static host
 * would serve it.
 */
@Timeout(180)
class AccessibilityTest extends ExampleSiteInBrowser {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    /** How each page is looked at: colour scheme and window width (a desktop, and the 320 px of WCAG's reflow). */
    private record View(String scheme, int width) {

        @Override
        public String toString() {
            return scheme + " " + width + "px";
        }
    }

    private static final List<View> VIEWS = List.of(new View("light", 1280), new View("dark", 1280),
            new View("light", 320));

    /** axe's script runs longer than Selenium's default allows on the largest pages. */
    @BeforeAll
    static void allowLongScripts() {
        if (browser != null) {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        }
    }

    private static void colorScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static Results audit(String page, String scheme) {
        browser.get(server.baseUrl() + page);
        Object dark = browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;");
        assertEquals(scheme.equals("dark"), dark, "colour scheme emulation");
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
        assertFalse(results.isErrored(), () -> "axe failed on " + page + ": " + results.getErrorMessage());
        return results;
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
        rule.getNodes().forEach(node -> text.append("\n      ").append(node.getTarget()).append(' ')
                .append(node.getHtml()));
        return text.toString();
    }

    @Test
    void axeCatchesViolationsInThisSetup() {
        colorScheme("light");
        browser.get(server.baseUrl() + "index.html");
        // Break the page in two ways axe must notice: no language, and text nearly as light as the background.
        browser.executeScript("document.documentElement.removeAttribute('lang');"
                + "document.querySelector('h1').style.color = '#f4f4f4';");
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
        List<String> ids = results.getViolations().stream().map(Rule::getId).toList();
        assertTrue(ids.contains("html-has-lang") && ids.contains("color-contrast"), ids::toString);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.careerguide.quality.ExampleSite#VARIANTS")
    void everyKindOfPageHasNoWcagViolations(String variant) throws IOException {
        serve(ExampleSite.variant(variant));
        Map<String, String> pages = PageKinds.representatives(ExampleSite.htmlPages(ExampleSite.variant(variant)),
                page -> ExampleSite.variant(variant).resolve(page).toFile().length());
        assertTrue(pages.keySet().containsAll(List.of("home", "roles/*", "404")), pages::toString);
        // The not-found page as visitors meet it: served in place of a missing page, deep in the site.
        pages.put("404 deep", "no/such/page/");
        List<String> failures = new ArrayList<>();
        System.out.println("axe-core " + WCAG_TAGS + ", " + variant + ": violations / needs review, per kind of page");
        for (View view : VIEWS) {
            colorScheme(view.scheme());
            browser.manage().window().setSize(new Dimension(view.width(), 800));
            pages.forEach((kind, page) -> {
                Results results = audit(page, view.scheme());
                System.out.printf("  %-13s %-12s %-45s %d / %d%n", view, kind, page, results.getViolations().size(),
                        results.getIncomplete().size());
                results.getIncomplete().forEach(rule -> System.out.println("      needs review: " + describe(rule)));
                results.getViolations().forEach(rule -> failures.add(view + " " + page + ": " + describe(rule)));
                // WCAG 1.4.10 Reflow: at 320 CSS px nothing may need scrolling sideways.
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (((Number) overflow).intValue() > 0) {
                    failures.add(view + " " + page + ": scrolls sideways by " + overflow + " px");
                }
            });
        }
        assertEquals(List.of(), failures, () -> String.join("\n", failures));
    }
}
