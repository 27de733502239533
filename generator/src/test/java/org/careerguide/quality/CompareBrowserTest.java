package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compare page in a real browser, over HTTP and from file://: the roles in the address are
 * shown side by side, and what it shows agrees with the role pages (skills, salary rows,
 * progression); a role page's link chooses that role; a third role is added with the picker.
 */
class CompareBrowserTest extends ExampleSiteInBrowser {

    private static Document role(String slug) {
        return TestSites.parse(ExampleSite.output().resolve("roles/" + slug + "/index.html"));
    }

    private static void waitForComparison() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.id("progression-table")).isEmpty());
    }

    private static List<String> column(String tableId, int column) {
        List<String> cells = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            cells.add(row.findElements(By.cssSelector("th, td")).get(column).getText());
        }
        return cells;
    }

    private void checkAgainstRolePages(List<String> slugs) {
        waitForComparison();
        List<Document> pages = slugs.stream().map(CompareBrowserTest::role).toList();
        List<String> heads = browser.findElements(By.cssSelector("#skill-table thead th")).stream()
                .map(WebElement::getText).toList();
        List<String> titles = pages.stream().map(page -> page.selectFirst("h1").text()).toList();
        assertEquals(titles, heads.subList(1, heads.size()));
        Set<String> union = new LinkedHashSet<>();
        List<Set<String>> skills = new ArrayList<>();
        for (Document page : pages) {
            Set<String> own = new LinkedHashSet<>();
            page.select("#skills li").forEach(li -> own.add(li.text().toLowerCase(Locale.ROOT)));
            skills.add(own);
            union.addAll(own);
        }
        List<String> rows = column("skill-table", 0);
        assertEquals(new java.util.TreeSet<>(union),
                new java.util.TreeSet<>(rows.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()));
        assertEquals(union.size(), rows.size(), "each skill once");
        for (int i = 0; i < pages.size(); i++) {
            List<String> marks = column("skill-table", i + 1);
            for (int row = 0; row < rows.size(); row++) {
                assertEquals(skills.get(i).contains(rows.get(row).toLowerCase(Locale.ROOT)) ? "Yes" : "–",
                        marks.get(row), rows.get(row) + " for " + titles.get(i));
            }
        }
        Set<String> shared = new LinkedHashSet<>(skills.get(0));
        skills.forEach(shared::retainAll);
        String sharedText = browser.findElement(By.id("shared-skills")).getText();
        shared.forEach(skill -> assertTrue(sharedText.toLowerCase(Locale.ROOT).contains(skill), sharedText));
        List<String> levels = column("salary-table", 1);
        List<String> expectedLevels = new ArrayList<>();
        pages.forEach(page -> page.select("table.salary tbody th").forEach(th -> expectedLevels.add(th.text())));
        assertEquals(expectedLevels, levels);
        assertEquals(levels.size(), browser.findElements(By.cssSelector("#salary-chart rect")).size());
        List<String> leadsTo = column("progression-table", 1);
        for (int i = 0; i < pages.size(); i++) {
            Element column = pages.get(i).select("#progression h3").stream()
                    .filter(h3 -> h3.text().equals("Can Lead To")).findFirst().map(Element::parent).orElse(null);
            String expected = column == null ? "–" : String.join(", ", column.select("li").eachText());
            assertEquals(expected, leadsTo.get(i), titles.get(i));
        }
    }

    @Test
    void showsTheRolesOfTheAddressSideBySideAsTheirPagesDo() {
        browser.get(server.baseUrl() + "compare/index.html?r=principal-architect&r=enterprise-architect");
        checkAgainstRolePages(List.of("principal-architect", "enterprise-architect"));
    }

    @Test
    void worksFromTheFileSystem() {
        browser.get(ExampleSite.output().resolve("compare/index.html").toUri() + "?r=cloud-architect&r=security-architect");
        checkAgainstRolePages(List.of("cloud-architect", "security-architect"));
    }

    @Test
    void aRolePageChoosesItselfAndThePickerAddsMore() {
        browser.get(server.baseUrl() + "roles/cloud-architect/index.html");
        browser.findElement(By.linkText("Compare with other roles")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector(".chosen li")).isEmpty());
        assertTrue(browser.getCurrentUrl().endsWith("compare/index.html?r=cloud-architect"), browser.getCurrentUrl());
        WebElement box = browser.findElement(By.id("compare-q"));
        box.sendKeys("security");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector("#compare-found a")).isEmpty());
        browser.findElement(By.cssSelector("#compare-found a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("r=security-architect"));
        checkAgainstRolePages(List.of("cloud-architect", "security-architect"));
        browser.findElement(By.cssSelector("a[aria-label='Remove Cloud Architect']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("cloud-architect"));
        assertEquals(List.of("Security Architect"), browser.findElements(By.cssSelector(".chosen li > a:first-child"))
                .stream().map(WebElement::getText).toList());
    }
}
