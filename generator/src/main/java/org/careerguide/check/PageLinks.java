package org.careerguide.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one output file offers and asks for: the anchors other pages may link to ({@code id} and
 * {@code a name}) and every URL it references. Only these are kept, not the page, so that a large
 * site can be checked without holding all of it in memory.
 *
 * @param path    the file's path in the output, e.g. {@code roles/cloud-architect/index.html}
 * @param anchors the fragment names that exist on the page
 * @param links   every URL the file references, as written
 */
public record PageLinks(String path, Set<String> anchors, List<String> links) {

    /** Attributes that hold one URL, on HTML and inline SVG elements alike. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "poster", "action", "data");
    /** Meta tags whose content is a URL (Open Graph). */
    private static final Set<String> URL_METAS = Set.of("og:url", "og:image", "twitter:image");
    /** JSON-LD keys whose string values are URLs; other values (names, @type) are left alone. */
    private static final Pattern JSON_LD_URL = Pattern.compile(
            "\"(?:url|item|image|logo|contentUrl|thumbnailUrl)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");

    public PageLinks {
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
    }

    /** Reads the anchors and URLs of an HTML page, including inline SVG, styles and JSON-LD. */
    public static PageLinks ofHtml(String path, String html) {
        Document document = Jsoup.parse(html);
        Set<String> anchors = new HashSet<>();
        List<String> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("id")) {
                anchors.add(element.id());
            }
            if (element.nameIs("a") && element.hasAttr("name")) {
                anchors.add(element.attr("name"));
            }
            if (!element.nameIs("base")) {
                collectAttributes(element, links);
            }
            collectEmbedded(element, links);
        }
        return new PageLinks(path, anchors, links);
    }

    /** Reads the {@code url(...)} and {@code @import} references of a stylesheet. */
    public static PageLinks ofCss(String path, String css) {
        List<String> links = new ArrayList<>();
        cssUrls(css, links);
        return new PageLinks(path, Set.of(), links);
    }

    private static void collectAttributes(Element element, List<String> links) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (URL_ATTRIBUTES.contains(key) && !(key.equals("data") && !element.nameIs("object"))) {
                links.add(attribute.getValue());
            } else if (key.equals("srcset")) {
                for (String candidate : attribute.getValue().split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        links.add(url);
                    }
                }
            } else if (key.equals("style")) {
                cssUrls(attribute.getValue(), links);
            }
        }
    }

    private static void collectEmbedded(Element element, List<String> links) {
        if (element.nameIs("style")) {
            cssUrls(element.data(), links);
        } else if (element.nameIs("script") && element.attr("type").equalsIgnoreCase("application/ld+json")) {
            Matcher matcher = JSON_LD_URL.matcher(element.data());
            while (matcher.find()) {
                links.add(unescapeJson(matcher.group(1)));
            }
        } else if (element.nameIs("meta")) {
            if (URL_METAS.contains(element.attr("property").toLowerCase(Locale.ROOT))
                    || URL_METAS.contains(element.attr("name").toLowerCase(Locale.ROOT))) {
                links.add(element.attr("content"));
            } else if (element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                Matcher matcher = REFRESH_URL.matcher(element.attr("content"));
                if (matcher.find()) {
                    links.add(matcher.group(1).strip());
                }
            }
        }
    }

    private static void cssUrls(String css, List<String> links) {
        Matcher matcher = CSS_URL.matcher(css);
        while (matcher.find()) {
            String url = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            if (!url.isBlank()) {
                links.add(url.strip());
            }
        }
    }

    /** Undoes the JSON string escapes a URL can carry (escaped slashes, four-digit hex escapes, ...). */
    private static String unescapeJson(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char next = value.charAt(++i);
            if (next == 'u' && i + 4 < value.length() && value.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> next;
                });
            }
        }
        return out.toString();
    }
}
