package org.careerguide.render;

/**
 * Recognises text that Markdown leaves as it is: one line of words with no character Markdown,
 * its extensions (tables, strikethrough, autolinks) or HTML give a meaning. Most summaries and
 * responsibilities are such prose, and rendering them without parsing saves a parse, a render
 * and (for plain text) an HTML parse per text on every page that shows them. The answer errs on
 * the side of "not plain": anything unusual goes through the full Markdown path.
 */
final class PlainProse {

    private PlainProse() {
    }

    static boolean is(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        char first = text.charAt(0);
        // Block markers at the start of a line: lists, quotes, headings, numbered lists.
        if (first == '-' || first == '+' || first == '=' || (first >= '0' && first <= '9')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || special(c) || (c > 0x7f && (Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.isISOControl(c) || Character.isSurrogate(c)))) {
                return false;
            }
        }
        // Autolinks: URLs and e-mail addresses become links.
        return !text.contains("://") && !containsIgnoringCase(text, "www.");
    }

    /** HTML-escaped as commonmark escapes text: of the characters {@link #is} lets through, only the quote. */
    static String html(String text) {
        return text.indexOf('"') < 0 ? text : text.replace("\"", "&quot;");
    }

    /** The text a reader sees, as an HTML parser's text() gives it: runs of spaces are one space. */
    static String words(String text) {
        return text.indexOf("  ") < 0 ? text : text.replaceAll(" {2,}", " ");
    }

    /** Without lower-casing a copy of the text: this runs for every text on every page. */
    private static boolean containsIgnoringCase(String text, String part) {
        char lower = Character.toLowerCase(part.charAt(0));
        char upper = Character.toUpperCase(part.charAt(0));
        for (int i = 0; i + part.length() <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean special(char c) {
        switch (c) {
            case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '#', '|', '~', '@', '\t' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
