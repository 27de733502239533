package org.careerguide.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for the generator's background work (the template watchdog, the preview's HTTP
 * server, watcher and rebuilds): named, so a thread dump says whose they are, and daemons, so
 * that none of them keeps the JVM of a CLI run or a Maven build alive after its work is done.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads called {@code name}. */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
