package org.careerguide.theme;

/**
 * Makes a theme's stylesheet smaller without changing what it means: comments go, runs of white
 * space become one space, and the space beside braces, semicolons, commas and after colons goes.
 * Strings are copied as they are. Every page links the stylesheet, so its bytes count on every page
 * (the weight budget); theme designers still write readable CSS.
 */
final class CssMinifier {

    private CssMinifier() {
    }

    static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                space(out);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, css.length());
                out.append(css, i, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                space(out);
                i++;
            } else if ("{};,>".indexOf(c) >= 0) {
                trimSpace(out);
                out.append(c);
                i = skipSpace(css, i + 1);
            } else if (c == ':') {
                // No space is taken from before a colon: in a selector, "a :hover" differs from "a:hover".
                out.append(c);
                i = skipSpace(css, i + 1);
            } else {
                out.append(c);
                i++;
            }
        }
        trimSpace(out);
        return out.toString().replace(";}", "}").strip();
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && "{};,>:".indexOf(out.charAt(out.length() - 1)) < 0) {
            out.append(' ');
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static int skipSpace(String css, int i) {
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        return i;
    }
}
