package org.careerguide.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The lock a build holds on its output folder from its first write to the end of its swap, so two
 * builds of the same output never interleave. It is an operating-system lock on {@code .site.lock}
 * beside the output (released by the system when the process dies, however it dies); the file also
 * holds the owner's process id and host, for the message of a build that has to wait and for the
 * recovery after a killed build. The file is deleted when the lock is released.
 */
public final class BuildLock implements AutoCloseable {

    /**
     * Lock files held by this JVM. A second channel on a file this JVM has locked cannot take the
     * lock (it throws), and closing it would drop the first channel's lock on POSIX systems, so a
     * build asks here first. Process-wide on purpose: the file lock it guards is process-wide too.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private static final Duration FIRST_POLL = Duration.ofMillis(20);
    private static final Duration LONGEST_POLL = Duration.ofMillis(250);

    private final Path output;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final FileChannel check;
    private final Optional<LockOwner> previous;

    private BuildLock(Path output, Path file, FileChannel channel, FileLock lock, FileChannel check,
                      Optional<LockOwner> previous) {
        this.output = output;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.check = check;
        this.previous = previous;
    }

    /** Thrown when another build kept the output folder longer than the build was willing to wait. */
    public static final class BusyException extends IOException {
        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock of {@code output}, waiting up to {@code wait} while another build holds it
     * ({@code waiting} hears once whom it waits for). Returns empty when {@code cancelled} turned
     * true while waiting.
     *
     * @throws BusyException when the other build still holds it after {@code wait}
     */
    public static Optional<BuildLock> acquire(Path output, Duration wait, BooleanSupplier cancelled,
                                              Consumer<String> waiting) throws IOException {
        OutputSiblings siblings = new OutputSiblings(output);
        Files.createDirectories(siblings.output().getParent());
        Path file = siblings.lockFile().getParent().toRealPath().resolve(siblings.lockFile().getFileName());
        long deadline = System.nanoTime() + wait.toNanos();
        Duration poll = FIRST_POLL;
        boolean announced = false;
        while (!cancelled.getAsBoolean()) {
            Optional<BuildLock> taken = tryTake(siblings.output(), file);
            if (taken.isPresent()) {
                return taken;
            }
            String holder = HELD_HERE.contains(file) ? "another build in this process" : holder(file);
            if (System.nanoTime() - deadline >= 0) {
                throw new BusyException("another build is writing this output folder (" + holder + ")"
                        + (wait.isZero() ? "" : "; waited " + seconds(wait)) + ". Build again when it has"
                        + " finished, or into another folder");
            }
            if (!announced) {
                waiting.accept("Waiting for another build of " + siblings.output() + " to finish (" + holder
                        + "); waiting up to " + seconds(wait));
                announced = true;
            }
            sleep(poll);
            poll = poll.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : poll.multipliedBy(2);
        }
        return Optional.empty();
    }

    /** The locked output folder (absolute). */
    public Path output() {
        return output;
    }

    /** The build that held the lock before, when its lock file was left behind (its process was killed). */
    public Optional<LockOwner> previous() {
        return previous;
    }

    /** Deletes the lock file, then releases the lock (in this order, see {@link #tryTake}). */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                closeQuietly(check);
                HELD_HERE.remove(file);
            }
        }
    }

    /**
     * One attempt. The lock file is deleted by its owner before it releases the lock, so a build that
     * opened the file just before and gets the lock just after holds a lock on a deleted file: it
     * writes its token and reads it back through the path, and tries again if that is not its own.
     * The channel that reads it back stays open while the lock is held: closing any descriptor of a
     * file drops the process's POSIX locks on it, the one that holds the lock included.
     */
    private static Optional<BuildLock> tryTake(Path output, Path file) throws IOException {
        if (!HELD_HERE.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Optional<LockOwner> previous = LockOwner.parse(read(channel));
                LockOwner owner = LockOwner.current(UUID.randomUUID().toString());
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(owner.text().getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                Optional<FileChannel> check = openIfOwned(file, owner);
                if (check.isPresent()) {
                    return Optional.of(new BuildLock(output, file, channel, lock, check.get(), previous));
                }
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // Cannot happen while HELD_HERE guards every channel of this JVM; treated as busy.
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            closeQuietly(channel);
            throw e;
        }
        closeQuietly(channel);
        HELD_HERE.remove(file);
        return Optional.empty();
    }

    /** A channel through the path when it leads to the file holding {@code owner}'s token. */
    private static Optional<FileChannel> openIfOwned(Path file, LockOwner owner) throws IOException {
        FileChannel check;
        try {
            check = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        boolean owned = LockOwner.parse(read(check)).filter(found -> found.token().equals(owner.token())).isPresent();
        if (!owned) {
            check.close();
            return Optional.empty();
        }
        return Optional.of(check);
    }

    /**
     * Who holds the lock, from the lock file; it may be between owners, so this is best effort. Only
     * read when this process holds no lock on it (closing the reader would drop that lock).
     */
    private static String holder(Path file) {
        try {
            return LockOwner.parse(Files.readString(file, StandardCharsets.UTF_8)).map(LockOwner::describe)
                    .orElse("its lock file " + file + " is being written");
        } catch (IOException e) {
            return "its lock file is " + file;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // Reads until the buffer is full or the file ends.
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static String seconds(Duration wait) {
        long millis = wait.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static void sleep(Duration poll) throws IOException {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the output folder's lock");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written through it that anyone needs.
            }
        }
    }
}
