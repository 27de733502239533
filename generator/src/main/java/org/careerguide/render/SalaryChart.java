package org.careerguide.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.SalaryLevel;

/**
 * The salary chart's geometry: one range bar per level on one shared axis, with round tick values
 * (1, 2, 2.5 or 5 times a power of ten, at most six ticks). Plain numbers for a template to draw
 * as SVG; figures formatted for the site's language and currency.
 */
final class SalaryChart {

    static final int WIDTH = 340;
    private static final int SIDE = 10;
    private static final int ROW = 42;
    private static final int BAR = 12;
    private static final int AXIS = 26;
    private static final int MAX_TICKS = 6;
    /** How far past its minimum the axis shows an open-ended level. */
    private static final double OPEN_REACH = 1.15;

    private SalaryChart() {
    }

    static Map<String, Object> of(List<SalaryLevel> levels, MoneyFormat money, Optional<String> currency) {
        return of(levels, money, currency, false);
    }

    /**
     * With {@code cents} (hourly pay) every figure shows cents. An open-ended top level ("239,200
     * or more") runs to the end of the axis, which reaches a step beyond its minimum.
     */
    static Map<String, Object> of(List<SalaryLevel> levels, MoneyFormat money, Optional<String> currency,
                                  boolean cents) {
        double low = levels.stream().mapToDouble(level -> level.min().doubleValue()).min().orElse(0);
        double high = levels.stream().mapToDouble(level -> level.maxOpen() ? level.min().doubleValue() * OPEN_REACH
                : level.max().doubleValue()).max().orElse(0);
        double step = step(high - low);
        double from = Math.floor(low / step) * step;
        double to = Math.max(Math.ceil(high / step) * step, from + step);
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 4;
        for (SalaryLevel level : levels) {
            int x1 = x(level.min().doubleValue(), from, to);
            int x2 = level.maxOpen() ? x(to, from, to) : x(level.max().doubleValue(), from, to);
            String minMoney = money.money(level.min(), currency, cents);
            String maxMoney = money.money(level.max(), currency, cents);
            bars.add(ModelMaps.map()
                    .put("level", level.level().value())
                    .put("minMoney", minMoney)
                    .put("maxMoney", level.maxOpen() ? null : maxMoney)
                    .put("range", level.maxOpen() ? minMoney + " or more" : minMoney + " – " + maxMoney)
                    .put("open", level.maxOpen())
                    .put("labelY", y + 14).put("barY", y + 22).put("barHeight", BAR)
                    .put("x", x1).put("width", Math.max(2, x2 - x1))
                    .build());
            y += ROW;
        }
        List<Map<String, Object>> ticks = new ArrayList<>();
        int count = (int) Math.round((to - from) / step);
        for (int i = 0; i <= count; i++) {
            double value = from + i * step;
            String anchor = i == 0 ? "start" : i == count ? "end" : "middle";
            ticks.add(ModelMaps.map().put("x", x(value, from, to)).put("anchor", anchor)
                    .put("label", money.compact(BigDecimal.valueOf(value))).build());
        }
        return ModelMaps.map().put("width", WIDTH).put("height", y + AXIS).put("axisY", y).put("labelY", y + 18)
                .put("left", SIDE).put("right", WIDTH - SIDE).put("bars", bars).put("ticks", ticks).build();
    }

    private static int x(double value, double from, double to) {
        return (int) Math.round(SIDE + (value - from) / (to - from) * (WIDTH - 2 * SIDE));
    }

    /** The smallest round step that covers {@code span} in at most {@link #MAX_TICKS} - 1 steps. */
    static double step(double span) {
        if (span <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(span / (MAX_TICKS - 1))));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (span / (factor * magnitude) <= MAX_TICKS - 1) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
