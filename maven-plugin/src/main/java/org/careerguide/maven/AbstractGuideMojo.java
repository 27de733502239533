package org.careerguide.maven;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.GeneratorOptions;
import org.careerguide.ProblemListing;
import org.careerguide.model.Problem;

/**
 * The parameters every goal that reads a guide shares, all set by {@code careerguide.*} properties,
 * and the reporting of problems: each as {@code file:line:col: error: message}, errors failing the
 * build with all of them listed.
 */
abstract class AbstractGuideMojo extends AbstractMojo {

    /** The guide project folder, holding {@code site.yaml}, {@code roles/} and {@code pages/}. */
    @Parameter(property = "careerguide.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    protected File sourceDirectory;

    /** The absolute URL the site is published at; overrides {@code base_url} of site.yaml. */
    @Parameter(property = "careerguide.baseUrl")
    protected String baseUrl;

    /** The theme to build with instead of site.yaml's {@code theme}: {@code themes/<name>/} or a shipped one (default, compact). */
    @Parameter(property = "careerguide.theme")
    protected String theme;

    /** Include roles and pages marked {@code draft: true}. */
    @Parameter(property = "careerguide.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Log every problem; by default at most 100 of one kind, then how many more. */
    @Parameter(property = "careerguide.allProblems", defaultValue = "false")
    protected boolean allProblems;

    /** Skip this goal. */
    @Parameter(property = "careerguide.skip", defaultValue = "false")
    protected boolean skip;

    /** Options for the library from the parameters shared by all goals ({@code strict} as given). */
    protected GeneratorOptions.Builder generatorOptions(boolean strict) {
        return GeneratorOptions.builder(sourceDirectory.toPath())
                .displayRoot(sourceDirectory.getPath())
                .drafts(drafts)
                .strict(strict)
                .baseUrl(baseUrl)
                .theme(theme);
    }

    /** True (after saying so) when {@code careerguide.skip} is set. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("careerguide.skip = true: skipping careerguide:" + goal());
        }
        return skip;
    }

    /** The goal's name, for messages. */
    protected abstract String goal();

    /** Logs the problems at their level, at most 100 of one kind unless {@code careerguide.allProblems} is set. */
    protected void log(List<Problem> problems) {
        int perKind = allProblems ? Integer.MAX_VALUE : ProblemListing.DEFAULT_PER_KIND;
        for (ProblemListing.Line line : ProblemListing.lines(problems, perKind, "-Dcareerguide.allProblems")) {
            if (line.isError()) {
                getLog().error(line.text());
            } else {
                getLog().warn(line.text());
            }
        }
    }

    /** Fails the build listing the errors (capped like the log), one {@code file:line:col: error: message} per line. */
    protected MojoFailureException failure(String what, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        int perKind = allProblems ? Integer.MAX_VALUE : ProblemListing.DEFAULT_PER_KIND;
        String list = ProblemListing.lines(errors, perKind, "-Dcareerguide.allProblems").stream()
                .map(ProblemListing.Line::text).collect(Collectors.joining("\n  ", "\n  ", ""));
        return new MojoFailureException(what + " (" + ProblemListing.errorCount(errors) + "):" + list);
    }
}
