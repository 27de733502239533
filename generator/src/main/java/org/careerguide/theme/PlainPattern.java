package org.careerguide.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A label pattern that is only text and plain {@code {n}} arguments ("Back to {0}", "{0} · {1}"),
 * filled in without {@link java.text.MessageFormat} when every argument it names is a string,
 * which MessageFormat would insert as it is. Pages format such labels thousands of times; anything
 * else (quotes, number, date or choice formats, other argument types) is left to MessageFormat.
 */
final class PlainPattern {

    /** Patterns looked at so far: a theme has a few hundred labels, so this stays small. */
    private static final Map<String, PlainPattern> SEEN = new ConcurrentHashMap<>();
    private static final PlainPattern NOT_PLAIN = new PlainPattern(List.of(), new int[0]);

    /** The text before each argument, then the text after the last one. */
    private final List<String> texts;
    private final int[] arguments;

    private PlainPattern(List<String> texts, int[] arguments) {
        this.texts = texts;
        this.arguments = arguments;
    }

    static PlainPattern of(String pattern) {
        return SEEN.computeIfAbsent(pattern, PlainPattern::parse);
    }

    private static PlainPattern parse(String pattern) {
        if (pattern.indexOf('\'') >= 0) {
            return NOT_PLAIN;
        }
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0 || close == open + 1 || close - open > 3) {
                return NOT_PLAIN;
            }
            for (int i = open + 1; i < close; i++) {
                if (pattern.charAt(i) < '0' || pattern.charAt(i) > '9') {
                    return NOT_PLAIN; // a format type ({0,number}) or not an argument at all
                }
            }
            String text = pattern.substring(from, open);
            if (text.indexOf('}') >= 0) {
                return NOT_PLAIN;
            }
            texts.add(text);
            arguments.add(Integer.parseInt(pattern.substring(open + 1, close)));
            from = close + 1;
        }
        if (pattern.indexOf('}', from) >= 0 || arguments.isEmpty()) {
            return NOT_PLAIN;
        }
        texts.add(pattern.substring(from));
        return new PlainPattern(List.copyOf(texts), arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The pattern filled in with {@code values}, or null when MessageFormat must do it. */
    String format(Object[] values) {
        if (arguments.length == 0) {
            return null;
        }
        int length = 0;
        for (int argument : arguments) {
            if (argument >= values.length || !(values[argument] instanceof String value)) {
                return null;
            }
            length += value.length();
        }
        StringBuilder text = new StringBuilder(length + 32);
        for (int i = 0; i < arguments.length; i++) {
            text.append(texts.get(i)).append((String) values[arguments[i]]);
        }
        return text.append(texts.get(arguments.length)).toString();
    }
}
