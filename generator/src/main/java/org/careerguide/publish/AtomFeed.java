package org.careerguide.publish;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the roles, the most recently updated first. Only
 * roles with an {@code updated} date are in it, since Atom requires a date per entry, and at most
 * {@link #MAX_ENTRIES}, as a feed reader wants the news, not the archive.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String FILE = "feed.xml";
    static final int MAX_ENTRIES = 50;

    /** One role of the feed, its texts as the role page shows them. */
    record Entry(String title, String url, LocalDate updated, String summary, Optional<String> category) {
    }

    /** What the feed says about the site. */
    record Channel(String title, Optional<String> subtitle, String siteUrl, String language) {
    }

    private AtomFeed() {
    }

    /** The entries to publish: newest first, then by title; at most {@link #MAX_ENTRIES}. */
    static List<Entry> newest(List<Entry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::title))
                .limit(MAX_ENTRIES)
                .toList();
    }

    /** The feed; {@code entries} must not be empty and come from {@link #newest}. */
    static byte[] write(Channel channel, List<Entry> entries) {
        return XmlFile.write(xml -> {
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml:lang", channel.language());
            xml.writeCharacters("\n");
            XmlFile.element(xml, "id", channel.siteUrl());
            XmlFile.element(xml, "title", channel.title());
            if (channel.subtitle().isPresent()) {
                XmlFile.element(xml, "subtitle", channel.subtitle().get());
            }
            link(xml, "self", channel.siteUrl() + FILE, "application/atom+xml");
            link(xml, "alternate", channel.siteUrl(), "text/html");
            XmlFile.element(xml, "updated", timestamp(entries.get(0).updated()));
            xml.writeStartElement("author");
            XmlFile.element(xml, "name", channel.title());
            xml.writeEndElement();
            xml.writeCharacters("\n");
            XmlFile.element(xml, "generator", "careerguide");
            for (Entry entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        xml.writeCharacters("\n");
        XmlFile.element(xml, "id", entry.url());
        XmlFile.element(xml, "title", entry.title());
        link(xml, "alternate", entry.url(), "text/html");
        XmlFile.element(xml, "updated", timestamp(entry.updated()));
        XmlFile.element(xml, "summary", entry.summary());
        if (entry.category().isPresent()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", entry.category().get());
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeCharacters("\n");
    }

    /** Atom wants a full timestamp; a role names only the day. */
    private static String timestamp(LocalDate day) {
        return day + "T00:00:00Z";
    }
}
