package org.careerguide.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Guide;
import org.careerguide.model.Page;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Site;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.Text;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.JsonText;
import org.careerguide.render.Markdown;
import org.careerguide.render.PageSpec;
import org.careerguide.render.SiteUrls;

/**
 * Plans the files that make the guide findable: {@code sitemap.xml}, {@code robots.txt} and
 * {@code feed.xml} (only with a base URL: they need absolute addresses, and wrong ones would be
 * worse than none), the data API ({@code roles.json}, {@code roles/<slug>/index.json}) and the
 * search index. Drafts are in none of them, even in a preview that shows drafts.
 */
public final class PublishedFiles {

    static final String ROBOTS = "robots.txt";
    static final String ROLES_JSON = "roles.json";

    private final LinkedGuide guide;
    private final Markdown markdown;
    private final Problems problems;
    private final SearchWords words;

    public PublishedFiles(LinkedGuide guide, Markdown markdown, Problems problems) {
        this(guide, markdown, problems, SearchWords.none());
    }

    /** Files whose search index cuts texts into words through {@code words} (the preview keeps them). */
    public PublishedFiles(LinkedGuide guide, Markdown markdown, Problems problems, SearchWords words) {
        this.guide = guide;
        this.markdown = markdown;
        this.problems = problems;
        this.words = words;
    }

    /**
     * Every file but the sitemap, which lists the pages and so comes after them ({@link #sitemap}).
     * The pages may link to these files (the feed), so they are known before pages are planned.
     */
    public List<GeneratedFile> plan() {
        List<LinkedRole> published = guide.roles().stream().filter(role -> !role.role().draft())
                .sorted(Comparator.comparing((LinkedRole role) -> role.role().title().value().toLowerCase(Locale.ROOT))
                        .thenComparing(LinkedRole::slug))
                .toList();
        List<GeneratedFile> files = new ArrayList<>(dataFiles(published));
        published.forEach(role -> files.add(CompareData.file(role)));
        files.addAll(SearchIndex.files(published.stream().map(this::searchEntry).toList(), words));
        Site site = guide.guide().site();
        if (site.baseUrl().isEmpty()) {
            return files;
        }
        String baseUrl = site.baseUrl().get().value();
        boolean ownRobots = guide.guide().staticFiles().stream().anyMatch(file -> file.outputPath().equals(ROBOTS));
        if (!ownRobots) {
            byte[] robots = ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + Sitemap.FILE + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            files.add(new GeneratedFile(ROBOTS, () -> robots));
        }
        List<AtomFeed.Entry> entries = AtomFeed.newest(published.stream()
                .filter(role -> role.role().updated().isPresent())
                .map(role -> feedEntry(role.role(), baseUrl)).toList());
        if (!entries.isEmpty()) {
            AtomFeed.Channel channel = new AtomFeed.Channel(site.title().value(),
                    site.description().map(Text::value), baseUrl, site.language());
            files.add(new GeneratedFile(AtomFeed.FILE, () -> AtomFeed.write(channel, entries)));
        }
        return files;
    }

    /**
     * The one warning of a written site without a base URL. Only a build that writes a site worth
     * publishing gets it: a check, a preview or a build that failed anyway would only be noisier.
     */
    public static void reportMissingBaseUrl(Guide guide, Problems problems, boolean strict) {
        boolean failed = problems.hasErrors() || (strict && !problems.sorted().isEmpty());
        if (guide.site().baseUrl().isEmpty() && !failed) {
            problems.warning(SourcePosition.ofFile(Guide.SITE_FILE), CheckKind.NO_BASE_URL, "no base_url: sitemap.xml, robots.txt,"
                    + " feed.xml, canonical links and JSON-LD are left out; set base_url (or --base-url) to the"
                    + " address the site is published at");
        }
    }

    /** The sitemap of {@code pages} (every planned page), when the site has a base URL. */
    public List<GeneratedFile> sitemap(List<PageSpec> pages) {
        return guide.guide().site().baseUrl().map(Text::value)
                .map(baseUrl -> Sitemap.files(baseUrl, sitemapEntries(baseUrl, pages), Sitemap.MAX_URLS))
                .orElse(List.of());
    }

    private List<GeneratedFile> dataFiles(List<LinkedRole> published) {
        RoleData data = new RoleData(guide);
        List<GeneratedFile> files = new ArrayList<>();
        // About a gigabyte at 100,000 roles: written as made, each role's data made and dropped in turn.
        files.add(GeneratedFile.streamed(ROLES_JSON, out -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("$schema", "schema/data.schema.json");
            all.put("site", data.site());
            Iterable<Map<String, Object>> roles = () -> published.stream().map(data::role).iterator();
            all.put("roles", roles);
            JsonText.file(all, out);
        }));
        for (LinkedRole role : published) {
            files.add(new GeneratedFile(SiteUrls.role(role.slug()) + "index.json",
                    () -> JsonText.file(data.role(role))));
        }
        return files;
    }

    private List<Sitemap.Entry> sitemapEntries(String baseUrl, List<PageSpec> pages) {
        Map<String, Optional<LocalDate>> dated = new HashMap<>();
        Set<String> drafts = new HashSet<>();
        for (LinkedRole role : guide.roles()) {
            String path = SiteUrls.outputPath(SiteUrls.role(role.slug()));
            dated.put(path, role.role().updated());
            if (role.role().draft()) {
                drafts.add(path);
            }
        }
        for (Page page : guide.guide().pages()) {
            String path = page.slug() + "/index.html";
            dated.put(path, page.updated());
            if (page.draft()) {
                drafts.add(path);
            }
        }
        return pages.stream().map(PageSpec::outputPath)
                .filter(path -> path.endsWith(".html") && !path.equals("404.html") && !drafts.contains(path))
                .sorted()
                .map(path -> new Sitemap.Entry(SiteUrls.absolute(baseUrl, SiteUrls.sitePathOf(path)),
                        dated.getOrDefault(path, Optional.empty())))
                .toList();
    }

    private AtomFeed.Entry feedEntry(Role role, String baseUrl) {
        return new AtomFeed.Entry(role.title().value(), SiteUrls.absolute(baseUrl, SiteUrls.role(role.slug())),
                role.updated().orElseThrow(), markdown.plainText(role.summary().value()),
                role.family().map(Text::value));
    }

    private SearchIndex.Entry searchEntry(LinkedRole linked) {
        Role role = linked.role();
        return new SearchIndex.Entry(role.slug(), role.title().value(),
                role.aliases().stream().map(Text::value).toList(),
                role.skills().stream().map(Text::value).toList(),
                role.family().map(Text::value).orElse(null),
                markdown.plainText(role.summary().value()));
    }
}
