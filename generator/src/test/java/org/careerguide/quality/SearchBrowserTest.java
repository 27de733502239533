package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box in a real browser: a reader types, results appear as a listbox of the combobox
 * (title before alias before skill before summary), the keyboard moves through them and opens one,
 * Enter without a choice leads to the A–Z page, which runs the query; and it works from file://.
 */
class SearchBrowserTest extends ExampleSiteInBrowser {

    private static WebElement box() {
        return browser.findElement(By.id("q"));
    }

    private static List<String> typeAndWait(String query) {
        WebElement box = box();
        box.clear();
        // The status line says how many roles match once the results are in; empty it to see the new ones arrive.
        browser.executeScript("document.querySelector('.search [role=status]').textContent = ''");
        box.sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !((String) browser.executeScript(
                "return document.querySelector('.search [role=status]').textContent")).isEmpty());
        return options();
    }

    private static List<String> options() {
        return browser.findElements(By.cssSelector("#q-list [role=option]")).stream()
                .map(option -> (String) browser.executeScript("return arguments[0].firstChild.textContent", option))
                .toList();
    }

    @Test
    void resultsAppearAsYouTypeRankedByWhereTheWordsAre() {
        browser.get(server.baseUrl() + "roles/cloud-architect/index.html");
        WebElement box = box();
        assertEquals("combobox", box.getAttribute("role"));
        assertEquals("q-list", box.getAttribute("aria-controls"));
        assertEquals("false", box.getAttribute("aria-expanded"));
        List<String> found = typeAndWait("princ");
        assertEquals("Principal Architect", found.get(0), found::toString);
        assertEquals("true", box.getAttribute("aria-expanded"));
        // A title word first, though other roles name security as a skill or in their summary.
        List<String> security = typeAndWait("security");
        assertEquals("Security Architect", security.get(0), security::toString);
        assertTrue(security.size() > 1, security::toString);
        // An alias finds its role before roles that only mention the word.
        List<String> alias = typeAndWait("solutions arch");
        assertEquals("Infrastructure Architect", alias.get(0), alias::toString);
        assertEquals(List.of(), typeAndWait("zzzqx"));
        assertEquals("No roles match", browser.findElement(By.cssSelector(".search [role=status]"))
                .getAttribute("textContent"));
        assertEquals("false", box.getAttribute("aria-expanded"));
    }

    @Test
    void theKeyboardMovesThroughResultsAndOpensOne() {
        browser.get(server.baseUrl() + "index.html");
        List<String> found = typeAndWait("architect");
        assertTrue(found.size() >= 3, found::toString);
        WebElement box = box();
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("q-0", box.getAttribute("aria-activedescendant"));
        assertEquals("true", browser.findElement(By.id("q-0")).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("q-1", box.getAttribute("aria-activedescendant"));
        assertEquals("false", browser.findElement(By.id("q-0")).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_UP);
        assertEquals("q-0", box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertFalse(box.getAttribute("aria-activedescendant") != null);
        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        String chosen = options().get(1);
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/roles/"));
        assertEquals(chosen, browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void enterWithoutAChoiceLeadsToTheAToZPageWithTheQuery() {
        browser.get(server.baseUrl() + "skills/index.html");
        typeAndWait("platform");
        box().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("q=platform"));
        assertEquals("Roles A–Z", browser.findElement(By.tagName("h1")).getText());
        assertEquals("platform", box().getAttribute("value"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !options().isEmpty());
        assertTrue(options().get(0).contains("Platform"), options()::toString);
    }

    @Test
    void worksFromTheFileSystem() {
        browser.get(ExampleSite.output().resolve("roles/index.html").toUri().toString());
        List<String> found = typeAndWait("enterprise");
        assertEquals("Enterprise Architect", found.get(0), found::toString);
    }
}
