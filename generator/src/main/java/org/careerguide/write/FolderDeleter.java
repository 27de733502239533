package org.careerguide.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes a folder that careerguide wrote. Its marker file goes last, so a deletion cut short (the
 * process killed) leaves a folder the next build still recognises as careerguide's and finishes
 * removing. The entries two levels down ({@code roles/<slug>/}, ...) are deleted in parallel: a site
 * of ten thousand roles is tens of thousands of files, and unlinking them one by one on one thread
 * was most of what a swap used to cost.
 */
final class FolderDeleter {

    private FolderDeleter() {
    }

    static void delete(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        Path marker = root.resolve(OutputGuard.MARKER);
        List<Path> top = list(root).stream().filter(entry -> !entry.equals(marker)).toList();
        List<Path> entries = new ArrayList<>();
        for (Path entry : top) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                entries.addAll(list(entry));
            } else {
                entries.add(entry);
            }
        }
        try {
            entries.parallelStream().forEach(entry -> {
                try {
                    deleteTree(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path entry : top) {
            Files.deleteIfExists(entry);
        }
        Files.deleteIfExists(marker);
        Files.delete(root);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(top);
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
