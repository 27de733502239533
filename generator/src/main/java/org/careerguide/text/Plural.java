package org.careerguide.text;

/**
 * English counts for the messages the generator prints (problems, summaries, log lines): "1 error",
 * "2 errors", "and 3 other pages". Site text does not come from here: pages take their words from
 * the theme.
 */
public final class Plural {

    private Plural() {
    }

    /** "1 error", "3 errors": the count, then the noun with an s unless the count is one. */
    public static String of(long count, String noun) {
        return count + " " + noun(count, noun);
    }

    /** The noun alone, with an s unless {@code count} is one: for counts formatted otherwise ("1,234 more warnings"). */
    public static String noun(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }

    /**
     * " and 2 other pages", after the first of several pages a message names ("rendering
     * roles/a/index.html and 2 other pages"); empty when there are no others.
     */
    public static String andOtherPages(long others) {
        return others == 0 ? "" : " and " + of(others, "other page");
    }
}
