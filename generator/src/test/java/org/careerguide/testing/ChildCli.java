package org.careerguide.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real CLI ({@code org.careerguide.cli.Main}) in a child JVM, as a user or a CI runner starts
 * it, so a test can send it real signals. Its output goes to files (a pipe nobody reads could
 * block it); the classpath is the test's own.
 */
public final class ChildCli implements AutoCloseable {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildCli(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code careerguide args...}; {@code logs} holds its stdout and stderr files. */
    public static ChildCli start(Path logs, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dorg.freemarker.loggerLibrary=none",
                "-cp", classpath(), "org.careerguide.cli.Main"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "stdout", ".txt");
            Path err = Files.createTempFile(logs, "stderr", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            return new ChildCli(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test's classes and libraries as one class path, for a child JVM that runs the CLI as the
     * jar does: surefire names the class path in a property (its own is a manifest-only jar), and
     * puts the generator's module (and what it requires) on the module path.
     */
    public static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        String modules = System.getProperty("jdk.module.path", "");
        String joined = modules.isBlank() ? classpath : modules + File.pathSeparator + classpath;
        return String.join(File.pathSeparator, joined.split(File.pathSeparator));
    }

    public long pid() {
        return process.pid();
    }

    /** Sends SIGTERM, what a CI cancel sends ({@link Process#destroy} does on Unix). */
    public void terminate() {
        process.destroy();
    }

    /** Sends SIGKILL: no hook runs, as with the OOM killer. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Sends SIGINT, what Ctrl+C in a terminal sends. */
    public void interrupt() {
        try {
            int status = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start()
                    .waitFor();
            if (status != 0) {
                throw new AssertionError("kill -INT " + process.pid() + " exited with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for the exit; fails the test after {@code limit}. */
    public int exitCode(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("careerguide did not exit within " + limit + "; stderr: " + stderr());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Polls {@code condition} every few ms until it holds; fails if the child exits first or at {@code limit}. */
    public void awaitWhileRunning(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("careerguide exited (" + process.exitValue() + ") before " + what
                        + "; stdout: " + stdout() + "; stderr: " + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + limit + "; stderr: " + stderr());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the child if a failed test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
