package org.careerguide;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage of one run took (load, link, plan, render, ...), in order: shown on long
 * builds and with {@code --verbose}, so a slow guide says where its time goes. Used by the thread
 * that runs the stages only.
 */
final class StageTimes {

    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private final Progress progress;
    private long since = System.nanoTime();

    /** Times that also tell {@code progress} when a stage is done. */
    StageTimes(Progress progress) {
        this.progress = progress;
    }

    /** Where the stages report their pages. */
    Progress progress() {
        return progress;
    }

    /** Records the time since the previous mark (or since creation) under {@code stage}. */
    void mark(String stage) {
        long now = System.nanoTime();
        stages.merge(stage, Duration.ofNanos(now - since), Duration::plus);
        since = now;
        progress.stageDone(stage);
    }

    /** The stages recorded so far, in the order they ran. */
    Map<String, Duration> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
