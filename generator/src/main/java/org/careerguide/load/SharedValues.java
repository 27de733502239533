package org.careerguide.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each short value met while loading one guide: names repeat across roles (skills,
 * employers, progression targets, salary levels), and one string each instead of one per role saves
 * hundreds of megabytes at 100,000 roles. Safe for the threads that load role files in parallel.
 *
 * <p>A map of its own rather than {@link String#intern()}: the JVM's string table is scanned at every
 * garbage collection, young ones included, so with millions of loaded values each of the many young
 * collections of a large load grew with the guide (the load stage went from 5 s at 10,000 roles to
 * 123 s at 100,000). This map is ordinary heap, dropped with the loader once the guide is loaded.
 */
final class SharedValues {

    /** Values up to this long are shared; longer ones (prose) hardly ever repeat. */
    static final int MAX_LENGTH = 64;

    /** Shares nothing: every value is kept as it is (files read one at a time, such as site.yaml). */
    static final SharedValues NONE = new SharedValues(null);

    private final Map<String, String> values;

    private SharedValues(Map<String, String> values) {
        this.values = values;
    }

    /** An empty set of values, to share among the files of one load. */
    static SharedValues create() {
        return new SharedValues(new ConcurrentHashMap<>());
    }

    /** The copy of {@code value} kept for the guide: the first equal one met, or {@code value} itself. */
    String of(String value) {
        if (values == null || value.length() > MAX_LENGTH) {
            return value;
        }
        String kept = values.putIfAbsent(value, value);
        return kept != null ? kept : value;
    }

    /** How many different values are kept. */
    int size() {
        return values == null ? 0 : values.size();
    }
}
