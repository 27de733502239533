package org.careerguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a folder may be used as the output of a guide project: never the project folder,
 * never a folder that contains it, never inside a folder the build reads, and never an existing
 * folder with files that careerguide did not write (it is replaced as a whole).
 */
public final class OutputGuard {

    /** The marker file that says careerguide wrote the folder, so replacing it loses nothing of the user's. */
    public static final String MARKER = ".careerguide";

    private final List<String> readFolders;

    /** @param readFolders the project's folders (and files) the build reads, relative to the project */
    public OutputGuard(List<String> readFolders) {
        this.readFolders = List.copyOf(readFolders);
    }

    /** Why {@code output} cannot be used for {@code project}, or empty if it can. */
    public Optional<String> problem(Path project, Path output) throws IOException {
        Path projectPath = real(project);
        Path outputPath = real(output);
        if (outputPath.equals(projectPath)) {
            return Optional.of("the output folder is the guide project folder; choose another, e.g. target/site");
        }
        if (projectPath.startsWith(outputPath)) {
            return Optional.of("the output folder contains the guide project; choose a folder inside it or beside it");
        }
        for (String folder : readFolders) {
            if (outputPath.startsWith(projectPath.resolve(folder))) {
                return Optional.of("the output folder lies in " + folder + "/, which the build reads; choose another,"
                        + " e.g. target/site");
            }
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            return Optional.of("the output folder exists and was not written by careerguide (no " + MARKER
                    + " file); it would be replaced, so empty or remove it first, or choose another");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
            return Optional.of("the output path exists and is not a folder");
        }
        return Optional.empty();
    }

    /** The real path of a folder, or of its nearest existing ancestor joined with the rest. */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
