package org.careerguide.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The rewrite switches of the golden pages and the catalogue never run in CI and never pass for a check. */
class UpdateModeTest {

    private static final String PROPERTY = "careerguide.updateModeTest";

    @Test
    void aRewriteIsRefusedUnderCiAndAllowedElsewhere() {
        assertFalse(UpdateMode.requested(PROPERTY), "not asked for");
        System.setProperty(PROPERTY, "true");
        try {
            if ("true".equals(System.getenv("CI"))) {
                AssertionError refused = assertThrows(AssertionError.class, () -> UpdateMode.requested(PROPERTY));
                assertEquals("-D" + PROPERTY + "=true rewrites the expected files instead of checking them;"
                        + " it refuses to run with CI=true", refused.getMessage());
            } else {
                assertTrue(UpdateMode.requested(PROPERTY));
            }
        } finally {
            System.clearProperty(PROPERTY);
        }
    }

    @Test
    void aTestThatRewroteIsAbortedNotPassed() {
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> UpdateMode.rewrote("3 pages"));
        assertTrue(aborted.getMessage().startsWith("3 pages rewritten, not checked"), aborted.getMessage());
    }
}
