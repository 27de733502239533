package org.careerguide.check;

/**
 * A reference that leads nowhere.
 *
 * @param page   the output file holding it, e.g. {@code roles/cloud-architect/index.html}
 * @param link   the URL as written in that file
 * @param target the output path it resolves to ({@code ""} when it resolves to none)
 * @param reason why it is broken, e.g. {@code target missing}
 */
public record BrokenLink(String page, String link, String target, String reason) {

    /** The problem text: {@code broken link 'x' -> target missing}. */
    public String message() {
        return "broken link '" + link + "' -> " + reason;
    }

    @Override
    public String toString() {
        return page + ": " + message();
    }
}
