package org.careerguide.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What an editor's YAML language server hands a JSON Schema: the file read as YAML 1.2 (core
 * schema: {@code 2026} is a number, {@code yes} is text) and turned into JSON. Empty when the file
 * is no JSON document at all (bad UTF-8, broken YAML, several documents, duplicate or non-text keys):
 * an editor marks those as errors before any schema is consulted.
 */
final class YamlToJson {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlToJson() {
    }

    static Optional<JsonNode> convert(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.indexOf('\uFEFF') >= 0 || text.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
            return root == null ? Optional.of(JSON.nullNode()) : Optional.ofNullable(json(root, 0));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static JsonNode json(Node node, int depth) {
        if (depth > 100) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            for (Node item : sequence.getValue()) {
                JsonNode value = json(item, depth + 1);
                if (value == null) {
                    return null;
                }
                array.add(value);
            }
            return array;
        }
        ObjectNode object = JSON.objectNode();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || object.has(key.getValue())) {
                return null;
            }
            JsonNode value = json(tuple.getValueNode(), depth + 1);
            if (value == null) {
                return null;
            }
            object.set(key.getValue(), value);
        }
        return object;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return JSON.textNode(value);
        }
        if (NULL.matcher(value).matches()) {
            return JSON.nullNode();
        }
        if (BOOL.matcher(value).matches()) {
            return JSON.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (INT.matcher(value).matches()) {
            return JSON.numberNode(new BigInteger(value));
        }
        if (FLOAT.matcher(value).matches()) {
            return JSON.numberNode(new BigDecimal(value));
        }
        return JSON.textNode(value);
    }
}
