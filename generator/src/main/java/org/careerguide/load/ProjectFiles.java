package org.careerguide.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;

/**
 * The files of a guide project as the build may read them: sorted, without editor temp files, and
 * never through a symbolic link that leads outside the project folder.
 */
public final class ProjectFiles {

    private final Path projectDir;
    private final Path realProjectDir;
    private final String displayRoot;

    public ProjectFiles(Path projectDir, String displayRoot) throws IOException {
        this.projectDir = projectDir;
        this.realProjectDir = projectDir.toRealPath();
        this.displayRoot = displayRoot;
    }

    public Path projectDir() {
        return projectDir;
    }

    /** A project file's path relative to the project folder, with forward slashes: {@code roles/x.yaml}. */
    public String relative(Path file) {
        return projectDir.relativize(file).toString().replace('\\', '/');
    }

    /** How a project file is named in messages: the project folder as the user named it, then the path. */
    public String display(Path file) {
        String relative = projectDir.relativize(file).toString().replace('\\', '/');
        return displayRoot.isEmpty() || displayRoot.equals(".") ? relative : displayRoot + "/" + relative;
    }

    /** The regular files directly in {@code folder} (relative to the project), sorted by name. */
    public List<Path> list(String folder, Problems problems) throws IOException {
        Path dir = projectDir.resolve(folder);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (isEditorTempFile(entry.getFileName().toString())) {
                    continue;
                }
                if (isReadable(entry, problems) && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Every regular file below {@code folder}, recursively, sorted. */
    public List<Path> walk(String folder, Problems problems) throws IOException {
        Path dir = projectDir.resolve(folder);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isEditorTempFile(file.getFileName().toString()) && isReadable(file, problems)
                        && Files.isRegularFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** A symbolic link is read only when it stays inside the project folder. */
    private boolean isReadable(Path file, Problems problems) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            if (file.toRealPath().startsWith(realProjectDir)) {
                return true;
            }
            problems.error(SourcePosition.ofFile(display(file)),
                    "symbolic link leads outside the guide project; it is not read");
        } catch (IOException e) {
            problems.error(SourcePosition.ofFile(display(file)), "symbolic link is broken or loops");
        }
        return false;
    }

    /** Files editors leave beside the ones being edited: never content. */
    public static boolean isEditorTempFile(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#") || name.equals("4913");
    }
}
