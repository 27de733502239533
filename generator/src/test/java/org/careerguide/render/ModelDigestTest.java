package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page key an incremental build compares: equal for equal data, different for any difference. */
class ModelDigestTest {

    private static Optional<String> key(Map<String, Object> model) {
        return ModelDigest.of("roles/a/index.html", "role.ftlh", model);
    }

    @Test
    void equalDataGivesEqualKeysWhateverTheOrderOfAnUnorderedMap() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> two = new HashMap<>(64);
        for (int i = 0; i < 40; i++) {
            one.put("k" + i, List.of("v" + i, i, Html.of("<b>" + i + "</b>")));
        }
        for (int i = 39; i >= 0; i--) {
            two.put("k" + i, List.of("v" + i, i, Html.of("<b>" + i + "</b>")));
        }
        assertTrue(key(one).isPresent());
        assertEquals(key(one), key(two));
        assertEquals(key(Map.of("a", 1, "b", 2)), key(Map.of("b", 2, "a", 1)));
    }

    @Test
    void anyDifferenceChangesTheKey() {
        assertNotEquals(key(Map.of("x", List.of("ab", "c"))), key(Map.of("x", List.of("a", "bc"))));
        assertNotEquals(key(Map.of("x", "1")), key(Map.of("x", 1)), "a string is not a number");
        assertNotEquals(key(Map.of("x", 1)), key(Map.of("x", 1L)));
        assertNotEquals(key(Map.of("x", "<b>")), key(Map.of("x", Html.of("<b>"))), "text is not markup");
        assertNotEquals(key(Map.of("x", List.of())), key(Map.of("x", Map.of())));
        assertNotEquals(key(Map.of()), ModelDigest.of("roles/b/index.html", "role.ftlh", Map.of()), "the path counts");
        assertNotEquals(key(Map.of()), ModelDigest.of("roles/a/index.html", "page.ftlh", Map.of()), "the template too");
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(key(Map.of("m", ab)), key(Map.of("m", ba)), "an ordered map's order is part of it");
        assertNotEquals(key(Map.of("x", "é".repeat(10_000))), key(Map.of("x", "è".repeat(10_000))));
    }

    @Test
    void dataOfAnUnknownKindCannotBeKeyed() {
        assertEquals(Optional.empty(), key(Map.of("x", new Object())));
        assertEquals(Optional.empty(), key(Map.of("x", List.of(Map.of("y", new StringBuilder("z"))))));
    }

    /** Two records of test data: the same components, different types. */
    private record One(String a, Object b) implements org.careerguide.render.page.TemplateData {
        @Override
        public void components(Components out) {
            out.add("a", a).add("b", b);
        }
    }

    private record Two(String a, Object b) implements org.careerguide.render.page.TemplateData {
        @Override
        public void components(Components out) {
            out.add("a", a).add("b", b);
        }
    }

    @Test
    void recordsAreKeyedByTypeAndEveryComponent() {
        assertTrue(key(Map.of("r", new One("a", List.of(1)))).isPresent());
        assertEquals(key(Map.of("r", new One("a", List.of(1)))), key(Map.of("r", new One("a", List.of(1)))));
        assertNotEquals(key(Map.of("r", new One("a", "b"))), key(Map.of("r", new Two("a", "b"))), "the type counts");
        assertNotEquals(key(Map.of("r", new One("a", "b"))), key(Map.of("r", new One("a", "c"))));
        assertNotEquals(key(Map.of("r", new One("ab", null))), key(Map.of("r", new One("a", "b"))));
        assertNotEquals(key(Map.of("r", new One(null, ""))), key(Map.of("r", new One("", null))), "null is not empty");
        assertNotEquals(key(Map.of("r", new One("a", new One("b", null)))),
                key(Map.of("r", new One("a", new Two("b", null)))), "nested records too");
        assertNotEquals(key(Map.of("r", new One("a", "b"))), key(Map.of("r", Map.of("a", "a", "b", "b"))),
                "a record is not a map");
        assertEquals(Optional.empty(), key(Map.of("r", new One("a", new StringBuilder("b")))),
                "a component of an unknown kind makes the page undigestable");
    }
}
