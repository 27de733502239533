package org.careerguide.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.render.SiteUrls;
import org.careerguide.text.Plural;

/**
 * Checks every reference of a collected site: pages, stylesheets, scripts, images, links inside
 * inline SVG, JSON-LD URLs and {@code #anchors} must all lead to something the site has.
 * External URLs are not fetched: the check runs offline and gives the same answer every time.
 */
public final class LinkChecker {

    private final LinkResolver resolver;

    private static final String TARGET_MISSING = "target missing";

    /** @param baseUrl the site's absolute base URL, so that absolute links into the site are checked too */
    public LinkChecker(Optional<String> baseUrl) {
        this.resolver = new LinkResolver(baseUrl);
    }

    /** What the check found. */
    public record Report(List<BrokenLink> broken, int internalLinks, int externalLinks) {

        public Report {
            broken = List.copyOf(broken);
        }
    }

    /** Checks every reference; broken ones come sorted by page, then link. */
    public Report check(LinkCollector site) {
        List<BrokenLink> broken = new ArrayList<>();
        int internal = 0;
        int external = 0;
        for (PageLinks document : site.documents()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String link : document.links()) {
                if (!seen.add(link)) {
                    continue;
                }
                LinkResolver.Target target = resolver.resolve(document.path(), link);
                if (target instanceof LinkResolver.External) {
                    external++;
                    continue;
                }
                internal++;
                String resolved = target instanceof LinkResolver.Internal in ? in.path() : "";
                problem(site, target).ifPresent(reason ->
                        broken.add(new BrokenLink(document.path(), link, resolved, reason)));
            }
        }
        broken.sort(Comparator.comparing(BrokenLink::page).thenComparing(BrokenLink::link));
        return new Report(broken, internal, external);
    }

    /**
     * Checks the site and reports each broken link as an error at the page holding it. A link
     * broken the same way on many pages (a template mistake) is reported once, with a count.
     * Missing targets whose site path (e.g. {@code roles/nobody/}) is in {@code alreadyReported}
     * are skipped: Markdown links that the source check has reported at the author's line already.
     */
    public void report(LinkCollector site, Problems problems, Set<String> alreadyReported) {
        Map<List<String>, List<BrokenLink>> byTarget = new TreeMap<>(
                Comparator.comparing((List<String> key) -> key.get(0)).thenComparing(key -> key.get(1)));
        for (BrokenLink link : check(site).broken()) {
            if (link.reason().equals(TARGET_MISSING) && alreadyReported.contains(SiteUrls.sitePathOf(link.target()))) {
                continue;
            }
            String target = link.target().isEmpty() ? link.link() : link.target();
            byTarget.computeIfAbsent(List.of(target, link.reason()), k -> new ArrayList<>()).add(link);
        }
        for (List<BrokenLink> same : byTarget.values()) {
            BrokenLink first = same.get(0);
            int others = (int) same.stream().map(BrokenLink::page).distinct().count() - 1;
            String more = others == 0 ? "" : " (" + Plural.andOtherPages(others).strip() + ")";
            problems.error(SourcePosition.ofFile(first.page()), first.message() + more);
        }
    }

    private static Optional<String> problem(LinkCollector site, LinkResolver.Target target) {
        if (target instanceof LinkResolver.Invalid invalid) {
            return Optional.of(invalid.reason());
        }
        LinkResolver.Internal internal = (LinkResolver.Internal) target;
        String path = internal.path();
        if (!site.exists(path)) {
            if (!site.exists(path + "/index.html")) {
                return Optional.of(TARGET_MISSING);
            }
            path = path + "/index.html";
        }
        String fragment = internal.fragment();
        if (fragment.isEmpty() || fragment.equalsIgnoreCase("top") || fragment.startsWith(":~:")) {
            return Optional.empty();
        }
        Optional<PageLinks> document = site.document(path);
        if (document.isPresent() && !document.get().path().endsWith(".css")
                && !document.get().anchors().contains(fragment)) {
            return Optional.of("anchor '#" + fragment + "' missing on " + path);
        }
        return Optional.empty();
    }
}
