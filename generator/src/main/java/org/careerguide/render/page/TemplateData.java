package org.careerguide.render.page;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * A record of template data that lists its components, by name and in declaration order: the one
 * listing that both the templates read (the record is a Freemarker hash of those names) and the
 * digest of an incremental build feeds on. Written out per record rather than read by reflection,
 * so that what a template sees and what a page's key covers are plain code, and the same;
 * {@code PageRecordsTest} checks that every record of this package lists every component under its
 * own name.
 *
 * <p>As a hash a record behaves as the maps it replaced: a null component is no key ({@code ??} is
 * false, {@code ?keys} and {@code ?size} leave it out), and a record whose components are all null
 * has no content.
 */
public interface TemplateData extends TemplateHashModelEx {

    /** Hands every component to {@code out}, by name, in declaration order. */
    void components(Components out);

    /** Where a record's components go. */
    interface Components {

        /**
         * One component: null, text, a number, a boolean, markup, a list or another {@link TemplateData};
         * {@code name} is the record component's (and the template's key).
         */
        Components add(String name, Object value);
    }

    @Override
    default TemplateModel get(String key) throws TemplateModelException {
        return Keys.get(this, key);
    }

    @Override
    default int size() {
        return Keys.present(this).size();
    }

    @Override
    default boolean isEmpty() {
        return !Keys.anyPresent(this);
    }

    @Override
    default TemplateCollectionModel keys() {
        return Keys.keys(this);
    }

    @Override
    default TemplateCollectionModel values() throws TemplateModelException {
        return Keys.values(this);
    }
}
