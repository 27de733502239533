package org.careerguide.render;

import freemarker.ext.beans.InvalidPropertyException;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.careerguide.render.page.Frame;

/**
 * The root of a page's data as its template sees it: the frame's keys, then the page kind's. A name
 * that is neither is null here, so that Freemarker goes on to the shared variables ({@code msg},
 * {@code assets}, {@code theme}) and, failing those, reports an undefined variable; a wrapper that
 * is strict about record components (TemplateContractTest's) must not turn that lookup into an error.
 */
final class PageRoot implements TemplateHashModel {

    private final Frame frame;
    private final TemplateHashModel content;
    private final ObjectWrapper wrapper;

    PageRoot(PageModel model, ObjectWrapper wrapper) throws TemplateModelException {
        this.frame = model.frame();
        this.content = (TemplateHashModel) wrapper.wrap(model.content());
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Object value = switch (key) {
            case "site" -> frame.site();
            case "root" -> frame.root();
            case "home" -> frame.home();
            case "page" -> frame.page();
            case "pages" -> frame.pages();
            case "sections" -> frame.sections();
            case "generator" -> frame.generator();
            default -> null;
        };
        if (value != null) {
            return wrapper.wrap(value);
        }
        try {
            return content.get(key);
        } catch (InvalidPropertyException notThisKind) {
            return null;
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
