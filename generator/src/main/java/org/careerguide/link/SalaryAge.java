package org.careerguide.link;

import java.time.LocalDate;
import java.time.YearMonth;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Warns about salary figures older than three years: pay moves, and a guide showing old figures
 * as current misleads readers. A year or month stands for its last day ({@code as_of: 2023} is
 * fresh until the end of 2026). Today comes from the build's clock, so tests fix it.
 */
final class SalaryAge {

    static final int MAX_AGE_YEARS = 3;

    private SalaryAge() {
    }

    static void report(Iterable<Role> roles, LocalDate today, Problems problems) {
        for (Role role : roles) {
            role.salary().flatMap(salary -> salary.asOf()).ifPresent(asOf -> {
                LocalDate date = lastDay(asOf);
                if (date != null && date.plusYears(MAX_AGE_YEARS).isBefore(today)) {
                    problems.warning(asOf.position(), CheckKind.STALE_SALARY, "salary figures are as of " + asOf.value() + ", more than "
                            + MAX_AGE_YEARS + " years ago; update them and 'as_of'");
                }
            });
        }
    }

    /** The last day an {@code as_of} value stands for; null if it is not a valid year, month or date. */
    private static LocalDate lastDay(Text asOf) {
        String value = asOf.value();
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
                case 7 -> YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
