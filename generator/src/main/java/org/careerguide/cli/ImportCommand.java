package org.careerguide.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.careerguide.csv.CsvImport;

/** {@code careerguide import --csv roles.csv}: writes a role file per CSV row. */
final class ImportCommand extends Subcommand {

    static final String NAME = "import";

    private static final Set<String> VALUE_OPTIONS = Set.of("--source", "--csv");
    private static final Set<String> FLAG_OPTIONS = Set.of("--overwrite", "--help");

    static final String USAGE_TEXT = """
            Usage: java -jar careerguide.jar import --csv FILE [--source DIR] [--overwrite]

            Writes roles/<slug>.yaml (and roles/<slug>.md for a narrative) for each row of a CSV file.
            Columns are named as the YAML keys, nested keys with dots (salary.currency, codes.soc),
            lists in one cell joined by "; " (a ";" inside an item written "\\;"), salary levels as
            "Entry Level: 110000 to 140000; Top: 239200 or more". The roles.csv of a built site is
            such a file. The slug comes from the 'slug' column, else from the title. Every row is
            checked before anything is written; a bad row is reported as FILE:LINE:COLUMN (COLUMN is
            the field's number).

            Options:
              --csv FILE       the CSV file to import (required; UTF-8, RFC 4180)
              --source DIR     the guide project folder, holding site.yaml (default: .)
              --overwrite      replace role files that exist (never done otherwise)
              --help           show this help

            Exit codes: 0 written, 1 not written (bad rows, existing roles), 2 usage errors.
            """;

    ImportCommand(PrintStream out, PrintStream err) {
        super(out, err, USAGE_TEXT, VALUE_OPTIONS, FLAG_OPTIONS);
    }

    @Override
    int execute(Arguments arguments) throws Arguments.UsageException {
        String csv = arguments.value("--csv").orElseThrow(() -> new Arguments.UsageException("import needs --csv FILE"));
        try {
            CsvImport.Result result = new CsvImport(arguments.flag("--overwrite"))
                    .run(Path.of(csv), csv, Path.of(CommonOptions.source(arguments)));
            result.problems().forEach(err::println);
            if (!result.success()) {
                err.println("careerguide: import: nothing written");
                return Main.CONTENT_ERRORS;
            }
            long roles = result.written().stream().filter(file -> file.toString().endsWith(".yaml")).count();
            out.println("Imported " + roles + (roles == 1 ? " role" : " roles") + " from " + csv + " into "
                    + CommonOptions.source(arguments) + "/roles");
            return Main.OK;
        } catch (IOException e) {
            err.println("careerguide: import: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }
}
