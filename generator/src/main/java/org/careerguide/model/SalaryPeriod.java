package org.careerguide.model;

import java.util.Optional;

/** The period a salary figure is paid for. */
public enum SalaryPeriod {
    YEAR, MONTH, HOUR;

    /** The name authors write in YAML ({@code year}, {@code month}, {@code hour}). */
    public String key() {
        return EnumKeys.key(this);
    }

    public static Optional<SalaryPeriod> fromKey(String key) {
        return EnumKeys.find(values(), key);
    }
}
