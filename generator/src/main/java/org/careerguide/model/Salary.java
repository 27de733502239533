package org.careerguide.model;

import java.util.List;
import java.util.Optional;

/**
 * Pay by level, in one currency and period, with the demand trend and where the figures come from.
 *
 * @param basis what the levels are (ranges, percentile bands, medians); empty when not said
 */
public record Salary(
        Optional<Text> currency,
        SalaryPeriod period,
        List<SalaryLevel> levels,
        Optional<Text> trend,
        Optional<Text> source,
        Optional<Text> asOf,
        Optional<SalaryBasis> basis) {

    public Salary {
        levels = List.copyOf(levels);
    }
}
