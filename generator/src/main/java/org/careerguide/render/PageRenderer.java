package org.careerguide.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.careerguide.model.Problems;
import org.careerguide.model.RenderLimits;
import org.careerguide.model.SourcePosition;
import org.careerguide.text.Plural;
import org.careerguide.theme.Theme;

/**
 * Stage 3: renders planned pages with the theme's templates, in parallel (the model is immutable
 * and a Freemarker configuration is thread-safe). Each page is rendered into memory first, so a
 * template error never leaves half a page anywhere; the error names the template file and line.
 */
public final class PageRenderer {

    private final Theme theme;
    private final Problems problems;
    private final RenderLimits limits;
    private final PageReuse reuse;

    /** A renderer that stops a page's template at {@code limits}' time and size. */
    public PageRenderer(Theme theme, Problems problems, RenderLimits limits) {
        this(theme, problems, limits, PageReuse.NONE);
    }

    /** A renderer that first offers each page to {@code reuse} (an incremental build) and renders the rest. */
    public PageRenderer(Theme theme, Problems problems, RenderLimits limits, PageReuse reuse) {
        this.theme = theme;
        this.problems = problems;
        this.limits = limits;
        this.reuse = reuse;
    }

    /**
     * Renders every page into {@code output}, calling {@code pageDone} with the count of pages
     * finished so far; returns how many were written. One template mistake usually breaks many
     * pages: it is reported once, naming the first page and the count of others. The first page
     * {@code output} refuses (a full disk, a cancelled build) stops the rendering, and is thrown
     * once the pages already under way are done: the output reports it, once.
     */
    public int render(List<PageSpec> pages, PageOutput output, java.util.function.IntConsumer pageDone)
            throws IOException {
        AtomicInteger written = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Map<SourcePosition, Map<String, SortedSet<String>>> failures = new ConcurrentHashMap<>();
        AtomicReference<IOException> refused = new AtomicReference<>();
        try (PageWatchdog watchdog = new PageWatchdog(limits.templateTimeout())) {
            pages.parallelStream().forEach(page -> {
                if (refused.get() == null && renderTimed(page, output, failures, watchdog, refused)) {
                    written.incrementAndGet();
                }
                pageDone.accept(finished.incrementAndGet());
            });
        }
        failures.forEach((position, byMessage) -> byMessage.forEach((message, failed) -> {
            problems.error(position, message + " (rendering " + failed.first()
                    + Plural.andOtherPages(failed.size() - 1) + ")");
        }));
        if (refused.get() != null) {
            throw refused.get();
        }
        return written.get();
    }

    /** Renders one page under the watchdog; a page stopped at the time limit is reported by template name. */
    private boolean renderTimed(PageSpec page, PageOutput output,
                                Map<SourcePosition, Map<String, SortedSet<String>>> failures, PageWatchdog watchdog,
                                AtomicReference<IOException> refused) {
        boolean rendered;
        PageWatchdog.Watch watch = watchdog.start();
        try {
            rendered = renderOne(page, output, failures, watch, refused);
        } finally {
            watch.close();
        }
        if (watch.expired()) {
            problems.error(SourcePosition.ofFile(theme.templateFile(page.template())), "template ran longer than "
                    + seconds(watchdog.limit()) + " and was stopped (rendering " + page.outputPath() + ")");
            return false;
        }
        return rendered;
    }

    private boolean renderOne(PageSpec page, PageOutput output,
                              Map<SourcePosition, Map<String, SortedSet<String>>> failures, PageWatchdog.Watch watch,
                              AtomicReference<IOException> refused) {
        try {
            PageModel model = page.model().get();
            Optional<String> key = reuse.key(page, model);
            if (key.isPresent() && reuse.carryOver(page, key.get())) {
                return true;
            }
            Template template = theme.configuration().getTemplate(page.template());
            CappedWriter html = new CappedWriter(limits.maxPageBytes());
            template.process(new PageRoot(model, theme.configuration().getObjectWrapper()), html);
            byte[] bytes = html.toBytes();
            if (watch.expired()) {
                return false;
            }
            output.write(page.outputPath(), bytes);
            key.ifPresent(digest -> reuse.rendered(page, digest));
            return true;
        } catch (CappedWriter.PageTooLargeException e) {
            tooLarge(page);
        } catch (ParseException e) {
            problems.error(new SourcePosition(theme.templateFile(e.getTemplateName()), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            if (watch.expired()) {
                return false;
            }
            if (e.getCause() instanceof CappedWriter.PageTooLargeException) {
                tooLarge(page);
                return false;
            }
            String file = e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName();
            SourcePosition at = new SourcePosition(theme.templateFile(file), line(e.getLineNumber()),
                    line(e.getColumnNumber()));
            failures.computeIfAbsent(at, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(templateMessage(e), k -> new ConcurrentSkipListSet<>())
                    .add(page.outputPath());
        } catch (freemarker.template.TemplateNotFoundException e) {
            problems.error(SourcePosition.ofFile(theme.templateFile(page.template())),
                    "template not found (needed for " + page.outputPath() + ")");
        } catch (StackOverflowError e) {
            problems.error(SourcePosition.ofFile(theme.templateFile(page.template())),
                    "template recursion too deep (rendering " + page.outputPath() + ")");
        } catch (IOException e) {
            // Template I/O errors are TemplateExceptions above: this is the output refusing the page.
            if (!watch.expired()) {
                refused.compareAndSet(null, e);
            }
        } catch (RuntimeException e) {
            // Freemarker's interruption signal is an internal unchecked exception; anything else is a bug.
            if (!watch.expired()) {
                throw e;
            }
        }
        return false;
    }

    private void tooLarge(PageSpec page) {
        problems.error(SourcePosition.ofFile(theme.templateFile(page.template())), String.format(Locale.ROOT,
                "page is larger than the limit of %,d bytes (rendering %s)", limits.maxPageBytes(),
                page.outputPath()));
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static int line(Integer number) {
        return number == null ? 0 : number;
    }

    private static String templateMessage(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        String message = firstLine(e.getMessageWithoutStackTop());
        if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
            return "'" + blamed + "' is missing or null; use ${" + blamed + "!} or <#if " + blamed
                    + "??> for optional values";
        }
        // Freemarker's own wording suggests settings a theme author cannot (and should not) change.
        if (message.contains("api_builtin_enabled")) {
            return "?api is not allowed in careerguide templates: they see plain data only";
        }
        if (message.startsWith("Template inclusion failed") || message.startsWith("Template importing failed")) {
            return message.replaceFirst("^Template (inclusion|importing) failed \\(for parameter value (\".*\")\\)$",
                    "no template $2 in the theme's template folders (paths cannot leave them)");
        }
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String line = message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("template error");
        return line.replaceAll("\\s+", " ").replaceAll("[:\\s]+$", "");
    }
}
