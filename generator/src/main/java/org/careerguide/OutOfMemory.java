package org.careerguide;

import java.util.Locale;

/**
 * The one line shown instead of an {@link OutOfMemoryError}'s stack trace: how big the heap was
 * and how to give the JVM more, for {@code java -jar} and for Maven.
 */
public final class OutOfMemory {

    private static final long MB = 1024 * 1024;

    private OutOfMemory() {
    }

    /**
     * "out of memory: ... CAREERGUIDE_OPTS=-Xmx2g ... JAVA_TOOL_OPTIONS=-Xmx2g ... MAVEN_OPTS=-Xmx2g ...",
     * sized for this JVM's heap: one way for each way of running careerguide (launcher, jar, Maven).
     */
    public static String advice() {
        long max = Runtime.getRuntime().maxMemory();
        // Suggest at least twice the heap that was too small, in whole gigabytes.
        long suggestGb = Math.max(1, (2 * max + 1024 * MB - 1) / (1024 * MB));
        return String.format(Locale.ROOT, "out of memory: the Java heap (at most %,d MB) is too small for this"
                + " guide; the output folder was not changed. Give the JVM more memory, e.g."
                + " CAREERGUIDE_OPTS=-Xmx%dg for the careerguide command, JAVA_TOOL_OPTIONS=-Xmx%dg for java -jar,"
                + " or MAVEN_OPTS=-Xmx%dg for mvn", max / MB, suggestGb, suggestGb, suggestGb);
    }
}
