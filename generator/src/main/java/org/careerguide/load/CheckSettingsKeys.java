package org.careerguide.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careerguide.model.CheckKind;
import org.careerguide.model.CheckLevel;
import org.careerguide.model.Problems;
import org.careerguide.model.Text;
import org.careerguide.text.DidYouMean;

/** Reads site.yaml's {@code checks:} map: each kind of warning set to error, warning or off. */
final class CheckSettingsKeys {

    static final List<String> KINDS = kinds();
    private static final Pattern NAME = Pattern.compile("[^\\s]+");

    private CheckSettingsKeys() {
    }

    static Map<CheckKind, CheckLevel> read(MappingReader site, Problems problems) {
        Map<CheckKind, CheckLevel> checks = new EnumMap<>(CheckKind.class);
        for (Map.Entry<Text, Text> pair : site.pairs("checks", NAME, "a check kind")) {
            Text kind = pair.getKey();
            Text level = pair.getValue();
            var known = CheckKind.fromKey(kind.value());
            if (known.isEmpty()) {
                problems.error(kind.position(), "unknown check kind '" + kind.value() + "' in 'checks'"
                        + DidYouMean.hint(kind.value(), KINDS) + "; kinds: " + String.join(", ", KINDS));
                continue;
            }
            CheckLevel.fromKey(level.value()).ifPresentOrElse(value -> checks.put(known.get(), value), () ->
                    problems.error(level.position(), "'checks." + kind.value()
                            + "' must be error, warning or off, found '" + level.value() + "'"));
        }
        return checks;
    }

    private static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            kinds.add(kind.key());
        }
        return List.copyOf(kinds);
    }
}
