package org.careerguide.render;

import java.util.ArrayList;
import java.util.List;
import org.careerguide.render.page.Pager;

/**
 * Long lists split into pages of at most {@link #PAGE_SIZE} entries, as Hugo paginates: page 1 at
 * the list's own path ({@code skills/sql/}), page n at {@code skills/sql/page/n/}. Every page links
 * to the first, previous, next and last page and to the pages near it, so any page is a few steps
 * from any other without a page listing thousands of links.
 */
final class Pagination {

    /** Entries per page: a page of 100 role links stays far below the page weight budget. */
    static final int PAGE_SIZE = 100;

    /** The path segment before a page number; a free page cannot take it at the site root. */
    static final String SEGMENT = "page";

    private static final int NEAR = 2;

    private Pagination() {
    }

    /** {@code items} in pages of at most {@code size}; one (empty) page when there are none. */
    static <T> List<List<T>> split(List<T> items, int size) {
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            pages.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /** The site path of page {@code number} of the list at {@code base} ({@code ""} for the home page). */
    static String sitePath(String base, int number) {
        return number == 1 ? base : base + SEGMENT + "/" + number + "/";
    }

    /** The output path of that page. */
    static String outputPath(String base, int number) {
        return sitePath(base, number) + "index.html";
    }

    /**
     * The template data of page {@code number} of {@code count}, with links from that page to the
     * others; null when there is only one page (templates show no pager then).
     */
    static Pager model(String base, int number, int count) {
        String from = sitePath(base, number);
        if (count <= 1) {
            return null;
        }
        List<Pager.Link> near = new ArrayList<>();
        for (int n = Math.max(1, number - NEAR); n <= Math.min(count, number + NEAR); n++) {
            near.add(link(base, n, from, n == number));
        }
        return new Pager(number, count,
                number - NEAR > 1 ? link(base, 1, from, false) : null,
                number + NEAR < count ? link(base, count, from, false) : null,
                number > 1 ? link(base, number - 1, from, false) : null,
                number < count ? link(base, number + 1, from, false) : null,
                near);
    }

    private static Pager.Link link(String base, int number, String from, boolean current) {
        return new Pager.Link(number, SiteUrls.between(from, sitePath(base, number)), current);
    }
}
