package org.careerguide.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;

/**
 * Builds the career guide site from the guide project folder (the one holding {@code site.yaml})
 * into the output folder. The output is replaced only when the whole site built. Bound to the
 * {@code site} phase, so {@code mvn site} in a guide project writes the guide to
 * {@code target/site/}; set {@code maven.site.skip} there to keep maven-site-plugin's own pages out.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class GenerateMojo extends AbstractGuideMojo {

    /** Where the site is written; replaced as a whole by each build. */
    @Parameter(property = "careerguide.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    /** Fail on warnings too (unresolved role names, ...). */
    @Parameter(property = "careerguide.strict", defaultValue = "false")
    private boolean strict;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skipped()) {
            return;
        }
        GenerationReport report = new Generator().build(generatorOptions(strict)
                .outputDir(outputDirectory.toPath())
                .build());
        log(report.problems());
        if (!report.success()) {
            throw failure("The guide did not build; the output folder " + outputDirectory + " was not changed",
                    report.problems());
        }
        getLog().info(report.summary(true, sourceDirectory.getPath()));
    }
}
