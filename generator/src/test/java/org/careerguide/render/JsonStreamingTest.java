package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON written as it is made (roles.json) is byte for byte the JSON made whole. */
class JsonStreamingTest {

    private static Map<String, Object> role(int i) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("slug", "role-" + i);
        role.put("title", "Role <" + i + "> & \"more\" é");
        role.put("skills", List.of("SQL", "</script>"));
        role.put("salary", Map.of("min", 1000 * i));
        role.put("empty", List.of());
        return role;
    }

    private static Map<String, Object> file(Object roles) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("$schema", "schema/data.schema.json");
        all.put("site", Map.of("title", "Guide"));
        all.put("roles", roles);
        return all;
    }

    @Test
    void anIterableStreamsToTheSameBytesAsAList() throws IOException {
        List<Map<String, Object>> roles = List.of(role(1), role(2), role(3));
        Iterable<Map<String, Object>> lazy = () -> roles.stream().map(role -> role).iterator();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonText.file(file(lazy), streamed);
        assertArrayEquals(JsonText.file(file(roles)), streamed.toByteArray());
    }

    @Test
    void noRolesStreamTheSameAsAnEmptyList() throws IOException {
        Iterable<Object> none = () -> List.of().iterator();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JsonText.file(file(none), streamed);
        assertArrayEquals(JsonText.file(file(List.of())), streamed.toByteArray());
    }

    @Test
    void aStreamedGeneratedFileHasTheSameBytesEitherWay() throws IOException {
        GeneratedFile file = GeneratedFile.streamed("roles.json", out -> JsonText.file(file(List.of(role(1))), out));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        file.stream().writeTo(streamed);
        assertArrayEquals(file.content().get(), streamed.toByteArray());
        assertArrayEquals(JsonText.file(file(List.of(role(1)))), streamed.toByteArray());
    }
}
