package org.careerguide.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.csv.CsvImport;

/**
 * Writes a role file per row of a CSV file: {@code mvn careerguide:import -Dcsv=roles.csv}. Columns
 * are named as the YAML keys (the {@code roles.csv} of a built site is such a file). Every row is
 * checked before anything is written; existing roles are replaced only with {@code -Doverwrite=true}.
 */
@Mojo(name = "import", threadSafe = true)
public final class ImportMojo extends AbstractGuideMojo {

    /** The CSV file to import (UTF-8, RFC 4180). */
    @Parameter(property = "csv", required = true)
    private File csv;

    /** Replace role files that exist already. */
    @Parameter(property = "overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    protected String goal() {
        return "import";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try {
            CsvImport.Result result = new CsvImport(overwrite).run(csv.toPath(), csv.getPath(),
                    sourceDirectory.toPath());
            log(result.problems());
            if (!result.success()) {
                throw failure("import", result.problems());
            }
            long roles = result.written().stream().filter(file -> file.toString().endsWith(".yaml")).count();
            getLog().info("Imported " + roles + (roles == 1 ? " role" : " roles") + " from " + csv);
        } catch (IOException e) {
            throw new MojoExecutionException("careerguide:import: " + e.getMessage(), e);
        }
    }
}
