package org.careerguide.render;

import java.util.Map;
import java.util.Optional;
import org.careerguide.model.SalaryBasis;

/**
 * What the salary heading and chart caption say, following what the levels are: a wage survey's
 * percentile bands are not "median ranges". Without a basis the heading is the one the guide
 * format has always used.
 */
final class SalaryWording {

    private SalaryWording() {
    }

    private static final Map<SalaryBasis, String> HEADINGS = Map.of(SalaryBasis.RANGES, "Salary Range by Level",
            SalaryBasis.PERCENTILES, "Salary Percentiles", SalaryBasis.MEDIANS, "Median Salary Range");
    private static final Map<SalaryBasis, String> CAPTIONS = Map.of(SalaryBasis.RANGES, "Typical range per level",
            SalaryBasis.PERCENTILES, "Pay between percentiles of all workers in the role",
            SalaryBasis.MEDIANS, "Range of medians per level");

    static String heading(Optional<SalaryBasis> basis) {
        return basis.map(HEADINGS::get).orElse("Median Salary Range");
    }

    static String caption(Optional<SalaryBasis> basis) {
        return basis.map(CAPTIONS::get).orElse("Range per level");
    }
}
