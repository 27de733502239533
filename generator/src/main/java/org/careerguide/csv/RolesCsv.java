package org.careerguide.csv;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careerguide.model.Role;

/**
 * {@code roles.csv}: one row per published role, columns named as the YAML keys (see
 * {@link RoleColumns}), for spreadsheets and for {@code careerguide import}, which reads it back
 * into the same roles. RFC 4180 (commas, double quotes, CRLF), UTF-8.
 */
public final class RolesCsv {

    /** Where the build writes it in the site. */
    public static final String OUTPUT_PATH = "roles.csv";

    private RolesCsv() {
    }

    public static byte[] of(List<Role> roles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(roles, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Writes the CSV of {@code roles} to {@code out} row by row: at 100,000 roles it is hundreds of megabytes. */
    public static void write(List<Role> roles, OutputStream out) throws IOException {
        List<RoleColumns.Column> columns = RoleColumns.of(roles);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(RoleColumns.Column::name).toArray(String[]::new))
                .get();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // Flushed, not closed: the caller owns the stream.
        CSVPrinter printer = new CSVPrinter(text, format);
        for (Role role : roles) {
            for (RoleColumns.Column column : columns) {
                printer.print(column.cell().apply(role));
            }
            printer.println();
        }
        printer.flush();
    }
}
