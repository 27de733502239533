package org.careerguide.model;

/** The long-form Markdown of a role ({@code roles/<slug>.md}). */
public record Narrative(String markdown, SourcePosition source) {
}
