package org.careerguide.csv;

import java.io.IOException;
import java.io.StringWriter;
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
        List<RoleColumns.Column> columns = RoleColumns.of(roles);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(RoleColumns.Column::name).toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Role role : roles) {
                for (RoleColumns.Column column : columns) {
                    printer.print(column.cell().apply(role));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
