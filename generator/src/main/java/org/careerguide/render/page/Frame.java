package org.careerguide.render.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What every page's template gets at its root, whatever its kind (the layout's header, menu and footer
 * use it).
 *
 * @param site      the site's title, description, language and base URL
 * @param root      the path from this page to the site's root, e.g. {@code ../../} (empty on the home page)
 * @param home      the link to the home page from this page
 * @param page      this page: kind, title, description, path, breadcrumbs, JSON-LD
 * @param pages     the free pages (Markdown pages of the project), by title, for the menu
 * @param sections  links to the section index pages (null where the section has no page)
 * @param generator name and version of the generator, for a "made with" line
 */
public record Frame(Site site, String root, String home, PageInfo page, List<Link> pages, Sections sections,
                    Generator generator) implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("site", site).add("root", root).add("home", home).add("page", page).add("pages", pages)
                .add("sections", sections).add("generator", generator);
    }

    /**
     * The site as site.yaml describes it.
     *
     * @param title       the site's title
     * @param description its description, or null
     * @param language    its language tag, e.g. {@code en}
     * @param baseUrl     its base URL, or null when site.yaml has none
     */
    public record Site(String title, String description, String language, String baseUrl) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("title", title).add("description", description).add("language", language)
                    .add("baseUrl", baseUrl);
        }
    }

    /**
     * The page being rendered.
     *
     * @param kind        {@code home}, {@code role}, {@code roleMap}, {@code page}, {@code 404}, {@code compare},
     *                    {@code terms}, {@code term}, {@code paths}, {@code az}, ...
     * @param title       its title
     * @param description its description (search engines show it), or null
     * @param path        its path from the site's root, e.g. {@code roles/cloud-architect/}
     * @param canonical   its absolute URL, or null without a base URL
     * @param breadcrumbs the trail from the home page to this page (the last one has no link)
     * @param jsonLd      schema.org structured data, as markup, each in a script element of its own
     * @param feed        the link to the Atom feed, or null when the site has none
     */
    public record PageInfo(String kind, String title, String description, String path, String canonical,
                           List<Crumb> breadcrumbs, List<TemplateHTMLOutputModel> jsonLd, String feed)
            implements TemplateData {

        public PageInfo {
            breadcrumbs = List.copyOf(breadcrumbs);
            jsonLd = List.copyOf(jsonLd);
        }

        @Override
        public void components(Components out) {
            out.add("kind", kind).add("title", title).add("description", description).add("path", path)
                    .add("canonical", canonical).add("breadcrumbs", breadcrumbs).add("jsonLd", jsonLd)
                    .add("feed", feed);
        }
    }

    /**
     * One step of the breadcrumb trail.
     *
     * @param name the step's name
     * @param url  its link, or null for the page itself
     */
    public record Crumb(String name, String url) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("url", url);
        }
    }

    /**
     * Links to the index pages of the site's sections, relative to this page; null where the guide
     * has no such page (no skills, no roles sharing a title, ...).
     *
     * @param section the first folder of this page's path ({@code roles}, {@code skills}, ...; empty at the root),
     *                so that the menu can mark the current section
     */
    public record Sections(String skills, String employers, String sectors, String families, String paths,
                           String titles, String roles, String compare, String section) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("skills", skills).add("employers", employers).add("sectors", sectors)
                    .add("families", families).add("paths", paths).add("titles", titles).add("roles", roles)
                    .add("compare", compare).add("section", section);
        }
    }

    /**
     * The generator that made the page.
     *
     * @param name    {@code careerguide}
     * @param version its version
     */
    public record Generator(String name, String version) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("name", name).add("version", version);
        }
    }
}
