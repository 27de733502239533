package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.careerguide.scaffold.ScaffoldException;
import org.careerguide.scaffold.SiteScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careerguide new-site my-guide --title "Our Careers"}: writes a complete guide project. */
@Command(name = "new-site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write a new guide project (like hugo new site).",
                "Writes into DIR: pom.xml (mvn site builds the guide), site.yaml,",
                "an example role with its narrative, an about page, .gitignore and a GitHub Pages",
                "workflow. Never overwrites a file: if DIR holds any of them, nothing is written."},
        footer = {"", "Exit codes: 0 written, 1 not written (a file exists), 2 usage errors."})
final class NewSiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder for the new guide (created if missing)")
    private Path dir;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "the guide's title (default: " + SiteScaffold.DEFAULT_TITLE + ")")
    private String title;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<Path> files = new SiteScaffold().create(dir, title, LocalDate.now());
            files.forEach(file -> out.println("Wrote " + file));
            out.println("Next: cd " + dir + " && careerguide serve   (or: mvn site; mvn careerguide:serve)");
            return Main.OK;
        } catch (ScaffoldException | IOException e) {
            spec.commandLine().getErr().println("careerguide: new-site: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
