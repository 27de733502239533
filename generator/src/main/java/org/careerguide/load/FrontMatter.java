package org.careerguide.load;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top) and
 * its body, remembering on which line each starts so that errors point at the file's own lines.
 */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyFirstLine) {

    static Optional<FrontMatter> split(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 1, body, i + 2));
            }
        }
        return Optional.empty();
    }
}
