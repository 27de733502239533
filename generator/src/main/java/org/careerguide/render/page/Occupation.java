package org.careerguide.render.page;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A role's occupation keys ({@code occupation.ftlh}): classification codes, entry requirements,
 * employment and outlook. Each part is null when the role has none of it.
 *
 * @param codes      the classification codes
 * @param entry      the education, experience and training it takes
 * @param employment how many people work in it
 * @param outlook    its growth and openings
 */
public record Occupation(List<Code> codes, Entry entry, Employment employment, Outlook outlook)
        implements TemplateData {

    @Override
    public void components(Components out) {
        out.add("codes", codes).add("entry", entry).add("employment", employment).add("outlook", outlook);
    }

    /**
     * One classification code.
     *
     * @param scheme the scheme's key, e.g. {@code onet}
     * @param name   the scheme's name, e.g. {@code O*NET-SOC}
     * @param code   the code
     * @param url    the classification's page of the code, or null where it has none
     */
    public record Code(String scheme, String name, String code, String url) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("scheme", scheme).add("name", name).add("code", code).add("url", url);
        }
    }

    /** What it takes to start, each as HTML or null. */
    public record Entry(TemplateHTMLOutputModel education, TemplateHTMLOutputModel experience,
                        TemplateHTMLOutputModel training) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("education", education).add("experience", experience).add("training", training);
        }
    }

    /**
     * How many work in it, each part null when not given.
     *
     * @param count  the number, formatted for the site's language
     * @param asOf   when it was counted
     * @param source where the number comes from, as inline HTML
     */
    public record Employment(String count, String asOf, TemplateHTMLOutputModel source) implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("count", count).add("asOf", asOf).add("source", source);
        }
    }

    /**
     * Its outlook, each part null when not given.
     *
     * @param growth   the growth as written, e.g. {@code 17%}
     * @param openings openings a year, formatted
     * @param period   the period projected, e.g. {@code 2023-2033}
     * @param source   where the outlook comes from, as inline HTML
     */
    public record Outlook(String growth, String openings, String period, TemplateHTMLOutputModel source)
            implements TemplateData {
        @Override
        public void components(Components out) {
            out.add("growth", growth).add("openings", openings).add("period", period).add("source", source);
        }
    }
}
