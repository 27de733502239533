package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The example site as search engines read it: sitemap and feed parsed as XML, every JSON-LD block
 * parsed as JSON and compared with what its page shows, and the head tags of every page.
 */
class SearchEngineOutputsTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SITE = ExampleSite.output();
    private static final String BASE = ExampleSite.baseUrl().map(url -> url.replaceFirst("[^/]*$", "")).orElseThrow();

    private static org.w3c.dom.Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(SITE.resolve(file).toFile());
    }

    private static String sitePath(String page) {
        return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
    }

    @Test
    void sitemapListsEveryPageButTheNotFoundPageWithRoleDates() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(SITEMAP_NS, sitemap.getDocumentElement().getNamespaceURI());
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            listed.add(loc);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            if (loc.startsWith(BASE + "roles/") && !loc.equals(BASE + "roles/")) {
                Document page = TestSites.parse(SITE.resolve(loc.substring(BASE.length()) + "index.html"));
                Element shown = page.selectFirst(".updated time");
                assertEquals(shown == null ? 0 : 1, lastmod.getLength(), loc);
                if (shown != null) {
                    assertEquals(shown.attr("datetime"), lastmod.item(0).getTextContent(), loc);
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        ExampleSite.htmlPages().stream().filter(page -> !page.equals("404.html"))
                .forEach(page -> expected.add(BASE + sitePath(page)));
        assertEquals(expected, listed);
    }

    @Test
    void robotsNamesTheSitemap() throws IOException {
        List<String> lines = Files.readAllLines(SITE.resolve("robots.txt"));
        assertTrue(lines.contains("Sitemap: " + BASE + "sitemap.xml"), lines::toString);
        assertTrue(lines.contains("User-agent: *"), lines::toString);
    }

    @Test
    void feedHasTheDatedRolesNewestFirstAsTheirPagesShowThem() throws Exception {
        org.w3c.dom.Document feed = xml("feed.xml");
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(ATOM_NS, feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS(ATOM_NS, "entry");
        assertTrue(entries.getLength() > 0);
        String previous = "9999";
        int dated = 0;
        for (String page : ExampleSite.htmlPages()) {
            if (page.matches("roles/[^/]+/index.html")
                    && TestSites.parse(SITE.resolve(page)).selectFirst(".updated time") != null) {
                dated++;
            }
        }
        assertEquals(dated, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String updated = text(entry, "updated");
            assertTrue(updated.compareTo(previous) <= 0, "newest first: " + updated + " after " + previous);
            previous = updated;
            String id = text(entry, "id");
            Document page = TestSites.parse(SITE.resolve(id.substring(BASE.length()) + "index.html"));
            assertEquals(page.selectFirst("h1").text(), text(entry, "title"));
            assertEquals(page.selectFirst(".lede").text(), text(entry, "summary"));
            assertEquals(page.selectFirst(".updated time").attr("datetime") + "T00:00:00Z", updated);
        }
        Document home = TestSites.parse(SITE.resolve("index.html"));
        assertEquals("feed.xml", home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    @Test
    void everyPageHasTitleCanonicalAndOpenGraphTags() {
        for (String page : ExampleSite.htmlPages()) {
            Document document = TestSites.parse(SITE.resolve(page));
            assertFalse(document.title().isBlank(), page);
            assertEquals(document.title().replaceFirst(" · .*$", ""), document.selectFirst("meta[property=og:title]")
                    .attr("content"), page);
            assertEquals("summary", document.selectFirst("meta[name=twitter:card]").attr("content"), page);
            if (!page.equals("404.html")) {
                String canonical = document.selectFirst("link[rel=canonical]").attr("href");
                assertEquals(BASE + sitePath(page), canonical, page);
                assertEquals(canonical, document.selectFirst("meta[property=og:url]").attr("content"), page);
            }
        }
    }

    @Test
    void roleJsonLdIsAnOccupationThatSaysWhatThePageShows() throws IOException {
        int roles = 0;
        int codes = 0;
        for (String page : ExampleSite.htmlPages()) {
            if (!page.matches("roles/[^/]+/index.html")) {
                continue;
            }
            roles++;
            Document document = TestSites.parse(SITE.resolve(page));
            JsonNode occupation = jsonLd(document, "Occupation");
            assertEquals("https://schema.org", occupation.get("@context").asText());
            assertEquals(document.selectFirst("h1").text(), occupation.get("name").asText(), page);
            assertEquals(document.selectFirst(".lede").text(), occupation.get("description").asText(), page);
            assertEquals(texts(document, "#responsibilities li"), strings(occupation.get("responsibilities")), page);
            assertEquals(texts(document, "#skills li"), strings(occupation.get("skills")), page);
            JsonNode main = occupation.get("mainEntityOfPage");
            assertEquals(BASE + sitePath(page), main.get("@id").asText());
            Element updated = document.selectFirst(".updated time");
            assertEquals(updated == null ? null : updated.attr("datetime"),
                    main.has("lastReviewed") ? main.get("lastReviewed").asText() : null, page);
            List<String> shownCodes = new ArrayList<>();
            document.select("dl.codes dt").forEach(dt -> shownCodes.add(dt.text() + " " + dt.nextElementSibling().text()));
            List<String> categories = new ArrayList<>();
            if (occupation.has("occupationalCategory")) {
                occupation.get("occupationalCategory").forEach(code -> {
                    assertEquals("CategoryCode", code.get("@type").asText());
                    categories.add(code.get("inCodeSet").get("name").asText() + " " + code.get("codeValue").asText());
                });
            }
            assertEquals(shownCodes, categories, page + ": occupationalCategory lists the codes the page shows");
            codes += categories.size();
            List<String> rows = texts(document, "table.salary tbody tr");
            JsonNode salaries = occupation.get("estimatedSalary");
            assertEquals(rows.size(), salaries == null ? 0 : salaries.size(), page);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode level = salaries.get(i);
                assertEquals("MonetaryAmountDistribution", level.get("@type").asText());
                Element row = document.select("table.salary tbody tr").get(i);
                assertEquals(row.selectFirst("th").text(), level.get("name").asText(), page);
                String cell = row.selectFirst("td").text();
                assertTrue(cell.startsWith(level.get("currency").asText() + " "), cell);
                assertTrue(cell.replace(",", "").contains(level.get("minValue").decimalValue().toPlainString()), cell);
                assertTrue(cell.replace(",", "").contains(level.get("maxValue").decimalValue().toPlainString()), cell);
                String period = document.selectFirst(".salary-chart figcaption").text().replaceFirst(".*per (\\w+).*", "$1");
                assertEquals(switch (period) {
                    case "year" -> "P1Y";
                    case "month" -> "P1M";
                    default -> "PT1H";
                }, level.get("duration").asText());
            }
        }
        assertTrue(roles >= 10, "roles checked: " + roles);
        assertTrue(codes >= 2, "the example's Cloud Architect carries SOC and O*NET codes: " + codes);
    }

    @Test
    void breadcrumbJsonLdMatchesTheVisibleTrail() throws IOException {
        int checked = 0;
        for (String page : ExampleSite.htmlPages()) {
            Document document = TestSites.parse(SITE.resolve(page));
            List<String> visible = texts(document, "nav.crumbs li");
            if (visible.isEmpty()) {
                assertTrue(page.equals("index.html") || page.equals("404.html"), page + " has no breadcrumbs");
                continue;
            }
            JsonNode list = jsonLd(document, "BreadcrumbList");
            List<String> names = new ArrayList<>();
            list.get("itemListElement").forEach(item -> names.add(item.get("name").asText()));
            assertEquals(visible, names, page);
            assertEquals(BASE, list.get("itemListElement").get(0).get("item").asText());
            List<Element> links = document.select("nav.crumbs li a");
            for (int i = 0; i < links.size(); i++) {
                Path target = SITE.resolve(page).getParent() == null ? SITE.resolve(links.get(i).attr("href"))
                        : SITE.resolve(page).getParent().resolve(links.get(i).attr("href")).normalize();
                String expected = BASE + sitePath(SITE.relativize(target).toString().replace('\\', '/'));
                assertEquals(expected, list.get("itemListElement").get(i).get("item").asText(), page);
            }
            checked++;
        }
        assertTrue(checked > 50, "pages with breadcrumbs: " + checked);
    }

    private static JsonNode jsonLd(Document document, String type) throws IOException {
        JsonNode found = null;
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (type.equals(node.path("@type").asText())) {
                assertEquals(null, found, "one " + type);
                found = node;
            }
        }
        assertTrue(found != null, "no " + type + " in " + document.title());
        return found;
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM_NS, name).item(0).getTextContent();
    }

    private static List<String> texts(Document document, String selector) {
        return document.select(selector).stream().map(Element::text).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> list.add(item.asText()));
        }
        return list;
    }
}
