package org.careerguide;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Stops a running build from outside: Ctrl+C or SIGTERM (through {@link #cancelOnShutdown}), or an
 * interrupted Maven build (through {@link #runInterruptibly}). A cancelled build stops rendering at
 * its next page, removes its temporary folder, releases its lock and returns a report that says it
 * was interrupted; the output folder keeps the previous site. The library never installs a hook or
 * exits by itself: front ends decide.
 */
public final class Cancellation {

    /** A cancellation not yet cancelled, for one build. */
    public Cancellation() {
    }

    /** Where a build stood when a cancellation was waited for. */
    public enum Outcome {
        /** It had not begun writing: nothing of it is on disk. */
        NOTHING_WRITTEN("stopped before writing anything; the output folder was not changed"),
        /** It stopped writing and removed its temporary folder: the output folder was not changed. */
        OUTPUT_UNCHANGED("stopped the build and removed its temporary folder; the output folder was not changed"),
        /** It had already swapped the new site in: the output folder holds the new site. */
        NEW_SITE_IN_PLACE("the build had finished; the output folder holds the new site"),
        /** It was still cleaning up when the wait ended; the next build removes what is left. */
        STILL_CLEANING("the build was still cleaning up; the next build removes what it left");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        /** What happened, for the one line a front end prints. */
        public String description() {
            return description;
        }
    }

    /** A hook registration; closing it removes the hook (a no-op once the JVM is stopping). */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private volatile boolean cancelled;
    private boolean began;
    private boolean writing;
    private boolean committed;

    /** Asks the build to stop; returns at once. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Cancels, then waits up to {@code limit} until the build holds nothing on disk any more (its
     * temporary folder removed, its lock released) and says where it stood. A build still loading
     * or rendering before its first write is not waited for: it has nothing to clean up.
     */
    public synchronized Outcome cancelAndAwait(Duration limit) {
        cancel();
        long deadline = System.nanoTime() + limit.toNanos();
        boolean interrupted = false;
        while (writing) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (writing) {
            return Outcome.STILL_CLEANING;
        }
        return committed ? Outcome.NEW_SITE_IN_PLACE : began ? Outcome.OUTPUT_UNCHANGED : Outcome.NOTHING_WRITTEN;
    }

    /**
     * Installs a JVM shutdown hook that cancels the build, waits up to {@code limit} for its cleanup
     * and hands the outcome to {@code report} (a CLI prints one line). The JVM then exits with the
     * status of the signal (130 for SIGINT, 143 for SIGTERM). Close the registration when the build
     * is over.
     */
    public Registration cancelOnShutdown(Duration limit, Consumer<Outcome> report) {
        Thread hook = new Thread(() -> report.accept(cancelAndAwait(limit)), "careerguide-cancel-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is already stopping; the hook runs.
            }
        };
    }

    /**
     * Runs {@code build} on a thread of its own and waits for it; when the calling thread is
     * interrupted (an IDE or Maven cancelling a goal), the build is cancelled and still waited for
     * until it has cleaned up. The caller's interrupt status is kept.
     */
    public <T> T runInterruptibly(Supplier<T> build) {
        FutureTask<T> task = new FutureTask<>(build::get);
        Thread thread = new Thread(task, "careerguide-build");
        thread.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called by the build before it touches the disk; false (and nothing may be written) once cancelled. */
    synchronized boolean beginWriting() {
        if (cancelled) {
            return false;
        }
        began = true;
        writing = true;
        return true;
    }

    /** Called by the build when its temporary folder and lock are gone, saying whether the new site is in place. */
    synchronized void endWriting(boolean swappedIn) {
        writing = false;
        committed = swappedIn;
        notifyAll();
    }
}
