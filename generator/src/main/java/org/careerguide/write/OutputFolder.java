package org.careerguide.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Stage 4: the output of a build. Everything is written into a fresh temporary folder beside the
 * output folder; only when the whole site is there does {@link #commit()} swap it in, so a build
 * that fails leaves the previous site exactly as it was. No path can leave the temporary folder.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path output;
    private final Path temp;
    private boolean committed;

    private OutputFolder(Path output, Path temp) {
        this.output = output;
        this.temp = temp;
    }

    /** Starts writing a new version of {@code output}; call only after {@link OutputGuard} allowed it. */
    public static OutputFolder begin(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(temp);
        Files.writeString(temp.resolve(OutputGuard.MARKER),
                "This folder was written by careerguide and is replaced by every build.\n", StandardCharsets.UTF_8);
        return new OutputFolder(absolute, temp);
    }

    /** Writes one file; {@code relativePath} uses forward slashes and must stay inside the output. */
    public void write(String relativePath, byte[] content) throws IOException {
        Path target = temp.resolve(relativePath).normalize();
        if (!target.startsWith(temp) || target.equals(temp) || relativePath.contains("\\")) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    /** Replaces the output folder with everything written. */
    public void commit() throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOutput = Files.exists(output);
        if (hadOutput) {
            move(output, old);
        }
        try {
            move(temp, output);
        } catch (IOException e) {
            if (hadOutput) {
                move(old, output);
            }
            throw e;
        }
        committed = true;
        if (hadOutput) {
            deleteTree(old);
        }
    }

    /** Drops the temporary folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(temp);
        }
    }

    public Path path() {
        return output;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
