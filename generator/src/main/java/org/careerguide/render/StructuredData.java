package org.careerguide.render;

import org.careerguide.render.page.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerguide.model.Occupation;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.SalaryPeriod;
import org.careerguide.model.Text;
import org.careerguide.theme.Labels;

/**
 * What a page tells search engines besides its HTML: the breadcrumb trail (shown on the page and
 * as schema.org {@code BreadcrumbList}) and, on a role page, a schema.org {@code Occupation}. The
 * JSON-LD holds exactly the texts the page shows; it is written only when the site has a base URL,
 * because schema.org wants absolute addresses.
 */
final class StructuredData {

    /** The generator's own sections (the first folder of a page's path); named by labels (see {@link #sectionName}). */
    static final Set<String> SECTIONS = Set.of("roles", SiteUrls.SKILLS, SiteUrls.EMPLOYERS, SiteUrls.SECTORS,
            SiteUrls.FAMILIES, "titles", "paths", "compare");

    /** The name of one of {@link #SECTIONS} in the site's language: its index page's title. */
    static String sectionName(Labels labels, String section) {
        return switch (section) {
            case "roles", "compare" -> labels.text("section." + section);
            case "paths" -> labels.text("paths.title");
            default -> labels.text("terms.title." + section);
        };
    }

    /** One step of a breadcrumb trail. */
    record Crumb(String name, String sitePath) {
    }

    private final Optional<String> baseUrl;
    private final Labels labels;
    private final Markdown markdown;

    StructuredData(Optional<String> baseUrl, Labels labels, Markdown markdown) {
        this.baseUrl = baseUrl;
        this.labels = labels;
        this.markdown = markdown;
    }

    /** The trail from the home page to the page at {@code sitePath}; empty for the home page itself. */
    List<Crumb> trail(String sitePath, String title) {
        if (sitePath.isEmpty() || !sitePath.endsWith("/")) {
            return List.of();
        }
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(labels.text("crumb.home"), ""));
        String section = sitePath.substring(0, sitePath.indexOf('/'));
        if (section.equals(AzPage.LETTERS)) {
            // The A–Z list's letter pages belong under roles/, the list's first page.
            section = "roles";
        }
        if (SECTIONS.contains(section) && !sitePath.equals(section + "/")) {
            crumbs.add(new Crumb(sectionName(labels, section), section + "/"));
        }
        String name = title != null ? title : SECTIONS.contains(section) ? sectionName(labels, section) : section;
        crumbs.add(new Crumb(name, sitePath));
        return crumbs;
    }

    /** The trail as template data: names and links relative to the page; the last one is the page. */
    static List<Frame.Crumb> visible(List<Crumb> trail, String root) {
        List<Frame.Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Crumb crumb = trail.get(i);
            crumbs.add(new Frame.Crumb(crumb.name(),
                    i == trail.size() - 1 ? null : SiteUrls.relative(root, crumb.sitePath())));
        }
        return crumbs;
    }

    /** schema.org BreadcrumbList of the trail, when the site has a base URL and the trail is not empty. */
    Optional<String> breadcrumbList(List<Crumb> trail) {
        if (baseUrl.isEmpty() || trail.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).name());
            // The last step is the page itself, which needs no address (as Google's guidelines allow).
            if (i < trail.size() - 1) {
                item.put("item", SiteUrls.absolute(baseUrl.get(), trail.get(i).sitePath()));
            }
            items.add(item);
        }
        Map<String, Object> list = context("BreadcrumbList");
        list.put("itemListElement", items);
        return Optional.of(JsonText.compact(list));
    }

    /** schema.org Occupation of a role, when the site has a base URL. */
    Optional<String> occupation(Role role) {
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> occupation = context("Occupation");
        occupation.put("name", role.title().value());
        if (!role.aliases().isEmpty()) {
            occupation.put("alternateName", role.aliases().stream().map(Text::value).toList());
        }
        occupation.put("description", markdown.plainText(role.summary().value()));
        if (!role.responsibilities().isEmpty()) {
            occupation.put("responsibilities", role.responsibilities().stream()
                    .map(text -> markdown.plainText(text.value())).toList());
        }
        if (!role.skills().isEmpty()) {
            occupation.put("skills", role.skills().stream().map(Text::value).toList());
        }
        if (!role.occupation().codes().isEmpty()) {
            occupation.put("occupationalCategory", role.occupation().codes().stream()
                    .map(StructuredData::categoryCode).toList());
        }
        role.salary().filter(salary -> !salary.levels().isEmpty())
                .ifPresent(salary -> occupation.put("estimatedSalary", salaries(salary)));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "WebPage");
        page.put("@id", SiteUrls.absolute(baseUrl.get(), SiteUrls.role(role.slug())));
        role.updated().ifPresent(date -> page.put("lastReviewed", date.toString()));
        occupation.put("mainEntityOfPage", page);
        return Optional.of(JsonText.compact(occupation));
    }

    /** A classification code as schema.org's CategoryCode, its code set named as the page names it. */
    private static Map<String, Object> categoryCode(Occupation.OccupationCode code) {
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("@type", "CategoryCode");
        category.put("codeValue", code.code().value());
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("@type", "CategoryCodeSet");
        set.put("name", OccupationModels.schemeName(code.scheme().value()));
        category.put("inCodeSet", set);
        OccupationModels.url(code.scheme().value(), code.code().value()).ifPresent(url -> category.put("url", url));
        return category;
    }

    private static List<Map<String, Object>> salaries(Salary salary) {
        return salary.levels().stream().map(level -> {
            Map<String, Object> amount = new LinkedHashMap<>();
            amount.put("@type", "MonetaryAmountDistribution");
            amount.put("name", level.level().value());
            salary.currency().ifPresent(currency -> amount.put("currency", currency.value()));
            amount.put("duration", duration(salary.period()));
            amount.put("minValue", level.min());
            if (!level.maxOpen()) {
                // An open-ended top band ("239,200 or more") has no maximum to state.
                amount.put("maxValue", level.max());
            }
            return amount;
        }).toList();
    }

    /** ISO 8601 duration of a pay period, as schema.org's {@code duration} wants it. */
    static String duration(SalaryPeriod period) {
        return switch (period) {
            case YEAR -> "P1Y";
            case MONTH -> "P1M";
            case HOUR -> "PT1H";
        };
    }

    private static Map<String, Object> context(String type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@context", "https://schema.org");
        map.put("@type", type);
        return map;
    }
}
