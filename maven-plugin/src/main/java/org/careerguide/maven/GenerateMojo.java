package org.careerguide.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.careerguide.model.Problem;

/**
 * Builds the career guide site from the guide project folder (the one holding {@code site.yaml})
 * into the output folder. The output is replaced only when the whole site built.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The guide project folder, holding {@code site.yaml}, {@code roles/} and {@code pages/}. */
    @Parameter(property = "careerguide.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    private File sourceDirectory;

    /** Where the site is written; replaced as a whole by each build. */
    @Parameter(property = "careerguide.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    /** The absolute URL the site is published at; overrides {@code base_url} of site.yaml. */
    @Parameter(property = "careerguide.baseUrl")
    private String baseUrl;

    /** Include roles and pages marked {@code draft: true}. */
    @Parameter(property = "careerguide.drafts", defaultValue = "false")
    private boolean drafts;

    /** Fail on warnings too (unresolved role names, ...). */
    @Parameter(property = "careerguide.strict", defaultValue = "false")
    private boolean strict;

    /** Skip this goal. */
    @Parameter(property = "careerguide.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("careerguide.skip = true: skipping the guide site");
            return;
        }
        GeneratorOptions options = GeneratorOptions.builder(sourceDirectory.toPath())
                .outputDir(outputDirectory.toPath())
                .displayRoot(sourceDirectory.getPath())
                .drafts(drafts)
                .strict(strict)
                .baseUrl(baseUrl)
                .build();
        GenerationReport report = new Generator().build(options);
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
        if (!report.success()) {
            throw new MojoFailureException("The guide has " + report.errorCount() + " error(s); the output folder "
                    + outputDirectory + " was not changed. First: " + report.problems().get(0));
        }
        getLog().info("Wrote " + report.pagesRendered() + " pages and " + report.filesCopied() + " files to "
                + report.outputDir() + " in " + report.duration().toMillis() + " ms");
    }
}
