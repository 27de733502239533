package org.careerguide.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerguide.text.DidYouMean;
import org.careerguide.load.ProjectLoader;
import org.careerguide.text.Slugs;
import org.careerguide.load.SourceReader;
import org.careerguide.load.YamlLimits;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;

/**
 * {@code careerguide import --csv FILE}: writes {@code roles/<slug>.yaml} (and {@code <slug>.md} for a
 * narrative) for each row of a CSV whose columns are named as the YAML keys (see {@link RoleColumns};
 * the {@code roles.csv} of a build is such a file). All rows are checked first, each file as the
 * build would load it; nothing is written while any row has an error, and an existing role is
 * replaced only when asked to overwrite.
 */
public final class CsvImport {

    /** CSV files up to this size are read; a role guide of 100,000 rows fits. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Pattern CODE_COLUMN = Pattern.compile("codes\\.[a-z][a-z0-9_]*");

    /** What an import did: the files written (none when there were errors) and every problem found. */
    public record Result(List<Path> written, List<Problem> problems) {

        public Result {
            written = List.copyOf(written);
            problems = List.copyOf(problems);
        }

        public boolean success() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private final boolean overwrite;

    /** @param overwrite replace role files that exist already (never done otherwise) */
    public CsvImport(boolean overwrite) {
        this.overwrite = overwrite;
    }

    /** Imports {@code csv} (named {@code display} in messages) into the guide project {@code projectDir}. */
    public Result run(Path csv, String display, Path projectDir) throws IOException {
        Problems problems = new Problems();
        if (!Files.isRegularFile(projectDir.resolve(ProjectLoader.SITE_FILE))) {
            problems.error(SourcePosition.ofFile(projectDir.toString()), "not a guide project: it has no "
                    + ProjectLoader.SITE_FILE);
            return new Result(List.of(), problems.sorted());
        }
        if (!Files.isRegularFile(csv)) {
            problems.error(SourcePosition.ofFile(display), "no such file");
            return new Result(List.of(), problems.sorted());
        }
        Optional<String> text = new SourceReader(MAX_BYTES).read(csv, display, problems);
        if (text.isEmpty()) {
            return new Result(List.of(), problems.sorted());
        }
        Map<String, RoleFiles> roles = parse(text.get(), display, projectDir, problems);
        if (problems.hasErrors()) {
            return new Result(List.of(), problems.sorted());
        }
        List<Path> written = new ArrayList<>();
        Path rolesDir = projectDir.resolve(ProjectLoader.ROLES);
        Files.createDirectories(rolesDir);
        for (Map.Entry<String, RoleFiles> role : roles.entrySet()) {
            Path yaml = rolesDir.resolve(role.getKey() + ".yaml");
            Path narrative = rolesDir.resolve(role.getKey() + ".md");
            Files.writeString(yaml, role.getValue().yaml(), StandardCharsets.UTF_8);
            written.add(yaml);
            if (role.getValue().narrative().isPresent()) {
                Files.writeString(narrative, role.getValue().narrative().get(), StandardCharsets.UTF_8);
                written.add(narrative);
            } else {
                // The row is the whole role: an old narrative of a replaced role would not be its own.
                Files.deleteIfExists(narrative);
            }
        }
        return new Result(written, problems.sorted());
    }

    /** The text of one role's files. */
    private record RoleFiles(String yaml, Optional<String> narrative) {
    }

    private Map<String, RoleFiles> parse(String text, String display, Path projectDir, Problems problems) {
        Map<String, RoleFiles> roles = new LinkedHashMap<>();
        Map<String, SourcePosition> rowOf = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        LineIndex lines = new LineIndex(text);
        ProjectLoader loader = new ProjectLoader(MAX_BYTES, YamlLimits.DEFAULT, true);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(header, display, problems)) {
                return roles;
            }
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                int errorsBefore = problems.errorCount();
                RowToRole row = new RowToRole(record, header, display, line, problems);
                Map<String, Object> keys = row.role();
                Optional<String> title = row.cell("title");
                if (title.isEmpty() || row.cell("summary").isEmpty()) {
                    problems.error(row.at(title.isEmpty() ? "title" : "summary"), "every role needs a title and a"
                            + " summary; this row has no " + (title.isEmpty() ? "title" : "summary"));
                    continue;
                }
                String slug = row.cell("slug").orElseGet(() -> Slugs.of(title.get()));
                Optional<String> badSlug = Slugs.problem(slug);
                if (badSlug.isPresent()) {
                    problems.error(row.at("slug"), "'slug': " + badSlug.get());
                    continue;
                }
                SourcePosition first = rowOf.putIfAbsent(slug, row.at("slug"));
                if (first != null) {
                    problems.error(row.at("slug"), "a second row for roles/" + slug + ".yaml (the first is at line "
                            + first.line() + ")");
                    continue;
                }
                if (!overwrite && Files.exists(projectDir.resolve(ProjectLoader.ROLES).resolve(slug + ".yaml"))) {
                    problems.error(row.at("slug"), "roles/" + slug + ".yaml exists already; it is not replaced"
                            + " unless you ask to overwrite (--overwrite)");
                    continue;
                }
                String yaml = header(display, line, row) + RoleYaml.dump(keys);
                Optional<String> narrative = row.cell("narrative").map(md -> record.get("narrative"));
                if (problems.errorCount() > errorsBefore) {
                    continue;
                }
                // Load what would be written, as the build will: a row that gives a role file the
                // build refuses is refused here, at the row.
                Problems asLoaded = new Problems();
                loader.parseRole(slug, yaml, narrative, "roles/" + slug + ".yaml", asLoaded);
                asLoaded.sorted().stream().filter(Problem::isError).forEach(problem -> problems.error(
                        new SourcePosition(display, line, 1), "row for roles/" + slug + ".yaml: " + problem.message()));
                roles.put(slug, new RoleFiles(yaml, narrative));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed CSV (a quote left open, a duplicate column) this way.
            problems.error(SourcePosition.ofFile(display), "not a CSV file this import can read: " + e.getMessage());
        }
        return roles;
    }

    /** Comments at the top of a written role: where it came from, the schema, its waived checks. */
    private static String header(String display, int line, RowToRole row) {
        StringBuilder header = new StringBuilder("# yaml-language-server: $schema=../target/site/schema/role.schema.json\n");
        header.append("# Imported from ").append(display.replace('\n', ' ')).append(" line ").append(line)
                .append(" by careerguide import.\n");
        row.cell("allow").map(CellLists::split).filter(kinds -> !kinds.isEmpty()).ifPresent(kinds ->
                header.append("# careerguide: allow ").append(String.join(" ", kinds)).append('\n'));
        return header.toString();
    }

    private static boolean checkHeader(List<String> header, String display, Problems problems) {
        List<String> known = RoleColumns.names();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!known.contains(column) && !CODE_COLUMN.matcher(column).matches()) {
                problems.error(new SourcePosition(display, 1, i + 1), "unknown column '" + column + "'"
                        + DidYouMean.hint(column, known) + "; columns are named as the YAML keys, nested keys"
                        + " with dots (salary.currency), codes as codes.<classification>");
                ok = false;
            }
        }
        for (String required : List.of("title", "summary")) {
            if (!header.contains(required)) {
                problems.error(new SourcePosition(display, 1, 1), "no '" + required + "' column; every role needs one");
                ok = false;
            }
        }
        return ok;
    }

    /** Line numbers of character offsets: a CSV row may span lines (quoted Markdown). */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long offset) {
            int at = java.util.Arrays.binarySearch(starts, (int) offset);
            return (at >= 0 ? at : -at - 2) + 1;
        }
    }
}
