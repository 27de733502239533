package org.careerguide.render;

import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Rewrites site links that authors write root-relative ({@code /roles/cloud-architect/}) into
 * links relative to the page ({@code ../cloud-architect/index.html}), so that the site works from
 * any folder, any sub-path and the file system. Other links are left alone.
 */
final class SiteLinkRewriter implements AttributeProvider {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final String root;

    SiteLinkRewriter(String root) {
        this.root = root;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link) {
            rewrite(attributes, "href");
            // commonmark marks every sanitized link nofollow; links within the site should be followed.
            if (isInternal(attributes.get("href"))) {
                attributes.remove("rel");
            }
        } else if (node instanceof Image) {
            rewrite(attributes, "src");
        }
    }

    /** A link without a scheme or host: another page or anchor of this site. */
    private static boolean isInternal(String url) {
        return url != null && !url.isEmpty() && !url.startsWith("//") && !SCHEME.matcher(url).lookingAt();
    }

    private void rewrite(Map<String, String> attributes, String name) {
        String url = attributes.get(name);
        if (url != null && url.startsWith("/") && !url.startsWith("//")) {
            attributes.put(name, SiteUrls.relative(root, url.substring(1)));
        }
    }
}
