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
import org.careerguide.render.page.CareerMap;
import org.careerguide.render.page.SalaryDrawing;
import org.careerguide.render.page.TextLine;
import org.careerguide.theme.Labels;
import org.junit.jupiter.api.Test;

/** The build-time geometry of maps and salary charts, and money in the site's language. */
class ChartAndMapLayoutTest {

    @Test
    void moneyIsWrittenInTheSiteLanguageAndCurrency() {
        // Only ISO 4217 codes as written get here: the load stage refuses others (invalid/values-unknown-currency).
        assertEquals("$110,000", new MoneyFormat("en").money(new BigDecimal("110000"), Optional.of("USD"), false));
        assertEquals("110.000\u00a0€", new MoneyFormat("de").money(new BigDecimal("110000"), Optional.of("EUR"), false));
        assertEquals("$1,234.50", new MoneyFormat("en").money(new BigDecimal("1234.5"), Optional.of("USD"), false));
        assertEquals("$14.00", new MoneyFormat("en").money(new BigDecimal("14"), Optional.of("USD"), true));
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
        SalaryDrawing chart = SalaryChart.of(levels, new MoneyFormat("en"), Optional.of("USD"), false,
                Labels.english());
        SalaryDrawing.Bar shortBar = chart.bars().get(0);
        assertEquals(1, shortBar.lines().size());
        assertEquals(shortBar.lines().get(0).y(), shortBar.figuresY(), "short label: figures beside it");
        SalaryDrawing.Bar longBar = chart.bars().get(1);
        List<TextLine> lines = longBar.lines();
        assertTrue(lines.size() >= 2, "the long label wraps");
        assertEquals("Middle half (25th to 75th percentile) of everyone reporting a wage",
                String.join(" ", lines.stream().map(TextLine::text).toList()), "every word kept, no ellipsis");
        assertTrue(longBar.figuresY() >= lines.get(lines.size() - 1).y());
        assertTrue(longBar.barY() > longBar.figuresY(), "the bar is below the text");
        assertTrue(lines.get(0).y() > shortBar.barY() + shortBar.barHeight(), "rows do not overlap");
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
    void promotionsAreLayeredByLongestPathAndTransitionsStayBesideTheirRole() {
        // 0 -> 1 -> 2, 0 -> 2 (a shortcut), 3 -> 0, and 4 a transition of 1.
        List<MapLayout.Node> nodes = List.of(node("Analyst"), new MapLayout.Node("Senior Analyst", "1", true),
                node("Lead Analyst"), node("Intern"), node("Data Engineer with a very long title that wraps"));
        CareerMap map = MapLayout.layout(nodes,
                List.of(edge(0, 1), edge(1, 2), edge(0, 2), edge(3, 0)), List.of(edge(1, 4)));
        Map<String, Integer> layerOf = new java.util.HashMap<>();
        List<CareerMap.Layer> layers = map.layers();
        for (int l = 0; l < layers.size(); l++) {
            for (CareerMap.Item item : layers.get(l).items()) {
                layerOf.put(item.title(), l);
            }
        }
        assertEquals(Map.of("Intern", 0, "Analyst", 1, "Senior Analyst", 2, "Lead Analyst", 3,
                "Data Engineer with a very long title that wraps", 2), layerOf, "longest path; the transition is lateral");
        assertEquals(-1, layers.get(1).offset(), "layers are numbered from the current role");
        List<CareerMap.Link> links = map.links();
        assertEquals(4, links.stream().filter(link -> link.kind().equals("lead")).count());
        CareerMap.Link lateral = links.stream().filter(link -> link.kind().equals("lateral")).findFirst().orElseThrow();
        assertTrue(lateral.d().startsWith("M"));
        List<String> lines = new ArrayList<>();
        for (CareerMap.Box box : map.nodes()) {
            if (box.title().equals("Data Engineer with a very long title that wraps")) {
                box.lines().forEach(line -> lines.add(line.text()));
            }
        }
        assertTrue(lines.size() > 1);
        assertEquals("Data Engineer with a very long title that wraps", String.join(" ", lines), "full title, no ellipsis");
    }

    @Test
    void aCycleOfPromotionsIsDrawnWithOneArrowPointingBackUp() {
        CareerMap map = MapLayout.layout(List.of(node("A"), node("B"), node("C")),
                List.of(edge(0, 1), edge(1, 2), edge(2, 0)), List.of());
        List<String> kinds = map.links().stream().map(CareerMap.Link::kind).toList();
        assertEquals(List.of("lead", "lead", "back"), kinds);
    }

    private static MapLayout.Node node(String title) {
        return new MapLayout.Node(title, title, false);
    }

    private static MapLayout.Edge edge(int from, int to) {
        return new MapLayout.Edge(from, to);
    }

    @Test
    void boxesStayInsideTheDrawingRowsWrapAndNothingOverlaps() {
        List<MapLayout.Node> many = new ArrayList<>(List.of(new MapLayout.Node("Me", "me.html", true)));
        List<MapLayout.Edge> edges = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            many.add(new MapLayout.Node("Role number " + i + " with a rather long title", "r" + i + ".html", false));
            edges.add(edge(0, i));
        }
        CareerMap map = MapLayout.layout(many, edges, List.of());
        int width = map.width();
        assertEquals(2 * 12 + 3 * MapLayout.BOX + 2 * 24, width, "three boxes a row at most");
        List<int[]> boxes = new ArrayList<>();
        for (CareerMap.Box box : map.nodes()) {
            boxes.add(new int[] {box.x(), box.y(), box.width(), box.height()});
        }
        assertEquals(14, boxes.size());
        int bottom = 0;
        for (int[] a : boxes) {
            assertTrue(a[0] >= 0 && a[0] + a[2] <= width, "inside the drawing");
            bottom = Math.max(bottom, a[1] + a[3]);
            for (int[] b : boxes) {
                boolean apart = a == b || a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1]
                        || b[1] + b[3] <= a[1];
                assertTrue(apart, "boxes do not overlap");
            }
        }
        assertTrue(bottom < map.height());
    }
}
