package org.careerguide.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The switches with which a test rewrites its committed expectations (golden pages, the bad-input
 * catalogue's expected.txt) instead of checking against them. A rewrite compares nothing, so it
 * must never pass for a check: with CI=true it refuses to run, and a test that rewrote ends as
 * aborted (not passed), saying what it wrote.
 */
public final class UpdateMode {

    private UpdateMode() {
    }

    /**
     * Whether {@code -D<property>=true} asks for a rewrite. Fails the test when it does under CI=true:
     * CI checks the committed files and never writes them.
     */
    public static boolean requested(String property) {
        if (!Boolean.getBoolean(property)) {
            return false;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("-D" + property + "=true rewrites the expected files instead of checking"
                    + " them; it refuses to run with CI=true");
        }
        return true;
    }

    /** Ends a test that rewrote {@code what}: it is reported as aborted, since nothing was checked. */
    public static void rewrote(String what) {
        Assumptions.abort(what + " rewritten, not checked: review the diff, commit it, and run the test again");
    }
}
