package org.careerguide.model;

/** The long-form Markdown of a role; {@code file} is its path in the project ({@code roles/<slug>.md}). */
public record Narrative(String markdown, SourcePosition source, String file) {
}
