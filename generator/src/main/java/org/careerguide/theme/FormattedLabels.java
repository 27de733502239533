package org.careerguide.theme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One thread's labels already formatted by {@link java.text.MessageFormat}, by language, pattern and
 * values: the same counts and choices come back on page after page, and formatting them again cost
 * more than the rest of the label. Only values that are immutable and compare by value (strings,
 * whole numbers, booleans) are remembered; a date or anything else is formatted every time.
 * Bounded: when full it starts again, so a long preview never holds more than {@link #MAX} texts.
 */
final class FormattedLabels {

    static final int MAX = 20_000;

    private final Map<Key, String> texts = new HashMap<>();

    String get(Locale locale, String pattern, Object[] values) {
        return remembered(values) ? texts.get(new Key(locale, pattern, values)) : null;
    }

    void put(Locale locale, String pattern, Object[] values, String text) {
        if (!remembered(values)) {
            return;
        }
        if (texts.size() >= MAX) {
            texts.clear();
        }
        texts.put(new Key(locale, pattern, values.clone()), text);
    }

    private static boolean remembered(Object[] values) {
        for (Object value : values) {
            if (!(value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    /** The values compared element by element, with their classes: 1 and 1L are different values to a format. */
    private record Key(Locale locale, String pattern, Object[] values) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || !locale.equals(key.locale) || !pattern.equals(key.pattern)
                    || values.length != key.values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i].getClass() != key.values[i].getClass() || !values[i].equals(key.values[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * locale.hashCode() + pattern.hashCode()) + Arrays.hashCode(values);
        }
    }
}
