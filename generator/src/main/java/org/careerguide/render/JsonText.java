package org.careerguide.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON written by Jackson from plain maps, lists, strings and numbers: the data API, the JSON-LD
 * of each page and the search index. {@code <}, {@code >} and {@code &} are always written as
 * {@code \\u003c} and so on, so that JSON placed in a {@code <script>} element can never close it,
 * whatever an author typed.
 */
public final class JsonText {

    // Configured once and only read afterwards: ObjectMapper is thread-safe for writing.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private JsonText() {
    }

    /** One line of JSON, as embedded in pages and search shards. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8 JSON for a data file: one line and a newline, not indented. Indenting made the data API a
     * fifth bigger (12 MB of roles.json at 1,000 roles was 2.5 MB of spaces); {@code jq .} indents it
     * for a reader.
     */
    public static byte[] file(Object value) {
        return StreamedContent.bytes(out -> file(value, out));
    }

    /**
     * The JSON of a data file ({@link #file(Object)}) written to {@code out} as it is made; an
     * {@link Iterable} in {@code value} is read one element at a time, so a data file of every
     * role never holds all roles' data at once. Leaves {@code out} open.
     */
    public static void file(Object value, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            MAPPER.writeValue(json, value);
        }
        out.write('\n');
    }

    /** Compact UTF-8 JSON bytes. */
    public static byte[] bytes(Object value) {
        return compact(value).getBytes(StandardCharsets.UTF_8);
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
