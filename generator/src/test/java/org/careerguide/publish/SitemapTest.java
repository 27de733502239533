package org.careerguide.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerguide.GenerationReport;
import org.careerguide.render.GeneratedFile;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A sitemap over the protocol's URL limit becomes a sitemap index of parts; the {@code updated}
 * dates of roles and free pages are their {@code lastmod}.
 */
class SitemapTest {

    private static Document parse(GeneratedFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content().get()));
    }

    private static List<String> texts(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(Sitemap.NAMESPACE, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void splitsIntoAnIndexOfPartsBeyondTheLimit() throws Exception {
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            entries.add(new Sitemap.Entry("https://example.org/g/p" + i + "/",
                    i == 3 ? Optional.empty() : Optional.of(LocalDate.of(2026, 1, i))));
        }
        List<GeneratedFile> files = Sitemap.files("https://example.org/g/", entries, 2);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
                files.stream().map(GeneratedFile::outputPath).toList());
        Document index = parse(files.get(0));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.org/g/sitemap-1.xml", "https://example.org/g/sitemap-2.xml",
                "https://example.org/g/sitemap-3.xml"), texts(index, "loc"));
        assertEquals(List.of("2026-01-02", "2026-01-04", "2026-01-05"), texts(index, "lastmod"));
        Document second = parse(files.get(2));
        assertEquals("urlset", second.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.org/g/p3/", "https://example.org/g/p4/"), texts(second, "loc"));
        assertEquals(List.of("2026-01-04"), texts(second, "lastmod"));
    }

    @Test
    void theUpdatedDatesOfRolesAndFreePagesAreTheirLastmod(@TempDir Path dir) throws Exception {
        Path project = MinimalSite.with(dir, "analyst", MinimalSite.role("Analyst") + "updated: 2026-03-04\n",
                "lead", MinimalSite.role("Lead") + "progression:\n  leads_to: [Analyst]\n");
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\nbase_url: https://example.org/g/\n");
        TestSites.write(project.resolve("pages/about.md"), "---\ntitle: About\nupdated: 2026-05-06\n---\nHello.\n");
        TestSites.write(project.resolve("pages/contact.md"), "---\ntitle: Contact\n---\nWrite to us.\n");
        Path site = dir.resolve("site");
        GenerationReport report = TestSites.build(project, site);
        assertTrue(report.success(), report.problems()::toString);
        Document sitemap = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(site.resolve("sitemap.xml").toFile());
        Map<String, String> lastmod = new TreeMap<>();
        NodeList urls = sitemap.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList date = url.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod");
            lastmod.put(url.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent(),
                    date.getLength() == 0 ? "-" : date.item(0).getTextContent());
        }
        assertEquals("2026-05-06", lastmod.get("https://example.org/g/about/"));
        assertEquals("2026-03-04", lastmod.get("https://example.org/g/roles/analyst/"));
        assertEquals("-", lastmod.get("https://example.org/g/contact/"), "no date, no lastmod");
        assertEquals("-", lastmod.get("https://example.org/g/roles/lead/"));
    }

    @Test
    void staysOneFileAtTheLimit() {
        List<Sitemap.Entry> entries = List.of(new Sitemap.Entry("https://example.org/", Optional.empty()));
        assertEquals(List.of("sitemap.xml"), Sitemap.files("https://example.org/", entries, 1).stream()
                .map(GeneratedFile::outputPath).toList());
    }
}
