package org.careerguide.model;

import java.util.Locale;
import java.util.Optional;

/** The period a salary figure is paid for. */
public enum SalaryPeriod {
    YEAR, MONTH, HOUR;

    /** The name authors write in YAML ({@code year}, {@code month}, {@code hour}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SalaryPeriod> fromKey(String key) {
        for (SalaryPeriod period : values()) {
            if (period.key().equals(key)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
