package org.careerguide.model;

import java.util.Optional;

/**
 * The kinds of warning that site.yaml's {@code checks:} map sets to error, warning or off, and that
 * a {@code # careerguide: allow <kind>} comment waives for one role. Every warning of these kinds
 * names its kind, so an author sees what to write.
 */
public enum CheckKind {
    /** No other role names the role in leads_to or transitions. */
    ORPHAN,
    /** leads_to leads, step by step, back to the same role. */
    CYCLE,
    /** A progression name matches no role. */
    UNRESOLVED,
    /** A progression name is a title shared by several roles. */
    AMBIGUOUS,
    /** One skill, employer or sector written in look-alike ways. */
    SPELLING_VARIANT,
    /** Salary figures more than three years old. */
    STALE_SALARY,
    /** Two distinct terms whose names make the same slug; one gets a numbered slug. */
    SLUG_COLLISION,
    /** A Markdown link to a page the site does not have. */
    BROKEN_LINK,
    /** A file in roles/ or pages/ that is neither a role, a narrative nor a page. */
    IGNORED_FILE;

    /** The name written in site.yaml and in comments: {@code spelling_variant}. */
    public String key() {
        return EnumKeys.key(this);
    }

    public static Optional<CheckKind> fromKey(String key) {
        return EnumKeys.find(values(), key);
    }
}
