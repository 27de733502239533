package org.careerguide.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.model.Problem;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items 2 and 3: codes, entry, employment and outlook on the page; wages as surveys publish them. */
class OccupationAndWagesTest {

    @TempDir
    Path dir;

    private Document build(String yaml) {
        Path project = MinimalSite.with(dir, "software-developers", MinimalSite.role("Software Developers") + yaml);
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems().toString());
        return TestSites.parse(site.resolve("roles/software-developers/index.html"));
    }

    @Test
    void codesEntryEmploymentAndOutlookAreShownAndKnownClassificationsLinked() {
        Document page = build("""
                codes: { soc: 15-1252, onet: 15-1252.00, isco: "2512", esco: "http://data.europa.eu/esco/occupation/f2b15a0e" }
                entry:
                  education: Bachelor's degree
                  experience: None
                  training: "*None*"
                employment: { count: 1656880, as_of: 2024-05, source: BLS OEWS }
                outlook: { growth: "17%", openings: 129200, period: 2023-2033, source: BLS Employment Projections }
                """);
        Element section = page.getElementById("occupation");
        assertEquals(List.of("SOC", "O*NET-SOC", "ISCO-08", "ESCO"), section.select("dl.codes dt").eachText());
        assertEquals(List.of("15-1252", "15-1252.00", "2512", "http://data.europa.eu/esco/occupation/f2b15a0e"),
                section.select("dl.codes dd").eachText());
        assertEquals(List.of("https://www.bls.gov/oes/current/oes151252.htm",
                        "https://www.onetonline.org/link/summary/15-1252.00",
                        "http://data.europa.eu/esco/occupation/f2b15a0e"),
                section.select("dl.codes dd a").eachAttr("href"), "ISCO has no public page per code");
        List<String> facts = section.select("dl.facts").first().select("dt, dd").eachText();
        assertEquals(List.of("Education", "Bachelor's degree", "Experience", "None", "Training", "None"), facts);
        assertEquals("None", section.selectFirst("dl.facts em").text(), "entry is Markdown");
        String text = section.text();
        assertTrue(text.contains("Employed 1,656,880 (as of 2024-05); source: BLS OEWS"), text);
        assertTrue(text.contains("Growth 17% over 2023-2033") && text.contains("Openings 129,200 a year"), text);
        assertTrue(page.select("nav.toc a[href=#occupation]").size() == 1);
    }

    @Test
    void aRoleWithoutOccupationDataHasNoSection() {
        Document page = build("");
        assertNull(page.getElementById("occupation"));
    }

    @Test
    void openEndedTopShowsOrMoreAndTheBasisNamesHeadingAndCaption() {
        Document page = build("""
                salary:
                  currency: USD
                  basis: percentiles
                  levels:
                    - { level: 25th to 75th percentile, min: 103050, max: 169000 }
                    - { level: 90th percentile and above, min: 239200, max_open: true }
                """);
        assertEquals("Salary Percentiles", page.selectFirst("#salary-range-h").text());
        assertTrue(page.selectFirst("figure.salary-chart figcaption").text()
                .startsWith("Pay between percentiles of all workers in the role"));
        assertEquals(List.of("USD 103,050 to 169,000", "USD 239,200 or more"),
                page.select("table.salary td").eachText());
        List<String> chartLabels = page.select("figure.salary-chart text").eachText();
        assertTrue(chartLabels.contains("$239,200 or more"), chartLabels.toString());
    }

    @Test
    void withoutABasisTheHeadingIsTheFormatsOwnAndRangesSayRanges() {
        assertEquals("Median Salary Range", build("salary:\n  currency: EUR\n  levels:\n"
                + "    - { level: Entry, min: 1, max: 2 }\n").selectFirst("#salary-range-h").text());
        assertEquals("Salary Range by Level", build("salary:\n  currency: EUR\n  basis: ranges\n  levels:\n"
                + "    - { level: Entry, min: 1, max: 2 }\n").selectFirst("#salary-range-h").text());
    }

    @Test
    void hourlyFiguresAlwaysShowCents() {
        Document page = build("""
                salary:
                  currency: USD
                  period: hour
                  levels:
                    - { level: Entry, min: 14, max: 16.94 }
                    - { level: Top, min: 115, max_open: true }
                """);
        assertEquals(List.of("USD 14.00 to 16.94", "USD 115.00 or more"), page.select("table.salary td").eachText());
        List<String> chartLabels = page.select("figure.salary-chart text").eachText();
        assertTrue(chartLabels.contains("$14.00 – $16.94"), chartLabels.toString());
    }

    @Test
    void anOpenTopWithAMaximumOrABadBasisIsAnError() {
        Path project = MinimalSite.with(dir, "a", MinimalSite.role("A") + """
                salary:
                  currency: USD
                  basis: percentile
                  levels:
                    - { level: Top, min: 1, max: 2, max_open: true }
                """);
        List<String> errors = TestSites.build(project, dir.resolve("site")).problems().stream()
                .filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(List.of("guide/roles/a.yaml:5:10: error: 'basis' must be ranges, percentiles or medians, found"
                        + " 'percentile' (did you mean 'percentiles'?)",
                "guide/roles/a.yaml:7:29: error: a level with 'max_open: true' has no 'max': its top is open (shown as"
                        + " \"<min> or more\")"), errors);
    }
}
