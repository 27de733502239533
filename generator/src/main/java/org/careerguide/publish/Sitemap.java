package org.careerguide.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.careerguide.render.GeneratedFile;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every published page with its {@code lastmod}.
 * The protocol allows 50,000 URLs per file; a larger site gets {@code sitemap-1.xml},
 * {@code sitemap-2.xml}, ... and {@code sitemap.xml} becomes the sitemap index naming them.
 */
final class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String FILE = "sitemap.xml";
    static final int MAX_URLS = 50_000;

    /** One page: its absolute URL and, when known, the day it last changed. */
    record Entry(String url, Optional<LocalDate> lastmod) {
    }

    private Sitemap() {
    }

    /** The sitemap files for {@code entries}, at most {@code maxUrls} per file. */
    static List<GeneratedFile> files(String baseUrl, List<Entry> entries, int maxUrls) {
        if (entries.size() <= maxUrls) {
            return List.of(new GeneratedFile(FILE, () -> urlSet(entries)));
        }
        List<GeneratedFile> files = new ArrayList<>();
        List<Entry> parts = new ArrayList<>();
        for (int start = 0, number = 1; start < entries.size(); start += maxUrls, number++) {
            List<Entry> part = entries.subList(start, Math.min(entries.size(), start + maxUrls));
            String name = "sitemap-" + number + ".xml";
            files.add(new GeneratedFile(name, () -> urlSet(part)));
            parts.add(new Entry(baseUrl + name, part.stream().map(Entry::lastmod).flatMap(Optional::stream)
                    .max(LocalDate::compareTo)));
        }
        files.add(0, new GeneratedFile(FILE, () -> index(parts)));
        return files;
    }

    private static byte[] urlSet(List<Entry> entries) {
        return XmlFile.write(xml -> list(xml, "urlset", "url", entries));
    }

    private static byte[] index(List<Entry> sitemaps) {
        return XmlFile.write(xml -> list(xml, "sitemapindex", "sitemap", sitemaps));
    }

    private static void list(XMLStreamWriter xml, String root, String item, List<Entry> entries)
            throws XMLStreamException {
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeCharacters("\n");
        for (Entry entry : entries) {
            xml.writeStartElement(item);
            XmlFile.element(xml, "loc", entry.url());
            if (entry.lastmod().isPresent()) {
                XmlFile.element(xml, "lastmod", entry.lastmod().get().toString());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
    }
}
