package org.careerguide.model;

import java.nio.file.Path;

/** A file of the guide project's {@code static/} folder, copied to the output as it is. */
public record StaticFile(String outputPath, Path file, SourcePosition source) {
}
