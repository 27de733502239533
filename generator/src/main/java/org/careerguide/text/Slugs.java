package org.careerguide.text;

import com.anyascii.AnyAscii;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for slugs: the file names that become URL segments. Slugs made from names are
 * transliterated, so that any script gives a readable, stable URL (Straße becomes strasse, Ærø
 * aero, 数据 shu-ju), and are cut at a word boundary to {@link #MAX_LENGTH} characters.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
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

    /**
     * A slug made from a display name: "Identity &amp; Access Management" becomes
     * "identity-and-access-management". Never empty: a name with nothing to transliterate (only
     * punctuation) gets "n-" and a hash of the name, the same for the same name on every build.
     */
    public static String of(String name) {
        String ascii = ascii(name).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("+", " plus ")
                .replace("#", " sharp ");
        String slug = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        slug = cut(slug, MAX_LENGTH);
        if (slug.isEmpty()) {
            return "n-" + Integer.toHexString(name.strip().hashCode());
        }
        return WINDOWS_RESERVED.contains(slug) ? slug + "-role" : slug;
    }

    /** {@code slug} cut to at most {@code limit} characters at a hyphen, never inside a word if avoidable. */
    public static String cut(String slug, int limit) {
        if (slug.length() <= limit) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', limit);
        // One word longer than the limit: cut it, there is no boundary to cut at.
        return hyphen > 0 ? slug.substring(0, hyphen) : slug.substring(0, limit);
    }

    /**
     * The name in ASCII letters: each character transliterated on its own, Han characters as
     * separate syllables ("数据" becomes "Shu Ju", so that the slug reads shu-ju).
     */
    public static String ascii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.appendCodePoint(cp);
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                out.append(' ').append(AnyAscii.transliterate(new String(Character.toChars(cp)))).append(' ');
            } else {
                out.append(AnyAscii.transliterate(new String(Character.toChars(cp))));
            }
        });
        return out.toString();
    }
}
