package org.careerguide.render;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.careerguide.concurrent.DaemonThreads;

/**
 * Stops templates that run too long: each page's rendering is timed, and a page still running at
 * the limit has its thread interrupted (templates check the flag in every loop, see
 * theme.InterruptibleConfiguration). Pages render on a shared parallel stream, so an interrupt
 * must never outlive its page: the flag is set only while that page runs, and cleared after it.
 */
final class PageWatchdog implements AutoCloseable {

    private final Duration limit;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("careerguide-template-watchdog"));

    PageWatchdog(Duration limit) {
        this.limit = limit;
    }

    /** Starts timing a page rendered on the current thread; close the returned watch when it ends. */
    Watch start() {
        Watch watch = new Watch(Thread.currentThread());
        watch.future = timer.schedule(watch::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
        return watch;
    }

    Duration limit() {
        return limit;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The timing of one page. */
    static final class Watch implements AutoCloseable {
        private final Thread thread;
        private ScheduledFuture<?> future;
        private boolean running = true;
        private boolean expired;

        private Watch(Thread thread) {
            this.thread = thread;
        }

        private synchronized void expire() {
            if (running) {
                expired = true;
                thread.interrupt();
            }
        }

        /** Whether the page ran past the limit (and was interrupted). */
        synchronized boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            synchronized (this) {
                running = false;
            }
            future.cancel(false);
            if (expired()) {
                // The interrupt was meant for this page only; the thread goes on to render others.
                Thread.interrupted();
            }
        }
    }
}
