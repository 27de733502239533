package org.careerguide.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.careerguide.Generator;
import org.careerguide.concurrent.DaemonThreads;
import org.careerguide.load.ProjectFiles;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches the entries of a guide project the build reads (site.yaml, roles/, pages/, static/,
 * templates/, themes/) and reports the changed files, project-relative, once a burst of changes
 * has been quiet for the debounce time (an editor's save is often write + rename + chmod). Editor
 * temp and swap files are ignored; target/ and the rest of the project are not even watched.
 *
 * <p>Uses io.methvin's directory-watcher: on Linux and Windows it is the JDK WatchService
 * (native there), on macOS a native FSEvents watcher, where the JDK's would poll every few seconds.
 */
final class ProjectWatcher implements AutoCloseable {

    private final Path projectDir;
    private final Duration debounce;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Set<String>> onChange;
    private final Set<String> pending = new LinkedHashSet<>();
    private final DirectoryWatcher watcher;
    private final ExecutorService watchThread = Executors.newSingleThreadExecutor(
            DaemonThreads.named("careerguide-watcher"));
    private ScheduledFuture<?> flush;

    /** Starts watching; {@code onChange} runs on {@code scheduler}'s thread, one call at a time. */
    ProjectWatcher(Path projectDir, Duration debounce, ScheduledExecutorService scheduler,
                   Consumer<Set<String>> onChange) throws IOException {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.scheduler = scheduler;
        this.onChange = onChange;
        this.watcher = DirectoryWatcher.builder()
                .path(this.projectDir)
                .fileHashing(false)
                .fileTreeVisitor(this::visitReadFolders)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::onEvent)
                .build();
        // The watch loop blocks its thread: not the scheduler's, which runs the rebuilds.
        watcher.watchAsync(watchThread);
    }

    /** True for a project-relative path the build reads and that is not an editor's temp file. */
    static boolean relevant(String relative) {
        String[] segments = relative.split("/");
        if (segments.length == 0 || !Generator.READ_FOLDERS.contains(segments[0])) {
            return false;
        }
        for (String segment : segments) {
            if (ProjectFiles.isEditorTempFile(segment)) {
                return false;
            }
        }
        return true;
    }

    private void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            record("site.yaml");
            return;
        }
        Path absolute = event.path().toAbsolutePath().normalize();
        if (!absolute.startsWith(projectDir) || absolute.equals(projectDir)) {
            return;
        }
        String relative = projectDir.relativize(absolute).toString().replace('\\', '/');
        if (relevant(relative)) {
            record(relative);
        }
    }

    private synchronized void record(String relative) {
        pending.add(relative);
        if (flush != null) {
            flush.cancel(false);
        }
        flush = scheduler.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Set<String> changed;
        synchronized (this) {
            changed = Set.copyOf(pending);
            pending.clear();
        }
        if (!changed.isEmpty()) {
            onChange.accept(changed);
        }
    }

    /** Registers only the folders the build reads, so target/, .git/ and node_modules/ cost nothing. */
    private void visitReadFolders(Path root, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path absolute = dir.toAbsolutePath().normalize();
                if (!absolute.equals(projectDir) && absolute.startsWith(projectDir)
                        && !relevant(projectDir.relativize(absolute).toString().replace('\\', '/'))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        watchThread.shutdownNow();
    }
}
