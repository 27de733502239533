package org.careerguide.write;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.careerguide.render.StreamedContent;

/**
 * Stage 4: the output of a build. Everything is written into a fresh temporary folder beside the
 * output folder; only when the whole site is there does {@link #commit()} swap it in, so a build
 * that fails or is cancelled leaves the previous site exactly as it was. No path can leave the
 * temporary folder. The first write that fails, or the first after a cancellation, stops the
 * output: later writes are refused at once, and {@link #close()} removes the temporary folder.
 */
public final class OutputFolder implements AutoCloseable {

    private static final byte[] MARKER_TEXT = "This folder was written by careerguide and is replaced by every build.\n"
            .getBytes(StandardCharsets.UTF_8);

    /** How bytes reach a file; tests put a failing one here to play a full disk. */
    @FunctionalInterface
    interface FileSink {
        /** Writes with a plain stream: unlike a channel, it does not give up when the thread is interrupted. */
        FileSink DISK = new FileSink() {
            @Override
            public void write(Path file, byte[] content) throws IOException {
                try (OutputStream out = new FileOutputStream(file.toFile())) {
                    out.write(content);
                }
            }

            @Override
            public void write(Path file, StreamedContent content) throws IOException {
                try (OutputStream out = new BufferedOutputStream(new FileOutputStream(file.toFile()), 1 << 16)) {
                    content.writeTo(out);
                }
            }
        };

        void write(Path file, byte[] content) throws IOException;

        /** Writes a file made as it is written; this default makes it in memory first. */
        default void write(Path file, StreamedContent content) throws IOException {
            write(file, StreamedContent.bytes(content));
        }
    }

    private final OutputSiblings siblings;
    private final Path temp;
    private final BooleanSupplier cancelled;
    private final FileSink sink;
    private final AtomicReference<IOException> stopped = new AtomicReference<>();
    private final AtomicInteger written = new AtomicInteger();
    /** Folders of the new site made so far: most files go into a folder made before (two system calls saved each). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;
    private Path old;

    private OutputFolder(OutputSiblings siblings, Path temp, BooleanSupplier cancelled, FileSink sink) {
        this.siblings = siblings;
        this.temp = temp;
        this.cancelled = cancelled;
        this.sink = sink;
    }

    /**
     * Starts writing a new version of the locked output folder (call only after {@link OutputGuard}
     * allowed it). Writes are refused from the moment {@code cancelled} turns true.
     */
    public static OutputFolder begin(BuildLock lock, BooleanSupplier cancelled) throws IOException {
        return begin(lock.output(), cancelled, FileSink.DISK);
    }

    static OutputFolder begin(Path output, BooleanSupplier cancelled, FileSink sink) throws IOException {
        OutputSiblings siblings = new OutputSiblings(output);
        Files.createDirectories(siblings.output().getParent());
        Path temp = siblings.newTemporaryFolder();
        Files.createDirectory(temp);
        OutputFolder folder = new OutputFolder(siblings, temp, cancelled, sink);
        try {
            folder.write(OutputGuard.MARKER, MARKER_TEXT);
        } catch (IOException e) {
            folder.close();
            throw e;
        }
        return folder;
    }

    /**
     * Writes one file; {@code relativePath} uses forward slashes and must stay inside the output.
     * Throws {@link WriteFailedException} for the first file that fails and for every write after
     * it, {@link BuildCancelledException} once the build is cancelled.
     */
    public void write(String relativePath, byte[] content) throws IOException {
        put(relativePath, target -> sink.write(target, content));
    }

    /** Writes one file as {@code content} makes it, never holding it whole; refused, fails and counts like {@link #write}. */
    public void write(String relativePath, StreamedContent content) throws IOException {
        put(relativePath, target -> sink.write(target, content));
    }

    /** How one file is made at its place in the new site. */
    @FunctionalInterface
    private interface FileMaker {
        void make(Path target) throws IOException;
    }

    private void put(String relativePath, FileMaker maker) throws IOException {
        Path target = checkedTarget(relativePath);
        try {
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            maker.make(target);
        } catch (IOException e) {
            stopped.compareAndSet(null, new WriteFailedException(relativePath, e));
            throw stopped.get();
        }
        written.incrementAndGet();
    }

    /**
     * Puts {@code previous}, a file of the site being replaced, into the new site at
     * {@code relativePath} as it is: a hard link where the file system allows one (no bytes move), else
     * a copy. Refused, fails and counts like {@link #write}.
     */
    public void carryOver(String relativePath, Path previous) throws IOException {
        put(relativePath, target -> {
            try {
                Files.createLink(target, previous);
            } catch (UnsupportedOperationException | IOException e) {
                // FAT, some network shares, another device: copy the bytes instead.
                Files.deleteIfExists(target);
                Files.copy(previous, target);
            }
        });
    }

    /** Where {@code relativePath} goes in the new site; throws once the output stopped or the build was cancelled. */
    private Path checkedTarget(String relativePath) throws IOException {
        IOException stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
        if (cancelled.getAsBoolean()) {
            stopped.compareAndSet(null, new BuildCancelledException());
            throw stopped.get();
        }
        Path target = temp.resolve(relativePath).normalize();
        if (!target.startsWith(temp) || target.equals(temp) || relativePath.contains("\\")) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }

    /** How many files were written, the marker file not counted. */
    public int filesWritten() {
        return Math.max(0, written.get() - 1);
    }

    /**
     * Swaps the new site in with two renames: the previous output aside to {@code .site.old-*},
     * the temporary folder to the output. The previous site is deleted by {@link #close()}, after
     * the new one is in place; should the process die first, the next build removes it.
     */
    public void commit() throws IOException {
        IOException stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
        if (cancelled.getAsBoolean()) {
            throw new BuildCancelledException();
        }
        Path output = siblings.output();
        Path aside = siblings.newOldFolder();
        boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            move(output, aside);
        }
        try {
            move(temp, output);
        } catch (IOException e) {
            if (hadOutput) {
                move(aside, output);
            }
            throw e;
        }
        committed = true;
        old = hadOutput ? aside : null;
    }

    /** Removes the temporary folder unless it was committed, or else the previous site it replaced. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            FolderDeleter.delete(temp);
        } else if (old != null) {
            FolderDeleter.delete(old);
            old = null;
        }
    }

    /** True after a commit that moved a previous site aside, which {@link #close()} then deletes. */
    public boolean replacedPrevious() {
        return old != null;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
