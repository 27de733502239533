package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;

class CssMinifierTest {

    @Test
    void dropsCommentsAndSpaceButKeepsStringsSelectorsAndCalc() {
        String css = """
                /* theme */
                a :hover, b > c {
                  content: "a  /* not a comment */  b";
                  width: calc(100% - 2rem);
                  font: 1rem/1.6 system-ui, sans-serif;
                }
                @media (prefers-color-scheme: dark) { :root { --x: #fff; } }
                """;
        assertEquals("a :hover,b>c{content:\"a  /* not a comment */  b\";width:calc(100% - 2rem);"
                + "font:1rem/1.6 system-ui,sans-serif}@media (prefers-color-scheme:dark){:root{--x:#fff}}",
                CssMinifier.minify(css));
    }

    @Test
    void theDefaultStylesheetShrinksAndKeepsEveryRule() throws IOException {
        String css = Files.readString(TestSites.repoRoot().resolve("themes/default/static/assets/careerguide.css"));
        String small = CssMinifier.minify(css);
        assertTrue(small.length() < css.length() * 0.85, () -> small.length() + " of " + css.length());
        assertEquals(css.chars().filter(ch -> ch == '{').count(), small.chars().filter(ch -> ch == '{').count());
    }
}
