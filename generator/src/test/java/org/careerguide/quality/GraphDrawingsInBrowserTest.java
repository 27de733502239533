package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.testing.OnetGuide;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The build-time drawings as a browser shows them, in headless Chromium: salary labels of any
 * length never overlap a bar, the figures or each other at any width from 320 px; on maps no box
 * overlaps another and every title stays inside its box; and screenshots of a salary chart with
 * long labels, a role map with transitions and a large family's {@code paths/} page are saved
 * under {@code target/screenshots/} for a person to look at. The maps come from the real O*NET
 * guide ({@code ../shared/onet}, converted with {@code leads_to} from job zones).
 */
@Timeout(300)
class GraphDrawingsInBrowserTest extends InChromium {

    private static final List<Integer> WIDTHS = List.of(320, 375, 768, 1280);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    /** Every box of a drawing as [left, top, right, bottom], with its kind and text, in CSS pixels. */
    private static final String BOXES = "return Array.from(arguments[0].querySelectorAll(arguments[1])).map(e => {"
            + " const r = e.getBoundingClientRect();"
            + " return [r.left, r.top, r.right, r.bottom, e.tagName + '.' + (e.getAttribute('class') || ''),"
            + " e.textContent]; });";

    @TempDir
    static Path temp;
    private static Path longLabels;
    private static Path onet;

