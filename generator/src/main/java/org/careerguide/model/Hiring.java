package org.careerguide.model;

import java.util.List;

/** Who hires for a role: named employers and industry sectors. */
public record Hiring(List<Text> employers, List<Text> sectors) {

    public static final Hiring NONE = new Hiring(List.of(), List.of());

    public Hiring {
        employers = List.copyOf(employers);
        sectors = List.copyOf(sectors);
    }
}
