package org.careerguide.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.careerguide.scaffold.ScaffoldException;
import org.careerguide.scaffold.SiteScaffold;

/**
 * Writes a new guide project, like {@code archetype:generate}, and needs no project to run in:
 * {@code mvn org.careerguide:careerguide-maven-plugin:VERSION:new-site -Ddir=my-guide -Dtitle="Our
 * Careers"} writes {@code my-guide/} with a {@code pom.xml} using this plugin at this version
 * ({@code mvn site} builds the guide), {@code site.yaml}, an example role with its narrative, an
 * about page, {@code .gitignore} and a GitHub Pages workflow. Never overwrites a file: when the
 * folder holds any of them, nothing is written.
 */
@Mojo(name = "new-site", requiresProject = false, threadSafe = true)
public final class NewSiteMojo extends AbstractMojo {

    /** The folder for the new guide project; created if missing. Relative to the current folder. */
    @Parameter(property = "dir", required = true)
    private File dir;

    /** The guide's title (default {@code Career Guide}). */
    @Parameter(property = "title")
    private String title;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Path folder = dir.toPath();
            for (Path file : new SiteScaffold().create(folder, title, LocalDate.now())) {
                getLog().info("Wrote " + file);
            }
            getLog().info("Next: cd " + folder + " && mvn site   (the guide in target/site/),"
                    + " or mvn careerguide:serve to preview");
        } catch (ScaffoldException e) {
            throw new MojoFailureException("careerguide:new-site: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("careerguide:new-site: " + e.getMessage(), e);
        }
    }
}
