package org.careerguide.render.page;

import java.util.List;

/**
 * The salary chart's geometry: one range bar per level on one shared axis. Coordinates are in
 * drawing units of a {@code viewBox} {@code width} by {@code height}; figures are formatted for
 * the site's language and currency.
 *
 * @param axisY  the axis line's height
 * @param labelY the baseline of the tick labels
 * @param left   where the axis starts
 * @param right  where it ends
 */
public record SalaryDrawing(int width, int height, int axisY, int labelY, int left, int right, List<Bar> bars,
                          List<Tick> ticks) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("width", width).add("height", height).add("axisY", axisY).add("labelY", labelY)
                .add("left", left).add("right", right).add("bars", bars).add("ticks", ticks);
    }

    /**
     * One level's bar, with its label above it.
     *
     * @param level     the level's name
     * @param minMoney  its minimum as money
     * @param maxMoney  its maximum as money, or null for an open-ended level
     * @param open      the level is open-ended ("239,200 or more")
     * @param lines     the name wrapped to the drawing's width
     * @param figures   the range as text ("$60,000 to $90,000")
     * @param figuresY  the baseline of the figures
     * @param barY      the top of the bar
     * @param barHeight the bar's height
     * @param x         the bar's left end
     * @param width     the bar's length
     */
    public record Bar(String level, String minMoney, String maxMoney, boolean open, List<TextLine> lines,
                      String figures, int figuresY, int barY, int barHeight, int x, int width) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("level", level).add("minMoney", minMoney).add("maxMoney", maxMoney).add("open", open)
                    .add("lines", lines).add("figures", figures).add("figuresY", figuresY).add("barY", barY)
                    .add("barHeight", barHeight).add("x", x).add("width", width);
        }
    }

    /**
     * A tick of the axis.
     *
     * @param anchor the label's SVG {@code text-anchor}: {@code start}, {@code middle} or {@code end}
     * @param label  the value, compact ("60K")
     */
    public record Tick(int x, String anchor, String label) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("x", x).add("anchor", anchor).add("label", label);
        }
    }
}
