package org.careerguide.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of the content format (draft 2020-12), shipped in the jar and written to
 * {@code schema/} of every site, so editors with a YAML language server can complete and explain
 * keys: {@code # yaml-language-server: $schema=https://example.org/guides/schema/role.schema.json}.
 */
public final class SchemaFiles {

    /** Where the schemas sit in the jar. */
    public static final String RESOURCE_FOLDER = "careerguide/schema/";
    /** Their folder in the site. */
    public static final String OUTPUT_FOLDER = "schema/";
    public static final List<String> NAMES = List.of("role.schema.json", "site.schema.json", "terms.schema.json",
            "data.schema.json");

    private SchemaFiles() {
    }

    /** The schemas by output path ({@code schema/role.schema.json} ...). */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            files.put(OUTPUT_FOLDER + name, read(name));
        }
        return files;
    }

    /** One schema's bytes from the jar. */
    public static byte[] read(String name) {
        // Through the class, not its loader: on the module path a class loader does not hand out
        // resources of a module's packages (careerguide/schema is one), the module's own classes can.
        try (InputStream in = SchemaFiles.class.getResourceAsStream("/" + RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCE_FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
