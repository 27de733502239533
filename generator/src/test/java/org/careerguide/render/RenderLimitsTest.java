package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;
import org.careerguide.model.RenderLimits;
import org.careerguide.testing.MinimalSite;
import org.careerguide.testing.TestSites;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates and Markdown cannot hang a build, fill memory or overflow the stack. */
class RenderLimitsTest {

    @TempDir
    Path dir;

    private static final String TEN_ROLES_OF_WHICH_ONE_LOOPS = "<#if role.slug == 'r3'><#list 1.. as i></#list></#if>"
            + "<h1>${role.title}</h1>";

    @Test
    void loopingTemplateIsStoppedAndOtherPagesOnTheSameThreadsStillRender() {
        String[] roles = new String[20];
        for (int i = 0; i < 10; i++) {
            roles[2 * i] = "r" + i;
            roles[2 * i + 1] = MinimalSite.role("Role " + i);
        }
        Path project = MinimalSite.with(dir, roles);
        int allPages = new Generator().check(GeneratorOptions.builder(project).build()).pagesRendered();
        TestSites.write(project.resolve("templates/role.ftlh"), TEN_ROLES_OF_WHICH_ONE_LOOPS);
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).displayRoot("guide")
                .templateTimeout(Duration.ofMillis(2000)).build());
        List<String> errors = report.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(List.of("guide/templates/role.ftlh: error: template ran longer than 2 s and was stopped"
                + " (rendering roles/r3/index.html)"), errors);
        // Every page but the looping one: an interrupt never leaks into the next page.
        assertEquals(allPages - 1, report.pagesRendered());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void loopInAnIncludedTemplateIsStoppedToo() {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("templates/role.ftlh"), "<#include 'spin.ftlh'>");
        TestSites.write(project.resolve("templates/spin.ftlh"), "<#list 1.. as i></#list>");
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project)
                .templateTimeout(Duration.ofMillis(1000)).build());
        assertFalse(report.success());
        assertTrue(report.problems().stream().anyMatch(problem -> problem.position().file().endsWith("role.ftlh")
                && problem.message().equals("template ran longer than 1 s and was stopped (rendering"
                + " roles/r1/index.html)")), report.problems().toString());
    }

    @Test
    void pageLargerThanTheLimitIsAnErrorAndNothingIsWritten() {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("templates/role.ftlh"), "<#list 1..5000 as i>${role.title}</#list>");
        Path output = dir.resolve("out");
        GenerationReport report = new Generator().build(GeneratorOptions.builder(project).outputDir(output)
                .maxPageBytes(4096).build());
        assertEquals(List.of("page is larger than the limit of 4,096 bytes (rendering roles/r1/index.html)"),
                report.problems().stream().map(Problem::message).toList());
        assertFalse(Files.exists(output));
    }

    /** Checks a one-role guide whose narrative is {@code narrative}; returns its problems as printed. */
    private List<String> checkNarrative(String narrative) {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        TestSites.write(project.resolve("roles/r1.md"), narrative);
        GenerationReport report = new Generator().check(GeneratorOptions.builder(project).displayRoot("guide").build());
        return report.problems().stream().map(Problem::toString).toList();
    }

    private static final String TOO_DEEP = ": error: Markdown is nested more than 100 levels deep (quotes, lists or"
            + " emphasis); flatten it";

    @Test
    void markdownNestedBeyondTheLimitIsAnErrorAtItsLine() {
        assertEquals(List.of("guide/roles/r1.md:5:1" + TOO_DEEP),
                checkNarrative("# Role 1\n\nfine\n\n" + "> ".repeat(5000) + "deep\n"));
    }

    @Test
    void markdownJustWithinTheLimitRenders() {
        Path project = MinimalSite.with(dir, "r1", MinimalSite.role("Role 1"));
        // 97 quotes, their paragraph and its text: 99 levels below the document.
        TestSites.write(project.resolve("roles/r1.md"), "> ".repeat(97) + "deep enough\n");
        Path output = dir.resolve("out");
        assertTrue(TestSites.build(project, output).success());
        org.jsoup.nodes.Document page = TestSites.parse(output.resolve("roles/r1/index.html"));
        assertEquals(97, page.select("blockquote").size());
        assertEquals("deep enough", page.select("blockquote").last().text());
    }

    @Test
    void depthIsMeasuredWithoutRecursionEvenForVeryDeepTrees() {
        Node document = new org.commonmark.node.Document();
        Node parent = document;
        for (int i = 0; i < 200_000; i++) {
            Node quote = new BlockQuote();
            parent.appendChild(quote);
            parent = quote;
        }
        Node tooDeep = MarkdownDepth.firstBeyond(document, 100);
        int depth = 0;
        for (Node at = tooDeep; at != document; at = at.getParent()) {
            depth++;
        }
        assertEquals(101, depth);
    }

    @Test
    void markdownTooDeepForTheParserIsReportedAtTheSuspectLine() {
        assertEquals(List.of("guide/roles/r1.md:3:1" + TOO_DEEP),
                checkNarrative("# Role 1\n\n" + "- ".repeat(20_000) + "x\n"));
    }
}
