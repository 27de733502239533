package org.careerguide.model;

import java.util.List;

/** The roles a role can lead to, and the sideways moves it opens, by name as the author wrote them. */
public record Progression(List<Text> leadsTo, List<Text> transitions) {

    public static final Progression NONE = new Progression(List.of(), List.of());

    public Progression {
        leadsTo = List.copyOf(leadsTo);
        transitions = List.copyOf(transitions);
    }
}
