package org.careerguide.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careerguide.load.BaseUrl;
import org.careerguide.render.SiteUrls;

/**
 * Turns a URL written in an output file into the output file it names. Relative URLs resolve
 * against the file's folder; root-relative ones against the site's base path; absolute ones are
 * inside the site only when they start with the site's base URL, otherwise they are external.
 */
final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Where a URL leads. */
    sealed interface Target {
    }

    /** Outside the site: not checked. */
    record External() implements Target {
    }

    /** An output file of the site, and the #fragment asked for on it ("" for none). */
    record Internal(String path, String fragment) implements Target {
    }

    /** A URL that cannot lead anywhere in the site, and why. */
    record Invalid(String reason) implements Target {
    }

    private final String baseUrl;
    private final String basePath;

    /** @param baseUrl the site's absolute base URL, if it has one (e.g. {@code https://example.org/guide/}) */
    LinkResolver(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(BaseUrl::normalize).orElse(null);
        String path = this.baseUrl == null ? null : pathOf(this.baseUrl);
        this.basePath = path == null || !path.startsWith("/") ? "/" : path;
    }

    /** The path of the base URL; none when it is not absolute (the loader reports a bad base_url itself). */
    private static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? uri.getRawPath() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    Target resolve(String page, String written) {
        String url = written.strip();
        String siteRelative;
        if (url.startsWith("//") || SCHEME.matcher(url).lookingAt()) {
            siteRelative = insideBaseUrl(url);
            if (siteRelative == null) {
                return new External();
            }
        } else if (url.startsWith("/")) {
            if (!url.startsWith(basePath) && !url.equals(basePath.substring(0, basePath.length() - 1))) {
                return new Invalid("outside the site's base path " + basePath);
            }
            siteRelative = url.substring(Math.min(url.length(), basePath.length()));
        } else {
            siteRelative = url.startsWith("#") || url.startsWith("?") || url.isEmpty()
                    ? page + url : folderOf(page) + url;
        }
        return local(siteRelative);
    }

    /** The part after the base URL, or null when the URL is not inside the site. */
    private String insideBaseUrl(String url) {
        if (baseUrl == null) {
            return null;
        }
        int authority = baseUrl.indexOf("//");
        String withoutScheme = authority < 0 ? baseUrl : baseUrl.substring(authority);
        for (String base : new String[] {baseUrl, withoutScheme}) {
            if (url.startsWith(base)) {
                return url.substring(base.length());
            }
            if (url.equals(base.substring(0, base.length() - 1))) {
                return "";
            }
        }
        return null;
    }

    private static Target local(String siteRelative) {
        int hash = siteRelative.indexOf('#');
        String fragment = hash < 0 ? "" : siteRelative.substring(hash + 1);
        String path = hash < 0 ? siteRelative : siteRelative.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        try {
            path = decode(path);
            fragment = decode(fragment);
        } catch (IllegalArgumentException e) {
            return new Invalid("malformed URL");
        }
        Optional<String> normalized = normalize(path);
        if (normalized.isEmpty()) {
            return new Invalid("points outside the site");
        }
        String file = normalized.get();
        return new Internal(SiteUrls.outputPath(file), fragment);
    }

    /** Percent-decoding of a URL path ('+' is a plus sign in a path, not a space). */
    private static String decode(String text) {
        return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Removes "." and ".." segments; empty when ".." climbs above the site root. */
    private static Optional<String> normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
                if (last) {
                    segments.addLast("");
                }
            } else if (part.equals(".")) {
                if (last) {
                    segments.addLast("");
                }
            } else if (!part.isEmpty() || last) {
                segments.addLast(part);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    private static String folderOf(String page) {
        int slash = page.lastIndexOf('/');
        return slash < 0 ? "" : page.substring(0, slash + 1);
    }
}
