package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Properties;
import java.util.stream.Stream;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;

/**
 * The visual check: the home, role, skill, paths and compare pages of every shipped theme (and of
 * the default theme in German), at a phone's 375 px and a desktop's 1280 px, in the light and the
 * dark scheme, rendered by headless
 * Chromium and saved as full-page screenshots under {@code target/screenshots/}
 * ({@code <theme>-<language>-<page>-<width>-<scheme>.png}) for a person to look at. Asserted: no
 * page scrolls sideways at 375 px, no page logs a console error (a missing asset, a script error),
 * the colour switch works and is remembered from page to page, and a role page prints on one or
 * two pages.
 */
@Timeout(600)
class VisualCheckTest extends ExampleSiteInBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<Integer> WIDTHS = List.of(375, 1280);
    private static final List<String> SCHEMES = List.of("light", "dark");
    /** The innermost elements that reach past the window's right edge, for the failure message. */
    private static final String WIDEST = "var w = document.documentElement.clientWidth;"
            + " return [].slice.call(document.querySelectorAll('body *')).filter(function (e) {"
            + " return e.getBoundingClientRect().right > w + 1 && ![].some.call(e.children, function (c) {"
            + " return c.getBoundingClientRect().right > w + 1; }); }).slice(0, 3).map(function (e) {"
            + " return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.textContent.slice(0, 40); })"
            + ".join('; ');";
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @BeforeAll
    static void makeScreenshotFolder() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    /** The pages looked at, by short name: the largest role and skill page (the hardest to lay out). */
    private static Map<String, String> pages(Path site) {
        List<String> all = ExampleSite.htmlPages(site);
        Map<String, String> largest = PageKinds.representatives(all, page -> site.resolve(page).toFile().length());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("role", largest.get("roles/*"));
        pages.put("skill", largest.get("skills/*"));
        pages.put("paths", "paths/index.html");
        // The compare page with two roles chosen, so that its script draws them (in the page's language).
        String other = PageKinds.byKind(all).get("roles/*").stream().filter(page -> !page.equals(pages.get("role")))
                .findFirst().orElseThrow();
        pages.put("compare", "compare/index.html?r=" + slug(pages.get("role")) + "&r=" + slug(other));
        return pages;
    }

    /** {@code roles/<slug>/index.html}: the slug. */
    private static String slug(String rolePage) {
        return rolePage.split("/")[1];
    }

    private static void emulate(int width, String scheme) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 600));
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A screenshot of the whole page, not only the window. */
    private static void screenshot(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Test
    void everyThemeLooksRightOnPhonesAndDesktopsInBothSchemes() throws IOException {
        List<String> failures = new ArrayList<>();
        int shots = 0;
        for (String variant : ExampleSite.VARIANTS) {
            Path site = ExampleSite.variant(variant);
            // Screenshot names: <theme>-<language>-<page>-<width>-<scheme>.png
            String edition = variant.equals("de") ? "default-de" : variant.endsWith("-de") ? variant : variant + "-en";
            serve(site);
            for (Map.Entry<String, String> page : pages(site).entrySet()) {
                for (int width : WIDTHS) {
                    for (String scheme : SCHEMES) {
                        emulate(width, scheme);
                        consoleErrors();
                        browser.get(server.baseUrl() + page.getValue());
                        if (page.getKey().equals("compare")) {
                            new WebDriverWait(browser, Duration.ofSeconds(10))
                                    .until(driver -> !driver.findElements(By.id("progression-table")).isEmpty());
                            if (edition.endsWith("-de")) {
                                englishIn(browser.findElement(By.id("compare")).getText())
                                        .forEach(text -> failures.add(edition + " compare: English text \"" + text + "\""));
                            }
                        }
                        String view = edition + "-" + page.getKey() + "-" + width + "-" + scheme;
                        screenshot(SCREENSHOTS.resolve(view + ".png"));
                        shots++;
                        consoleErrors().forEach(error -> failures.add(view + ": console error: " + error));
                        Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth"
                                + " - document.documentElement.clientWidth;");
                        if (width == 375 && overflow.intValue() > 0) {
                            failures.add(view + ": scrolls sideways by " + overflow + " px, past the edge: "
                                    + browser.executeScript(WIDEST));
                        }
                    }
                }
            }
        }
        System.out.println("Visual check: " + shots + " screenshots in " + SCREENSHOTS.toAbsolutePath());
        assertEquals(List.of(), failures, () -> String.join("\n", failures));
    }

    /**
     * The English texts of the compare script (from the English bundle, placeholders cut out) that
     * appear in {@code text}: none may, on a page in German.
     */
    private static List<String> englishIn(String text) throws IOException {
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(TestSites.repoRoot()
                .resolve("themes/default/messages/messages_en.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        return english.stringPropertyNames().stream().filter(key -> key.startsWith("compare.js."))
                .flatMap(key -> Stream.of(english.getProperty(key).split("\\{\\d\\}")))
                .map(String::strip).filter(part -> part.contains(" ") && text.contains(part)).toList();
    }

    @Test
    void theColourChoiceOverridesTheSystemAndIsRemembered() throws IOException {
        serve(ExampleSite.output());
        emulate(1280, "light");
        browser.get(server.baseUrl() + "index.html");
        assertEquals("rgb(255, 255, 255)", background(), "follows the light system setting");
        emulate(1280, "dark");
        String dark = background();
        assertEquals("rgb(21, 24, 29)", dark, "follows the dark system setting");
        choose("light");
        assertEquals("rgb(255, 255, 255)", background(), "Light chosen on a dark system");
        browser.get(server.baseUrl() + "paths/index.html");
        assertEquals("rgb(255, 255, 255)", background(), "the choice is remembered on the next page");
        assertTrue(browser.findElement(By.cssSelector("[name=scheme][value=light]")).isSelected());
        emulate(1280, "light");
        choose("dark");
        assertEquals(dark, background(), "Dark chosen on a light system");
        browser.get(server.baseUrl() + "index.html");
        assertEquals(dark, background());
        browser.executeScript("localStorage.clear();");
    }

    /** Clicks the label of a colour choice, as a reader does (the radio itself is visually hidden). */
    private static void choose(String scheme) {
        browser.findElement(By.xpath("//input[@name='scheme'][@value='" + scheme + "']/..")).click();
    }

    private static String background() {
        return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void everyRolePagePrintsOnOneOrTwoPages() throws IOException {
        Path site = ExampleSite.output();
        List<String> failures = new ArrayList<>();
        serve(site);
        emulate(1280, "dark");
        for (String page : PageKinds.byKind(ExampleSite.htmlPages(site)).get("roles/*")) {
            browser.get(server.baseUrl() + page);
            byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
            Matcher pages = PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
            int count = 0;
            while (pages.find()) {
                count++;
            }
            boolean tooLong = count < 1 || count > 2;
            if (tooLong || page.equals(pages(site).get("role"))) {
                // The print layout as one long picture, for a person to look at.
                String name = "default-en-" + (tooLong ? page.split("/")[1] : "role") + "-print";
                Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
                emulate(720, "light");
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                screenshot(SCREENSHOTS.resolve(name + ".png"));
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                emulate(1280, "dark");
            }
            if (tooLong) {
                failures.add(page + " prints on " + count + " pages");
            }
        }
        assertEquals(List.of(), failures);
    }
}
