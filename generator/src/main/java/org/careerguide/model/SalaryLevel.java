package org.careerguide.model;

import java.math.BigDecimal;

/**
 * One row of a salary table: a level name and its range.
 *
 * @param max     the top of the range; equal to {@code min} when the top is open
 * @param maxOpen true for a survey's open-ended top band ("239,200 or more"): there is no maximum
 */
public record SalaryLevel(Text level, BigDecimal min, BigDecimal max, SourcePosition position, boolean maxOpen) {

    /** A level with a published top. */
    public SalaryLevel(Text level, BigDecimal min, BigDecimal max, SourcePosition position) {
        this(level, min, max, position, false);
    }
}
