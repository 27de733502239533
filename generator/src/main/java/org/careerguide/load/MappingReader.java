package org.careerguide.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.text.DidYouMean;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping against a fixed set of keys, reporting every unknown key (with a "did you
 * mean"), duplicate key, missing value and wrong type at its line and column. Values are taken as
 * the text the author wrote, never as YAML 1.1 typed values ({@code NO} stays "NO").
 */
final class MappingReader {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final YamlSource source;
    private final Problems problems;
    private final SourcePosition position;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final String what;
    private final SharedValues shared;

    private MappingReader(YamlSource source, Problems problems, MappingNode node, String what,
                          Set<String> allowedKeys, SharedValues shared) {
        this.source = source;
        this.shared = shared;
        this.problems = problems;
        this.position = source.position(node);
        this.what = what;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.error(source.position(keyNode), "keys must be plain names in " + what);
                continue;
            }
            String key = scalarKey.getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                SourcePosition firstAt = source.position(first.getKeyNode());
                problems.error(source.position(keyNode), "duplicate key '" + key + "' (first defined at "
                        + firstAt.line() + ":" + firstAt.column() + ")");
            } else if (!allowedKeys.contains(key)) {
                problems.error(source.position(keyNode), "unknown key '" + key + "' in " + what
                        + DidYouMean.hint(key, allowedKeys));
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** A reader over {@code node} if it is a mapping; otherwise reports that and returns empty. */
    static Optional<MappingReader> of(Node node, YamlSource source, Problems problems, String what,
                                      Set<String> allowedKeys) {
        return of(node, source, problems, what, allowedKeys, SharedValues.NONE);
    }

    /** As {@link #of(Node, YamlSource, Problems, String, Set)}, its short values (and its nested mappings') kept once in {@code shared}. */
    static Optional<MappingReader> of(Node node, YamlSource source, Problems problems, String what,
                                      Set<String> allowedKeys, SharedValues shared) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new MappingReader(source, problems, mapping, what, allowedKeys, shared));
        }
        problems.error(source.position(node), what + " must be a mapping of keys to values, found "
                + kind(node));
        return Optional.empty();
    }

    SourcePosition position() {
        return position;
    }

    /** The value of a key, unless it is absent or null ({@code key:}, {@code ~}, {@code null}). */
    Optional<Node> node(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : source.position(tuple.getKeyNode());
    }

    Optional<Text> text(String key) {
        return node(key).flatMap(value -> asText(value, "'" + key + "'"));
    }

    /** A required, non-empty text; reports its absence at the mapping's start. */
    Optional<Text> requiredText(String key) {
        if (node(key).isEmpty()) {
            if (entries.containsKey(key)) {
                problems.error(keyPosition(key), "'" + key + "' has no value");
            } else {
                problems.error(position, "missing required key '" + key + "' in " + what);
            }
            return Optional.empty();
        }
        return text(key);
    }

    List<Text> textList(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.error(source.position(value.get()), "'" + key + "' must be a list, found "
                    + kind(value.get()));
            return List.of();
        }
        List<Text> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (isNull(item)) {
                problems.error(source.position(item), "empty item in '" + key + "'");
                continue;
            }
            asText(item, "an item of '" + key + "'").ifPresent(items::add);
        }
        return items;
    }

    List<Node> nodeList(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.error(source.position(value.get()), "'" + key + "' must be a list, found " + kind(value.get()));
        return List.of();
    }

    Optional<MappingReader> mapping(String key, Set<String> allowedKeys) {
        return node(key).flatMap(value -> of(value, source, problems, "'" + key + "'", allowedKeys, shared));
    }

    /**
     * A mapping of names the author chooses (classification schemes, check kinds) to texts, in
     * the order written; each name must match {@code names}, described as {@code what} in errors.
     */
    List<Map.Entry<Text, Text>> pairs(String key, Pattern names, String what) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof MappingNode mapping)) {
            problems.error(source.position(value.get()), "'" + key + "' must be a mapping, found " + kind(value.get()));
            return List.of();
        }
        List<Map.Entry<Text, Text>> pairs = new ArrayList<>();
        Map<String, SourcePosition> seen = new java.util.HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<Text> name = asText(tuple.getKeyNode(), "a key of '" + key + "'");
            if (name.isEmpty()) {
                continue;
            }
            SourcePosition first = seen.putIfAbsent(name.get().value(), name.get().position());
            if (first != null) {
                problems.error(name.get().position(), "duplicate key '" + name.get().value() + "' (first defined at "
                        + first.line() + ":" + first.column() + ")");
            } else if (!names.matcher(name.get().value()).matches()) {
                problems.error(name.get().position(), "'" + name.get().value() + "' in '" + key + "' must be " + what);
            } else if (isNull(tuple.getValueNode())) {
                problems.error(name.get().position(), "'" + name.get().value() + "' in '" + key + "' has no value");
            } else {
                asText(tuple.getValueNode(), "'" + key + "." + name.get().value() + "'")
                        .ifPresent(text -> pairs.add(Map.entry(name.get(), text)));
            }
        }
        return pairs;
    }

    Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text.value()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.error(text.position(), "'" + key + "' must be true or false, found '" + text.value() + "'");
                yield Optional.empty();
            }
        });
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.value()));
            } catch (DateTimeParseException e) {
                problems.error(text.position(), "'" + key + "' must be a date written YYYY-MM-DD, found '"
                        + text.value() + "'");
                return Optional.empty();
            }
        });
    }

    /** A non-negative number written as digits with an optional decimal part. */
    Optional<BigDecimal> number(String key) {
        return number(key, requiredText(key));
    }

    /** Like {@link #number(String)}, but absence is no error. */
    Optional<BigDecimal> optionalNumber(String key) {
        return node(key).isEmpty() ? Optional.empty() : number(key, text(key));
    }

    private Optional<BigDecimal> number(String key, Optional<Text> text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().value().replace("_", "");
        if (value.startsWith("-") && NUMBER.matcher(value.substring(1)).matches()) {
            problems.error(text.get().position(), "'" + key + "' must not be negative, found " + value);
            return Optional.empty();
        }
        if (!NUMBER.matcher(value).matches()) {
            problems.error(text.get().position(), "'" + key + "' must be a number like 120000, found '"
                    + text.get().value() + "'");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    private Optional<Text> asText(Node node, String label) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.error(source.position(node), label + " is empty");
                return Optional.empty();
            }
            return Optional.of(new Text(shared.of(value), source.position(node)));
        }
        problems.error(source.position(node), label + " must be text, found " + kind(node));
        return Optional.empty();
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && Tag.NULL.equals(scalar.getTag());
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "text '" + ((ScalarNode) node).getValue() + "'";
    }
}