    @BeforeAll
    static void buildSites() throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        Path project = temp.resolve("labels");
        TestSites.write(project.resolve("site.yaml"), "title: Labels\nlanguage: en\n");
        TestSites.write(project.resolve("roles/surveyed-role.yaml"), String.join("\n",
                "title: Surveyed Role", "summary: A role with long salary level names.", "salary:",
                "  currency: USD", "  levels:",
                "    - { level: Lowest tenth (10th percentile) of all workers surveyed nationally, min: 31000, max: 38000 }",
                "    - { level: \"Middle half (25th to 75th percentile)\", min: 45000, max: 91000 }",
                "    - { level: Top, min: 88000, max: 190000 }",
                "    - { level: Supercalifragilisticexpialidociously-experienced-principal-consultants, min: 150000,"
                        + " max: 240000 }", ""));
        longLabels = temp.resolve("labels-site");
        GenerationReport report = TestSites.build(project, longLabels);
        assertTrue(report.success(), report.problems()::toString);
        Optional<Path> data = OnetGuide.dataDir();
        if (data.isPresent()) {
            Path onetProject = temp.resolve("onet");
            new OnetGuide(data.get()).write(onetProject, new OnetGuide.Options(false, true));
            onet = temp.resolve("onet-site");
            GenerationReport built = TestSites.build(onetProject, onet);
            assertTrue(built.success(), () -> built.problems().stream().limit(5).toList().toString());
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void salaryLabelsNeverOverlapBarsFiguresOrEachOther() throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(longLabels.resolve("roles/surveyed-role/index.html").toUri().toString());
            WebElement chart = browser.findElement(By.cssSelector("figure.salary-chart svg"));
            List<Box> boxes = boxes(chart, "text, rect.bar");
            assertEquals(4, boxes.stream().filter(box -> box.kind().equals("rect.bar")).count());
            assertTrue(boxes.stream().anyMatch(box -> box.text().contains("Supercalifragilistic")));
            List<String> overlaps = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i).overlaps(boxes.get(j))) {
                        overlaps.add(boxes.get(i) + " and " + boxes.get(j));
                    }
                }
            }
            assertEquals(List.of(), overlaps, "at " + width + " px");
            Object sideways = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) sideways).longValue(), "no sideways scrolling at " + width + " px");
            if (width == 320 || width == 1280) {
                save(chart.getScreenshotAs(OutputType.FILE).toPath(), "salary-chart-long-labels-" + width + ".png");
            }
        }
    }

    @Test
    void aRoleMapWithTransitionsKeepsEveryTitleInsideItsBox() throws IOException {
        requireOnet();
        // Registered Nurses: next steps from job zones, and related occupations as transitions.
        Path page = onet.resolve("roles/registered-nurses/map/index.html");
        // Tall enough for the whole map: an element's screenshot is cut at the window's edge.
        browser.manage().window().setSize(new Dimension(1280, 3000));
        browser.get(page.toUri().toString());
        WebElement map = browser.findElement(By.cssSelector("figure.path-map"));
        assertTrue(map.findElements(By.cssSelector("svg g.lateral path")).size() > 0, "transitions drawn");
        assertTrue(map.findElements(By.cssSelector("svg g.lead path")).size() > 0, "promotions drawn");
        assertBoxesApartAndTitlesInside(map);
        save(map.getScreenshotAs(OutputType.FILE).toPath(), "role-map-with-transitions.png");
    }

    @Test
    void aLargeFamilysPathsPageIsDrawnOrListedByStep() throws IOException {
        requireOnet();
        browser.manage().window().setSize(new Dimension(1280, 3000));
        // The largest family drawn as a map, and the largest of all (listed by step), by page size.
        List<Path> families;
        try (Stream<Path> list = Files.list(onet.resolve("paths"))) {
            families = list.filter(Files::isDirectory).map(dir -> dir.resolve("index.html"))
                    .sorted(Comparator.comparingLong(GraphDrawingsInBrowserTest::size).reversed()).toList();
        }
        Path drawn = families.stream().filter(page -> TestSites.read(page).contains("class=\"path-map\""))
                .findFirst().orElseThrow();
        browser.get(drawn.toUri().toString());
        WebElement map = browser.findElement(By.cssSelector("figure.path-map"));
        assertBoxesApartAndTitlesInside(map);
        save(map.getScreenshotAs(OutputType.FILE).toPath(), "paths-largest-drawn-family.png");
        Path largest = families.stream().filter(page -> TestSites.read(page).contains("path-group"))
                .findFirst().orElseThrow();
        browser.get(largest.toUri().toString());
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, Math.min(8000, height.intValue())));
        save(browser.getScreenshotAs(OutputType.FILE).toPath(), "paths-largest-family-by-step.png");
        assertTrue(height.intValue() < 8000, "the page stays short: " + height);
    }

    private static void assertBoxesApartAndTitlesInside(WebElement map) {
        List<Box> rects = boxes(map, "svg a rect");
        List<Box> titles = boxes(map, "svg a text");
        assertEquals(rects.size(), titles.size());
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                assertTrue(!rects.get(i).overlaps(rects.get(j)), rects.get(i) + " and " + rects.get(j));
            }
            // Titles come in box order; each must fit in its box (the wrap estimate is not too narrow).
            Box title = titles.get(i);
            Box rect = rects.get(i);
            assertTrue(title.left() >= rect.left() && title.right() <= rect.right() && title.top() >= rect.top()
                    && title.bottom() <= rect.bottom(), title + " inside " + rect);
        }
    }

    private static void requireOnet() {
        if (onet == null) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "O*NET data missing under CI");
            Assumptions.abort("no O*NET data beside the repository (shared/onet); skipped");
        }
    }

    private static long size(Path page) {
        try {
            return Files.size(page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void save(Path shot, String name) throws IOException {
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private record Box(double left, double top, double right, double bottom, String kind, String text) {

        /** Overlap by more than half a pixel (anti-aliased edges may touch). */
        boolean overlaps(Box other) {
            return left < other.right - 0.5 && other.left < right - 0.5 && top < other.bottom - 0.5
                    && other.top < bottom - 0.5;
        }

        @Override
        public String toString() {
            return kind + " '" + text + "' [" + Math.round(left) + "," + Math.round(top) + " – " + Math.round(right)
                    + "," + Math.round(bottom) + "]";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Box> boxes(WebElement root, String selector) {
        List<List<Object>> raw = (List<List<Object>>) browser.executeScript(BOXES, root, selector);
        return raw.stream().map(b -> new Box(((Number) b.get(0)).doubleValue(), ((Number) b.get(1)).doubleValue(),
                ((Number) b.get(2)).doubleValue(), ((Number) b.get(3)).doubleValue(), (String) b.get(4),
                (String) b.get(5))).toList();
    }
}
