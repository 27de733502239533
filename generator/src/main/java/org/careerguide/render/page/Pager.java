package org.careerguide.render.page;

import java.util.List;

/**
 * The pager of a paginated list ({@code pagination.ftlh}): links from this page to the first, previous,
 * nearby, next and last pages. A list of one page has no pager (null).
 *
 * @param number this page's number, from 1
 * @param count  how many pages the list has
 * @param first  the first page, when it is not among the nearby ones, or null
 * @param last   the last page, so, or null
 * @param prev   the previous page, or null on the first
 * @param next   the next page, or null on the last
 * @param near   this page and those near it, in order
 */
public record Pager(int number, int count, Link first, Link last, Link prev, Link next, List<Link> near)
        implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("number", number).add("count", count).add("first", first).add("last", last).add("prev", prev)
                .add("next", next).add("near", near);
    }

    /**
     * A link to one page of the list.
     *
     * @param current it is this page
     */
    public record Link(int number, String url, boolean current) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("number", number).add("url", url).add("current", current);
        }
    }
}
