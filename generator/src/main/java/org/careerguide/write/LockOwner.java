package org.careerguide.write;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The build that holds (or held) an output folder's lock, as written in the lock file: process
 * id, host and start time, so a waiting build can say whom it waits for and the next build can
 * tell that a killed build's process is gone.
 *
 * @param pid     the process id
 * @param host    the host name
 * @param started when the build took the lock
 * @param token   tells this lock holder from any other, even with the same process id
 */
record LockOwner(long pid, String host, Instant started, String token) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** This process, taking a lock now. */
    static LockOwner current(String token) {
        return new LockOwner(ProcessHandle.current().pid(), currentHost(), Instant.now(), token);
    }

    /** The lock file's content. */
    String text() {
        return "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\ntoken=" + token + "\n";
    }

    /** Parses a lock file's content; empty when it is empty or not a lock file of careerguide. */
    static Optional<LockOwner> parse(String text) {
        Properties fields = new Properties();
        try {
            fields.load(new StringReader(text));
            return Optional.of(new LockOwner(Long.parseLong(fields.getProperty("pid", "")),
                    fields.getProperty("host", "?"), Instant.parse(fields.getProperty("started", "")),
                    fields.getProperty("token", "")));
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "process 1234 on host build-7, since 10:02:03". */
    String describe() {
        return "process " + pid + " on host " + host + ", since " + TIME.format(started);
    }

    /**
     * True when process {@code pid} runs and started no later than {@code noLaterThan}: a process
     * that started after it is another one that got the same id.
     */
    static boolean processRuns(long pid, Instant noLaterThan) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(process -> process.info().startInstant().map(start -> !start.isAfter(noLaterThan)).orElse(true))
                .orElse(false);
    }

    /** The host name without asking DNS (which can hang): the kernel's, else Java's. */
    static String currentHost() {
        Path kernel = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
