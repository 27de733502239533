package org.careerguide.model;

import java.util.Optional;

/** What the salary levels are: the salary heading and chart caption say it. */
public enum SalaryBasis {
    /** Each level's typical range (an employer survey, a job board). */
    RANGES,
    /** Bands between percentiles of one distribution (a national wage survey). */
    PERCENTILES,
    /** The range of medians reported for each level. */
    MEDIANS;

    public String key() {
        return EnumKeys.key(this);
    }

    public static Optional<SalaryBasis> fromKey(String key) {
        return EnumKeys.find(values(), key);
    }
}
