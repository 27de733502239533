package org.careerguide.model;

import java.util.List;
import java.util.Optional;

/** Skills people in a role often lack, and a Markdown text on how to close the gap. */
public record SkillGaps(List<Text> missing, Optional<Text> suggestions) {

    public static final SkillGaps NONE = new SkillGaps(List.of(), Optional.empty());

    public SkillGaps {
        missing = List.copyOf(missing);
    }
}
