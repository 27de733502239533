package org.careerguide.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.theme.Theme;

/**
 * Stage 3: renders planned pages with the theme's templates, in parallel (the model is immutable
 * and a Freemarker configuration is thread-safe). Each page is rendered into memory first, so a
 * template error never leaves half a page anywhere; the error names the template file and line.
 */
public final class PageRenderer {

    private final Theme theme;
    private final Problems problems;

    public PageRenderer(Theme theme, Problems problems) {
        this.theme = theme;
        this.problems = problems;
    }

    /**
     * Renders every page into {@code output}; returns how many were written. One template mistake
     * usually breaks many pages: it is reported once, naming the first page and the count of others.
     */
    public int render(List<PageSpec> pages, PageOutput output) {
        AtomicInteger written = new AtomicInteger();
        Map<SourcePosition, Map<String, SortedSet<String>>> failures = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            if (renderOne(page, output, failures)) {
                written.incrementAndGet();
            }
        });
        failures.forEach((position, byMessage) -> byMessage.forEach((message, failed) -> {
            String others = failed.size() == 1 ? "" : " and " + (failed.size() - 1) + " other page"
                    + (failed.size() == 2 ? "" : "s");
            problems.error(position, message + " (rendering " + failed.first() + others + ")");
        }));
        return written.get();
    }

    private boolean renderOne(PageSpec page, PageOutput output,
                              Map<SourcePosition, Map<String, SortedSet<String>>> failures) {
        try {
            Template template = theme.configuration().getTemplate(page.template());
            StringWriter html = new StringWriter(16 * 1024);
            template.process(page.model().get(), html);
            output.write(page.outputPath(), html.toString().getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (ParseException e) {
            problems.error(new SourcePosition(theme.templateFile(e.getTemplateName()), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
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
            problems.error(SourcePosition.ofFile(page.outputPath()), "cannot write page: " + e.getMessage());
        }
        return false;
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
