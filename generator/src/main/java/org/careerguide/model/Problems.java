package org.careerguide.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one run. Stages report every problem they find and go on, so that an
 * author sees all of them at once. Safe to share between the threads that render pages.
 */
public final class Problems {

    // A set: the same problem found twice (a Markdown field rendered on two pages) is reported once.
    private final Set<Problem> list = new LinkedHashSet<>();
    private ProblemPolicy policy = ProblemPolicy.AS_REPORTED;

    /** An empty collection that keeps every problem as reported, until {@link #tune} says otherwise. */
    public Problems() {
    }

    public synchronized void add(Problem problem) {
        policy.apply(problem).ifPresent(list::add);
    }

    /**
     * From now on, and for the problems reported so far, applies {@code newPolicy}: the site's
     * {@code checks:} settings and the roles' waivers, known once site.yaml and the roles are loaded.
     */
    public synchronized void tune(ProblemPolicy newPolicy) {
        this.policy = newPolicy;
        List<Problem> reported = List.copyOf(list);
        list.clear();
        reported.forEach(problem -> newPolicy.apply(problem).ifPresent(list::add));
    }

    public void error(SourcePosition position, String message) {
        add(Problem.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        add(Problem.warning(position, message));
    }

    public void warning(SourcePosition position, CheckKind kind, String message) {
        add(Problem.warning(position, kind, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** Every problem so far, sorted by file, line and column. */
    public synchronized List<Problem> sorted() {
        return list.stream().sorted(Problem.ORDER).toList();
    }
}
