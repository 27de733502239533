package org.careerguide.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;

/**
 * Checks the guide without writing anything: the same validation, rendering and link checks as
 * {@code java -jar careerguide.jar check}. Content errors fail the build, each listed as
 * {@code file:line:col: error: message}; with {@code careerguide.strict} warnings do too.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractGuideMojo {

    /** Fail on warnings too (unresolved role names, ...). */
    @Parameter(property = "careerguide.strict", defaultValue = "false")
    private boolean strict;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skipped()) {
            return;
        }
        GenerationReport report = new Generator().check(generatorOptions(strict).build());
        log(report.problems());
        if (!report.success()) {
            throw failure("The guide has problems", report.problems());
        }
        getLog().info(report.summary(false, sourceDirectory.getPath()));
    }
}
