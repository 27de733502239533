package org.careerguide.theme;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed texts of a theme in the site's language, for templates: {@code ${msg("role.skills")}},
 * {@code ${msg("term.count", term.count)}}. Patterns are {@link MessageFormat}s in the site's
 * locale, so plurals ({@code {0,choice,1#1 role|1<{0,number,integer} roles}}), numbers and dates
 * come out as the language writes them. A key the bundle lacks stops the page with an error naming
 * the key and the language; the renderer adds the template file and line.
 *
 * @param language the language tag the labels were chosen for (as site.yaml names it)
 * @param locale   the locale patterns are formatted in
 * @param texts    patterns by key (theme chain merged, project overrides applied)
 */
public record Labels(String language, Locale locale, Map<String, String> texts) implements TemplateMethodModelEx {

    /** Patterns parsed so far by this thread, by language and pattern: every page uses the same few hundred labels. */
    private static final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> PARSED =
            ThreadLocal.withInitial(HashMap::new);
    /** Labels this thread formatted with the same values before ("Shares 3 of 8 skills" on page after page). */
    private static final ThreadLocal<FormattedLabels> FORMATTED = ThreadLocal.withInitial(FormattedLabels::new);

    /**
     * The labels the generator itself puts on pages (page titles, breadcrumbs, chart figures,
     * related-role reasons): a theme's bundle must have them, checked when the theme loads, so
     * that {@link #text} never fails while pages render.
     */
    public static final java.util.List<String> USED_BY_GENERATOR = java.util.List.of("crumb.home", "section.roles",
            "terms.title.skills", "terms.title.employers", "terms.title.sectors", "terms.title.families",
            "terms.title.titles", "paths.title", "section.compare", "az.letterTitle", "compare.description",
            "frame.pageOf", "paths.familyTitle", "paths.step", "paths.sideways", "paths.pageTitle", "home.otherRoles",
            "chart.range", "chart.rangeOpen", "frame.table");

    /** The default theme's English labels, for planning pages without a loaded theme (tests). */
    public static Labels english() {
        return LabelBundles.embeddedEnglish();
    }

    public Labels {
        texts = Map.copyOf(texts);
    }

    /**
     * The label {@code key} formatted with {@code values}, for text the generator builds in Java.
     *
     * @throws IllegalArgumentException when the bundle has no such label (a theme is checked for
     *                                  {@link #USED_BY_GENERATOR} when it loads)
     */
    public String text(String key, Object... values) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("missing label '" + key + "' for language '" + language + "'");
        }
        try {
            return format(key, pattern, values);
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("msg(key, ...) needs the key of a label");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new TemplateModelException("missing label '" + key + "' for language '" + language
                    + "': add it to messages_" + language.replace('-', '_') + ".properties of the theme or the project");
        }
        Object[] values = new Object[arguments.size() - 1];
        Map<String, String> markup = new java.util.HashMap<>();
        for (int i = 1; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            if (argument instanceof TemplateHTMLOutputModel html) {
                // Already HTML (inline Markdown): kept as it is, the label's own text escaped around it.
                String token = "\uE000" + i + "\uE001";
                markup.put(token, HTMLOutputFormat.INSTANCE.getMarkupString(html));
                values[i - 1] = token;
            } else {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) argument);
            }
        }
        if (!markup.isEmpty()) {
            String html = HTMLOutputFormat.INSTANCE.escapePlainText(format(key, pattern, values));
            for (Map.Entry<String, String> part : markup.entrySet()) {
                html = html.replace(part.getKey(), part.getValue());
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        }
        return format(key, pattern, values);
    }

    private String format(String key, String pattern, Object[] values) throws TemplateModelException {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // no argument and no quoting: exactly what MessageFormat would give
        }
        try {
            String plain = PlainPattern.of(pattern).format(values);
            if (plain != null) {
                return plain;
            }
            FormattedLabels formatted = FORMATTED.get();
            String known = formatted.get(locale, pattern, values);
            if (known != null) {
                return known;
            }
            // Parsed once per thread, language and pattern: MessageFormat is not thread-safe, and
            // cloning a shared one for every label cost more than formatting it.
            String text = PARSED.get().computeIfAbsent(locale, ignored -> new HashMap<>())
                    .computeIfAbsent(pattern, ignored -> parse(pattern, locale)).format(values);
            formatted.put(locale, pattern, values, text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException("label '" + key + "' for language '" + language + "' is not a valid"
                    + " message pattern: " + e.getMessage());
        }
    }

    private static MessageFormat parse(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        // Dates are days without a time of day: never shifted by the machine's time zone.
        for (java.text.Format part : format.getFormats()) {
            if (part instanceof java.text.DateFormat date) {
                date.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            }
        }
        return format;
    }
}
