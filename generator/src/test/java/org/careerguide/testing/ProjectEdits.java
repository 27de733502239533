package org.careerguide.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edits an author makes to a project between two builds (or two preview rebuilds), for tests that make them. */
public final class ProjectEdits {

    private ProjectEdits() {
    }

    /** Replaces the first {@code from} in {@code file} by {@code to}; fails the test when there is none. */
    public static void edit(Path file, String from, String to) {
        String text = TestSites.read(file);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
        TestSites.write(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    public static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project's own page.ftlh that adds {@code extra} markup to every free page. */
    public static String pageTemplate(String extra) {
        return "<#import \"layout.ftlh\" as layout>\n<@layout.frame title=page.title description=page.description!\"\">\n"
                + "<article class=\"prose page\">\n<h1>${page.title}</h1>\n" + extra + "\n${content}\n</article>\n"
                + "</@layout.frame>\n";
    }
}
