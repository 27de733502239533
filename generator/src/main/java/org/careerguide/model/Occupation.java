package org.careerguide.model;

import java.util.List;
import java.util.Optional;

/**
 * What official occupation data says of a role: classification codes, entry requirements,
 * employment and outlook. Every part is optional; {@link #NONE} has none.
 *
 * @param codes in the order written, e.g. soc 15-1252, onet 15-1252.00
 */
public record Occupation(List<OccupationCode> codes, Optional<Entry> entry, Optional<Employment> employment,
                         Optional<Outlook> outlook) {

    public static final Occupation NONE = new Occupation(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Occupation {
        codes = List.copyOf(codes);
    }

    public boolean isEmpty() {
        return codes.isEmpty() && entry.isEmpty() && employment.isEmpty() && outlook.isEmpty();
    }

    /** A classification and the role's code in it: {@code soc: 15-1252}. */
    public record OccupationCode(Text scheme, Text code) {
    }

    /** How people usually enter the role; Markdown each. */
    public record Entry(Optional<Text> education, Optional<Text> experience, Optional<Text> training) {
    }

    /** How many people work in the role. */
    public record Employment(Optional<java.math.BigDecimal> count, Optional<Text> asOf, Optional<Text> source) {
    }

    /** Where employment is heading: growth over a period and openings a year. */
    public record Outlook(Optional<Text> growth, Optional<java.math.BigDecimal> openings, Optional<Text> period,
                          Optional<Text> source) {
    }
}
