package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.SalaryLevel;
import org.careerguide.model.Text;
import org.junit.jupiter.api.Test;

/** The build-time geometry of maps and salary charts, and money in the site's language. */
class ChartAndMapLayoutTest {

    @Test
    void moneyIsWrittenInTheSiteLanguageAndCurrency() {
        assertEquals("$110,000", new MoneyFormat("en").money(new BigDecimal("110000"), Optional.of("USD")));
        assertEquals("110.000\u00a0€", new MoneyFormat("de").money(new BigDecimal("110000"), Optional.of("eur")));
        assertEquals("1,234.50", new MoneyFormat("en").money(new BigDecimal("1234.5"), Optional.of("Gold")));
        assertEquals("150K", new MoneyFormat("en").compact(new BigDecimal("150000")));
    }

    @Test
    void axisStepsAreRoundNumbers() {
        assertEquals(50_000, SalaryChart.step(130_000));
        assertEquals(10, SalaryChart.step(45));
        assertEquals(0.5, SalaryChart.step(2));
        assertEquals(1, SalaryChart.step(0));
    }

    @Test
    void longSalaryLabelsWrapAboveTheirBarAndTheFiguresMoveToALineOfTheirOwn() {
        List<SalaryLevel> levels = List.of(
                level("Entry", 40_000, 50_000),
                level("Middle half (25th to 75th percentile) of everyone reporting a wage", 45_000, 90_000));
        Map<String, Object> chart = SalaryChart.of(levels, new MoneyFormat("en"), Optional.of("USD"));
        List<?> bars = (List<?>) chart.get("bars");
        Map<?, ?> shortBar = (Map<?, ?>) bars.get(0);
        List<?> shortLines = (List<?>) shortBar.get("lines");
        assertEquals(1, shortLines.size());
        assertEquals(((Map<?, ?>) shortLines.get(0)).get("y"), shortBar.get("figuresY"), "short label: figures beside it");
        Map<?, ?> longBar = (Map<?, ?>) bars.get(1);
        List<?> lines = (List<?>) longBar.get("lines");
        assertTrue(lines.size() >= 2, "the long label wraps");
        assertEquals("Middle half (25th to 75th percentile) of everyone reporting a wage",
                lines.stream().map(line -> (String) ((Map<?, ?>) line).get("text")).reduce((a, b) -> a + " " + b)
                        .orElseThrow(), "every word kept, no ellipsis");
        int lastLine = (Integer) ((Map<?, ?>) lines.get(lines.size() - 1)).get("y");
        assertTrue((Integer) longBar.get("figuresY") >= lastLine);
        assertTrue((Integer) longBar.get("barY") > (Integer) longBar.get("figuresY"), "the bar is below the text");
        assertTrue((Integer) ((Map<?, ?>) ((List<?>) longBar.get("lines")).get(0)).get("y")
                > (Integer) shortBar.get("barY") + (Integer) shortBar.get("barHeight"), "rows do not overlap");
    }

    private static SalaryLevel level(String name, long min, long max) {
        return new SalaryLevel(new Text(name, null), BigDecimal.valueOf(min), BigDecimal.valueOf(max), null);
    }

    @Test
    void textIsWrappedToAWidthAndWordsTooLongAreBrokenNotCut() {
        assertEquals(List.of("Director of Platform", "Engineering"),
                TextWidth.wrap("Director of Platform Engineering", 150, 14));
        List<String> broken = TextWidth.wrap("Supercalifragilisticexpialidocious", 100, 14);
        assertTrue(broken.size() > 1);
        assertEquals("Supercalifragilisticexpialidocious", String.join("", broken));
        broken.forEach(line -> assertTrue(TextWidth.of(line, 14) <= 100, line));
    }

    @Test
    void titlesWrapAtWordsIntoAtMostThreeLines() {
        assertEquals(List.of("Director of Platform", "Engineering"), MapLayout.wrap("Director of Platform Engineering"));
        assertEquals(List.of("Analyst"), MapLayout.wrap("Analyst"));
        List<String> wrapped = MapLayout.wrap("One two three four five six seven eight nine ten eleven twelve thirteen");
        assertEquals(3, wrapped.size());
        assertTrue(wrapped.get(2).endsWith("…"));
    }

    @Test
    void boxesStayInsideTheDrawingAndBandsDoNotOverlap() {
        List<MapLayout.Node> many = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            many.add(new MapLayout.Node("Role number " + i + " with a rather long title", "r" + i + ".html", false));
        }
        Map<String, Object> map = MapLayout.layout(List.of(
                new MapLayout.Band("role", 0, List.of(new MapLayout.Node("Me", "me.html", true)), 1),
                new MapLayout.Band("comesFrom", 0, List.of(), 10),
                new MapLayout.Band("leadsTo", 0, many, 10)));
        List<?> bands = (List<?>) map.get("bands");
        assertEquals(2, bands.size(), "empty bands are left out");
        Map<?, ?> next = (Map<?, ?>) bands.get(1);
        assertEquals(10, ((List<?>) next.get("nodes")).size());
        assertEquals(3, next.get("more"));
        List<int[]> boxes = new ArrayList<>();
        for (Object band : bands) {
            for (Object node : (List<?>) ((Map<?, ?>) band).get("nodes")) {
                Map<?, ?> box = (Map<?, ?>) node;
                boxes.add(new int[] {(Integer) box.get("x"), (Integer) box.get("y"), (Integer) box.get("width"),
                        (Integer) box.get("height")});
            }
        }
        int bottom = 0;
        for (int[] a : boxes) {
            assertTrue(a[0] >= 0 && a[0] + a[2] <= MapLayout.WIDTH, "inside the drawing");
            bottom = Math.max(bottom, a[1] + a[3]);
            for (int[] b : boxes) {
                boolean apart = a == b || a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1]
                        || b[1] + b[3] <= a[1];
                assertTrue(apart, "boxes do not overlap");
            }
        }
        assertTrue(bottom < (Integer) map.get("height"));
    }
}
