package org.careerguide.render.page;

/**
 * A record of template data that hands its components, in declaration order, to whoever digests a
 * page (ModelDigest, for incremental builds). Written out per record rather than read by reflection,
 * so that the digest of a page is plain code; {@code PageRecordsTest} checks that every record of
 * this package hands on every component.
 */
public interface TemplateData {

    /** Hands every component to {@code out}, in declaration order. */
    void components(Components out);

    /** Where a record's components go. */
    interface Components {

        /** One component: null, text, a number, markup, a list, a map or another {@link TemplateData}. */
        Components add(Object value);
    }
}
