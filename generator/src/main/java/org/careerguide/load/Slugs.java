package org.careerguide.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for slugs: the file names that become URL segments. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /** Why {@code slug} is not a valid slug, or empty if it is one. */
    public static Optional<String> problem(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.of("'" + slug + "' is not a valid slug: use lowercase letters a-z, digits and"
                    + " single hyphens, e.g. 'cloud-architect'");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("slug '" + slug + "' is " + slug.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        if (WINDOWS_RESERVED.contains(slug)) {
            return Optional.of("slug '" + slug + "' is a reserved file name on Windows");
        }
        return Optional.empty();
    }

    /** A slug made from a display name: "Identity And Access Management" becomes "identity-and-access-management". */
    public static String of(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("+", " plus ")
                .replace("#", " sharp ");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty() || WINDOWS_RESERVED.contains(slug)) {
            slug = "x-" + slug;
        }
        return slug.equals("x-") ? "x" : slug;
    }
}
