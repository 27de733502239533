package org.careerguide.render;

import java.io.IOException;

/** Where rendered pages and copied files go: a temporary folder, memory, or nowhere (check). */
@FunctionalInterface
public interface PageOutput {

    void write(String outputPath, byte[] content) throws IOException;
}
