package org.careerguide.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Groups a site's pages by kind, read from the output's folder structure so that new kinds of
 * page are covered as soon as the generator makes them: {@code index.html} is "home",
 * {@code 404.html} is "404", {@code skills/index.html} (an index page) is "skills/" and
 * {@code roles/x/index.html} is "roles/*", a role's map {@code roles/x/map/index.html} is
 * "roles/{@literal *}/map" (a template of its own: the gates look at one apart from the role pages).
 * A free page ({@code about/index.html}) is a kind of its own, like every other folder's index page.
 */
final class PageKinds {

    private PageKinds() {
    }

    /** The kind of a page, from its output path. */
    static String kindOf(String path) {
        if (path.equals("index.html")) {
            return "home";
        }
        String[] segments = path.split("/");
        if (segments.length == 1) {
            return segments[0].replaceFirst("\\.html?$", "");
        }
        if (segments.length == 2) {
            return segments[0] + "/";
        }
        if (segments.length == 4 && segments[2].equals("map")) {
            return segments[0] + "/*/map";
        }
        return segments[0] + "/*";
    }

    /** Every page, grouped by kind (kinds sorted by name, pages in the given order). */
    static Map<String, List<String>> byKind(List<String> pages) {
        Map<String, List<String>> kinds = new TreeMap<>();
        for (String page : pages) {
            kinds.computeIfAbsent(kindOf(page), k -> new ArrayList<>()).add(page);
        }
        return kinds;
    }

    /** One page per kind: the one {@code size} finds largest, as the richest and heaviest example. */
    static Map<String, String> representatives(List<String> pages, ToLongFunction<String> size) {
        Map<String, String> chosen = new TreeMap<>();
        byKind(pages).forEach((kind, members) -> chosen.put(kind, members.stream()
                .max(Comparator.comparingLong(size).thenComparing(Comparator.reverseOrder()))
                .orElseThrow()));
        return chosen;
    }
}
