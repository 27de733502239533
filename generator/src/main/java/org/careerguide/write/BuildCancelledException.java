package org.careerguide.write;

import java.io.IOException;

/** A write refused because the build was cancelled (Ctrl+C, SIGTERM, an interrupted Maven build). */
public final class BuildCancelledException extends IOException {

    BuildCancelledException() {
        super("the build was cancelled");
    }
}
