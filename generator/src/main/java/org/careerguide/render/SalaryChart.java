package org.careerguide.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerguide.model.SalaryLevel;
import org.careerguide.render.page.SalaryDrawing;
import org.careerguide.render.page.TextLine;
import org.careerguide.theme.Labels;

/**
 * The salary chart's geometry: one range bar per level on one shared axis, with round tick values
 * (1, 2, 2.5 or 5 times a power of ten, at most six ticks). Each level's label is wrapped to the
 * drawing's width above its bar, and its figures sit at the right of the label's last line, or on
 * a line of their own when they would not fit beside it, so no text overlaps a bar, the figures or
 * another label however long the label. The drawing scales as a whole (a {@code viewBox}), so
 * what does not overlap at one width does not at any. Plain numbers for a template to draw as
 * SVG; figures formatted for the site's language and currency.
 */
final class SalaryChart {

    static final int WIDTH = 340;
    /** The font size of the labels, in drawing units (the stylesheet's 14px). */
    static final int FONT = 14;
    private static final int SIDE = 10;
    private static final int LINE = 18;
    private static final int GAP = 12;
    private static final int BAR = 12;
    private static final int BAR_GAP = 6;
    private static final int ROW_GAP = 12;
    private static final int AXIS = 26;
    private static final int MAX_TICKS = 6;
    /** How far past its minimum the axis shows an open-ended level. */
    private static final double OPEN_REACH = 1.15;

    private SalaryChart() {
    }

    /**
     * With {@code cents} (hourly pay) every figure shows cents. An open-ended top level ("239,200
     * or more") runs to the end of the axis, which reaches a step beyond its minimum.
     */
    static SalaryDrawing of(List<SalaryLevel> levels, MoneyFormat money, Optional<String> currency,
                                  boolean cents, Labels labels) {
        double low = levels.stream().mapToDouble(level -> level.min().doubleValue()).min().orElse(0);
        double high = levels.stream().mapToDouble(level -> level.maxOpen() ? level.min().doubleValue() * OPEN_REACH
                : level.max().doubleValue()).max().orElse(0);
        double step = step(high - low);
        double from = Math.floor(low / step) * step;
        double to = Math.max(Math.ceil(high / step) * step, from + step);
        int textWidth = WIDTH - 2 * SIDE;
        List<SalaryDrawing.Bar> bars = new ArrayList<>();
        int y = 4;
        for (SalaryLevel level : levels) {
            String minMoney = money.money(level.min(), currency, cents);
            String maxMoney = money.money(level.max(), currency, cents);
            // Worded as the labels say, so that the width the label is measured at is the width shown.
            String figures = level.maxOpen() ? labels.text("chart.rangeOpen", minMoney)
                    : labels.text("chart.range", minMoney, maxMoney);
            List<String> label = TextWidth.wrap(level.level().value(), textWidth, FONT);
            List<TextLine> lines = new ArrayList<>();
            for (String line : label) {
                y += LINE;
                lines.add(new TextLine(line, y - 4));
            }
            double besideLast = TextWidth.of(label.get(label.size() - 1), FONT) + GAP + TextWidth.of(figures, FONT);
            if (besideLast > textWidth) {
                y += LINE;
            }
            int x1 = x(level.min().doubleValue(), from, to);
            int x2 = level.maxOpen() ? x(to, from, to) : x(level.max().doubleValue(), from, to);
            bars.add(new SalaryDrawing.Bar(level.level().value(), minMoney, level.maxOpen() ? null : maxMoney,
                    level.maxOpen(), lines, figures, y - 4, y + BAR_GAP, BAR, x1, Math.max(2, x2 - x1)));
            y += BAR_GAP + BAR + ROW_GAP;
        }
        List<SalaryDrawing.Tick> ticks = new ArrayList<>();
        int count = (int) Math.round((to - from) / step);
        for (int i = 0; i <= count; i++) {
            double value = from + i * step;
            String anchor = i == 0 ? "start" : i == count ? "end" : "middle";
            ticks.add(new SalaryDrawing.Tick(x(value, from, to), anchor, money.compact(BigDecimal.valueOf(value))));
        }
        return new SalaryDrawing(WIDTH, y + AXIS, y, y + 18, SIDE, WIDTH - SIDE, bars, ticks);
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
