package org.careerguide.render.page;

/**
 * One line of a label wrapped to fit a drawing (a salary level's name, a map box's title).
 *
 * @param text the line's text
 * @param y    its baseline, in drawing units
 */
public record TextLine(String text, int y) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("text", text).add("y", y);
    }
}
