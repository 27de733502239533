package org.careerguide.serve;

import java.util.List;
import java.util.Map;
import org.careerguide.model.Problem;

/**
 * What the preview serves at one moment: the last good site (output path to bytes), the errors of
 * the latest rebuild if it failed (shown as an overlay, empty when the site is healthy), and a
 * generation number that grows with every rebuild (so a page can tell it is stale).
 */
record PreviewState(Map<String, byte[]> files, List<Problem> errors, long generation) {

    PreviewState {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    boolean broken() {
        return !errors.isEmpty();
    }
}
