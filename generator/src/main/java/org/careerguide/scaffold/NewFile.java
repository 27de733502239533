package org.careerguide.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a file that must not exist yet: scaffolds never overwrite what an author wrote. */
final class NewFile {

    private NewFile() {
    }

    /** Writes {@code text} to {@code file}, creating its folders; an existing file is {@code whenExists}. */
    static void write(Path file, String text, String whenExists) throws ScaffoldException, IOException {
        Files.createDirectories(file.getParent());
        try {
            // CREATE_NEW: the check for an existing file and the write are one step.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(file + " already exists; " + whenExists);
        }
    }
}
