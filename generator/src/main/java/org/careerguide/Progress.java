package org.careerguide;

/**
 * What a long run reports while it works, for a front end to show (the CLI shows it on an
 * interactive terminal only). Called from the threads that render pages, so implementations
 * must be thread-safe and cheap.
 */
public interface Progress {

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stageDone(String stage) {
        }

        @Override
        public void page(int done, int total) {
        }
    };

    /** A stage is done: "load", "link and checks", "theme and plan", "render and write", ... */
    void stageDone(String stage);

    /** One more page is rendered: {@code done} of {@code total} in this stage. */
    void page(int done, int total);
}
