package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainPatternTest {

    private static final Object[] STRINGS = {"Ada & <Co>", "", "{1}", "'quoted'", "x"};

    @ParameterizedTest
    @ValueSource(strings = {"Back to {0}", "{0} · {1}", "{1}{0}{1}", "{0}", "a {4} b", "{00} and {3}"})
    void fillsPlainPatternsAsMessageFormatDoes(String pattern) {
        assertEquals(new MessageFormat(pattern, Locale.ENGLISH).format(STRINGS), PlainPattern.of(pattern).format(STRINGS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Step {0,number,integer}", "it''s {0}", "'{0}'", "{0,choice,1#one|1<many}", "a } b {0}",
            "{ 0 }", "{x}", "no arguments", "{0", "{123}"})
    void leavesEverythingElseToMessageFormat(String pattern) {
        assertNull(PlainPattern.of(pattern).format(STRINGS));
    }

    @Test
    void leavesArgumentsThatAreNotStringsToMessageFormat() {
        assertNull(PlainPattern.of("{0} roles").format(new Object[] {1234}));
        assertNull(PlainPattern.of("{0} and {1}").format(new Object[] {"one"}), "a missing argument");
        assertNull(PlainPattern.of("{0}").format(new Object[] {null}));
    }

    /** Every shipped label, with string arguments, comes out as MessageFormat formats it. */
    @Test
    void everyShippedLabelFormatsAsMessageFormatDoes() throws IOException {
        Path messages = Path.of("..", "themes", "default", "messages");
        int plain = 0;
        try (var files = Files.list(messages)) {
            for (Path file : files.toList()) {
                Properties labels = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    labels.load(reader);
                }
                Locale locale = file.getFileName().toString().contains("_de") ? Locale.GERMAN : Locale.ENGLISH;
                for (String key : labels.stringPropertyNames()) {
                    String pattern = labels.getProperty(key);
                    String fast = PlainPattern.of(pattern).format(STRINGS);
                    if (fast != null) {
                        plain++;
                        assertEquals(new MessageFormat(pattern, locale).format(STRINGS), fast, file + ": " + key);
                    }
                }
            }
        }
        assertEquals(true, plain > 20, "the shipped labels have plain patterns to check: " + plain);
    }
}
