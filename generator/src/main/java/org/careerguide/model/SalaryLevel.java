package org.careerguide.model;

import java.math.BigDecimal;

/** One row of a salary table: a level name and its range. */
public record SalaryLevel(Text level, BigDecimal min, BigDecimal max, SourcePosition position) {
}
