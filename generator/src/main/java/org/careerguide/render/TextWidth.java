package org.careerguide.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Build-time estimates of how wide a line of text is in the theme's sans-serif font, and word
 * wrap by that width, for the SVG drawings (which cannot wrap text themselves). The estimates are
 * on the wide side of common system fonts, so a line never runs past the width it was wrapped to;
 * the price is a little more wrapping than needed. A word wider than a line is broken (no "…").
 */
final class TextWidth {

    private TextWidth() {
    }

    /** Widths in em of the characters below the wide scripts, looked up instead of worked out per character. */
    private static final double[] EMS = new double[0x2E80];

    static {
        for (char c = 0; c < EMS.length; c++) {
            EMS[c] = em(c);
        }
    }

    /** The estimated width of {@code text} at font size {@code size}, in the same units. */
    static double of(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c < EMS.length ? EMS[c] : 1.0;
        }
        return em * size;
    }

    private static double em(char c) {
        if ("iljtfI.,;:'|!() ".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.95;
        }
        if (Character.isUpperCase(c) || Character.isDigit(c) || "$€£¥–—&#?".indexOf(c) >= 0) {
            return 0.72;
        }
        // Everything from U+2E80 on (CJK and other wide scripts) is a full em: see of().
        return 0.6;
    }

    /** {@code text} in lines no wider than {@code width} at font size {@code size}, broken between words where possible. */
    static List<String> wrap(String text, double width, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (of(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the line on its own is cut into pieces that fit: after a slash or
            // hyphen where there is one ("Engineers/" "Architects"), anywhere otherwise.
            String rest = word;
            while (of(rest, size) > width) {
                int fits = 1;
                while (fits < rest.length() && of(rest.substring(0, fits + 1), size) <= width) {
                    fits++;
                }
                int mark = Math.max(rest.lastIndexOf('/', fits - 1), rest.lastIndexOf('-', fits - 1));
                int cut = mark > 0 ? mark + 1 : fits;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
