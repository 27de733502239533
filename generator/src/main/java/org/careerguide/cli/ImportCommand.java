package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careerguide.csv.CsvImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerguide import --csv roles.csv}: writes a role file per CSV row. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write roles/<slug>.yaml (and roles/<slug>.md for a narrative) for each row of a CSV file.",
                "Columns are named as the YAML keys, nested keys with dots (salary.currency, codes.soc),",
                "lists in one cell joined by \"; \" (a \";\" inside an item written \"\\;\"), salary levels as",
                "\"Entry Level: 110000 to 140000; Top: 239200 or more\". The roles.csv of a built site is",
                "such a file. The slug comes from the 'slug' column, else from the title. Every row is",
                "checked before anything is written; a bad row is reported as FILE:LINE:COLUMN (COLUMN is",
                "the field's number)."},
        footer = {"", "Exit codes: 0 written, 1 not written (bad rows, existing roles), 2 usage errors."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE", required = true,
            description = "the CSV file to import (UTF-8, RFC 4180)")
    private String csv;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the guide project folder, holding site.yaml (default: ${DEFAULT-VALUE})")
    private String source;

    @Option(names = "--overwrite", description = "replace role files that exist (never done otherwise)")
    private boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CsvImport.Result result = new CsvImport(overwrite).run(Path.of(csv), csv, Path.of(source));
            result.problems().forEach(err::println);
            if (!result.success()) {
                err.println("careerguide: import: nothing written");
                return Main.CONTENT_ERRORS;
            }
            long roles = result.written().stream().filter(file -> file.toString().endsWith(".yaml")).count();
            out.println("Imported " + roles + (roles == 1 ? " role" : " roles") + " from " + csv + " into "
                    + source + "/roles");
            return Main.OK;
        } catch (IOException e) {
            err.println("careerguide: import: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
