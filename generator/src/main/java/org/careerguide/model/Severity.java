package org.careerguide.model;

import java.util.Locale;

/** How bad a problem is: errors stop the build, warnings do not (unless the build is strict). */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
