package org.careerguide.theme;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one place Freemarker is configured. Templates are treated as untrusted (themes come from
 * pull requests): HTML escaping for every template whatever its extension, errors rethrown and
 * never written into pages, no {@code ?new} or {@code ?api}, and fixed locale and time zone so
 * that output is reproducible. Templates stop when their thread is interrupted (see
 * {@link InterruptibleConfiguration}), which is how a page's time limit is enforced.
 */
final class FreemarkerSettings {

    private FreemarkerSettings() {
    }

    static Configuration create(TemplateLoader loader) {
        Configuration cfg = new InterruptibleConfiguration();
        cfg.setTemplateLoader(loader);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        // Templates are loaded once per build; no need to re-check files while it runs.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }
}
