package org.careerguide.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerguide.model.Occupation;
import org.careerguide.model.Problems;
import org.careerguide.model.Text;

/** Binds a role's occupation keys: {@code codes}, {@code entry}, {@code employment} and {@code outlook}. */
final class OccupationBinder {

    static final Set<String> ENTRY_KEYS = Set.of("education", "experience", "training");
    static final Set<String> EMPLOYMENT_KEYS = Set.of("count", "as_of", "source");
    static final Set<String> OUTLOOK_KEYS = Set.of("growth", "openings", "period", "source");
    /** Classification names: lowercase, like the keys around them (soc, onet, isco, esco, noc, anzsco ...). */
    static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Problems problems;

    OccupationBinder(Problems problems) {
        this.problems = problems;
    }

    Occupation bind(MappingReader role) {
        List<Occupation.OccupationCode> codes = role.pairs("codes", SCHEME,
                        "a classification name in lowercase, such as soc, onet, isco or esco").stream()
                .map(OccupationBinder::code).toList();
        Optional<Occupation.Entry> entry = role.mapping("entry", ENTRY_KEYS)
                .map(e -> new Occupation.Entry(e.text("education"), e.text("experience"), e.text("training")));
        Optional<Occupation.Employment> employment = role.mapping("employment", EMPLOYMENT_KEYS)
                .map(e -> new Occupation.Employment(e.optionalNumber("count"),
                        RoleBinder.asOf(e, problems), e.text("source")));
        Optional<Occupation.Outlook> outlook = role.mapping("outlook", OUTLOOK_KEYS)
                .map(o -> new Occupation.Outlook(o.text("growth"), o.optionalNumber("openings"), o.text("period"),
                        o.text("source")));
        return new Occupation(codes, entry, employment, outlook);
    }

    private static Occupation.OccupationCode code(Map.Entry<Text, Text> pair) {
        return new Occupation.OccupationCode(pair.getKey(), pair.getValue());
    }
}
