package org.careerguide.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.scaffold.RoleScaffold;
import org.careerguide.scaffold.ScaffoldException;

/**
 * Writes {@code roles/<slug>.yaml} for a new role: {@code mvn careerguide:new-role -Dtitle="Cloud
 * Architect"} writes {@code roles/cloud-architect.yaml}, every section stubbed and explained, with a
 * {@code yaml-language-server} comment pointing editors at the JSON Schema the build writes. Never
 * overwrites an existing role.
 */
@Mojo(name = "new-role", threadSafe = true)
public final class NewRoleMojo extends AbstractGuideMojo {

    /** The new role's title, e.g. {@code Cloud Architect}; the file name is made from it. */
    @Parameter(property = "title", required = true)
    private String title;

    @Override
    protected String goal() {
        return "new-role";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try {
            Path file = new RoleScaffold().create(sourceDirectory.toPath(), title, LocalDate.now());
            getLog().info("Wrote " + file + "; fill it in, then preview with: mvn careerguide:serve");
        } catch (ScaffoldException e) {
            throw new MojoFailureException("careerguide:new-role: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("careerguide:new-role: " + e.getMessage(), e);
        }
    }
}
