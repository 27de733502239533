package org.careerguide.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The rule for a site's base URL, wherever it comes from (site.yaml's {@code base_url}, the CLI's
 * {@code --base-url}, the plugin's {@code careerguide.baseUrl}): an absolute http(s) URL, used with a
 * trailing slash.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** Why {@code value} cannot be a base URL, or empty if it can. */
    public static Optional<String> problem(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of("must be an absolute http(s) URL such as https://example.org/guides/, found '"
                        + value + "'");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
    }

    /** The URL with a trailing slash. */
    public static String normalize(String value) {
        return value.endsWith("/") ? value : value + "/";
    }
}
