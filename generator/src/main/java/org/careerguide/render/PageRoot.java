package org.careerguide.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The root of a page's data as its template sees it: the frame's keys, then the page kind's. A name
 * that is neither is null here, so that Freemarker goes on to the shared variables ({@code msg},
 * {@code assets}, {@code theme}) and, failing those, reports an undefined variable. The kind's record
 * goes through the configuration's object wrapper (which hands a record back as it is), so that a
 * wrapper that watches lookups (TemplateContractTest's) sees each name the frame does not have.
 */
final class PageRoot implements TemplateHashModel {

    private final TemplateHashModel frame;
    private final TemplateHashModel content;

    PageRoot(PageModel model, ObjectWrapper wrapper) throws TemplateModelException {
        this.frame = model.frame();
        this.content = (TemplateHashModel) wrapper.wrap(model.content());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        TemplateModel value = frame.get(key);
        return value != null ? value : content.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
