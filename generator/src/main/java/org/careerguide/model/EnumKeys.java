package org.careerguide.model;

import java.util.Locale;
import java.util.Optional;

/** The names enum values are written with in YAML: lowercase ({@code spelling_variant}, {@code hour}). */
final class EnumKeys {

    private EnumKeys() {
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, String key) {
        for (E value : values) {
            if (key(value).equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
