package org.careerguide.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerguide.render.SiteUrls;

/**
 * What the preview server agrees to answer. It listens on 127.0.0.1 only and, against DNS
 * rebinding, answers only requests addressed to {@code localhost} or {@code 127.0.0.1}. A request
 * path maps to a file of the in-memory site or to nothing: no {@code ..}, no encoded separators or
 * dots, no backslashes or control characters, and a folder means its {@code index.html}.
 */
final class RequestPolicy {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");
    /** Encoded characters a path never needs: dot, slash, backslash, percent, control characters. */
    private static final Pattern SUSPICIOUS_ESCAPE = Pattern.compile("(?i)%(2e|2f|5c|25|[01][0-9a-f]|7f)");

    private RequestPolicy() {
    }

    /** True when the Host header names this machine by the loopback names (any port). */
    static boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            name = name.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(name);
    }

    /**
     * The output path a request names ({@code roles/x/index.html} for {@code /roles/x/}), or empty
     * when the request path is refused.
     */
    static Optional<String> outputPath(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || SUSPICIOUS_ESCAPE.matcher(raw).find()) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (path.indexOf('\\') >= 0 || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        if (relative.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(SiteUrls.outputPath(relative));
    }

    /** The Content-Type of an output file, by its extension. */
    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
