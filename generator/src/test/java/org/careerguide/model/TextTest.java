package org.careerguide.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A Text keeps its position as parts, and gives back the same position it was made with. */
class TextTest {

    @Test
    void thePositionComesBackAsGiven() {
        SourcePosition at = new SourcePosition("roles/analyst.yaml", 12, 7);
        Text text = new Text("SQL", at);
        assertEquals(at, text.position());
        assertEquals("roles/analyst.yaml:12:7", text.position().toString());
        assertEquals(SourcePosition.ofFile("site.yaml"), new Text("x", SourcePosition.ofFile("site.yaml")).position());
    }

    @Test
    void textsAreEqualByValueAndPlaceAndPrintAsTheirValue() {
        SourcePosition at = new SourcePosition("roles/a.yaml", 3, 5);
        assertEquals(new Text("SQL", at), new Text("SQL", new SourcePosition("roles/a.yaml", 3, 5)));
        assertEquals(new Text("SQL", at).hashCode(), new Text("SQL", at).hashCode());
        assertNotEquals(new Text("SQL", at), new Text("SQL", new SourcePosition("roles/a.yaml", 4, 5)));
        assertNotEquals(new Text("SQL", at), new Text("Python", at));
        assertEquals("SQL", new Text("SQL", at).toString());
    }
}
