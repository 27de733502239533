package org.careerguide.theme;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * A Freemarker configuration whose templates stop when their thread is interrupted. Freemarker has
 * no time limit of its own; {@code _CoreAPI.addThreadInterruptedChecks} (internal API, used by
 * freemarker-online, covered by a test on upgrade) adds an interrupt check to every loop and macro
 * body. Every template lookup, including {@code #include} and {@code #import}, goes through the
 * overridden method, so included templates are covered too. Each template is changed once, before
 * any thread can run it.
 */
final class InterruptibleConfiguration extends Configuration {

    private final Set<Template> prepared = Collections.newSetFromMap(new IdentityHashMap<>());

    InterruptibleConfiguration() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                ignoreMissing);
        if (template != null) {
            synchronized (prepared) {
                if (prepared.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
        }
        return template;
    }
}
