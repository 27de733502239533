package org.careerguide.maven;

import java.io.File;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.Cancellation;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;

/**
 * Builds the career guide site from the guide project folder (the one holding {@code site.yaml})
 * into the output folder. The output is replaced only when the whole site built. Bound to the
 * {@code site} phase, so {@code mvn site} in a guide project writes the guide to
 * {@code target/site/}; set {@code maven.site.skip} there to keep maven-site-plugin's own pages out.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class GenerateMojo extends AbstractGuideMojo {

    /** How long a stopping Maven waits for the build to remove its temporary folder. */
    private static final Duration CLEANUP_WAIT = Duration.ofSeconds(60);

    /** Where the site is written; replaced as a whole by each build. */
    @Parameter(property = "careerguide.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    /** Fail on warnings too (unresolved role names, ...). */
    @Parameter(property = "careerguide.strict", defaultValue = "false")
    private boolean strict;

    /** Render every page; by default unchanged pages of the previous output are kept, and an unchanged guide is not built. */
    @Parameter(property = "careerguide.clean", defaultValue = "false")
    private boolean clean;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        GeneratorOptions options = generatorOptions(strict).outputDir(outputDirectory.toPath()).clean(clean).build();
        // Ctrl+C on Maven stops the JVM (the hook), a cancelled goal in an IDE interrupts this
        // thread: either way the build stops, removes its temporary folder and keeps the output.
        Cancellation cancellation = new Cancellation();
        GenerationReport report;
        Cancellation.Registration hook = cancellation.cancelOnShutdown(CLEANUP_WAIT,
                outcome -> getLog().warn("careerguide:generate interrupted; " + outcome.description()));
        try {
            report = cancellation.runInterruptibly(() -> new Generator().build(options, cancellation,
                    getLog()::info));
        } finally {
            hook.close();
        }
        report.notices().forEach(getLog()::info);
        if (report.interrupted()) {
            throw new MojoExecutionException("careerguide:generate was interrupted; the output folder "
                    + outputDirectory + " was not changed");
        }
        log(report.problems());
        if (!report.success()) {
            throw failure("The guide did not build; the output folder " + outputDirectory + " was not changed",
                    report.problems());
        }
        getLog().info(report.summary(true, sourceDirectory.getPath()));
    }
}
