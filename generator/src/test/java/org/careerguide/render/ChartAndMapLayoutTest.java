package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
