package org.careerguide.model;

import java.util.Optional;

/** What becomes of a problem as it is reported: kept, turned into an error, or dropped (a waived warning). */
@FunctionalInterface
public interface ProblemPolicy {

    /** Every problem kept as reported. */
    ProblemPolicy AS_REPORTED = Optional::of;

    Optional<Problem> apply(Problem problem);
}
