package org.careerguide.model;

import java.util.Optional;

/** What site.yaml's {@code checks:} makes of one kind of warning. */
public enum CheckLevel {
    ERROR, WARNING, OFF;

    public String key() {
        return EnumKeys.key(this);
    }

    public static Optional<CheckLevel> fromKey(String key) {
        return EnumKeys.find(values(), key);
    }
}
