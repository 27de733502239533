package org.careerguide.load;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.text.DidYouMean;

/**
 * Reads the {@code # careerguide: allow <kind> [<kind> ...]} comment lines of a role file: the
 * kinds of warning the author has looked at and accepts for this role. A kind that does not
 * exist is an error (with a "did you mean"), so a typo never silently waives nothing.
 */
final class CheckWaivers {

    private static final Pattern ALLOW = Pattern.compile("^\\s*#\\s*careerguide:\\s*allow\\b(.*)$");
    private static final Pattern WORD = Pattern.compile("[^\\s,]+");

    private CheckWaivers() {
    }

    static Set<CheckKind> of(String text, String displayPath, Problems problems) {
        Set<CheckKind> allowed = EnumSet.noneOf(CheckKind.class);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher allow = ALLOW.matcher(lines[i]);
            if (!allow.matches()) {
                continue;
            }
            Matcher word = WORD.matcher(allow.group(1));
            int offset = allow.start(1);
            boolean any = false;
            while (word.find()) {
                any = true;
                SourcePosition at = new SourcePosition(displayPath, i + 1, offset + word.start() + 1);
                CheckKind.fromKey(word.group()).ifPresentOrElse(allowed::add, () -> problems.error(at,
                        "unknown check kind '" + word.group() + "' in 'careerguide: allow'"
                                + DidYouMean.hint(word.group(), CheckSettingsKeys.KINDS)
                                + "; kinds: " + String.join(", ", CheckSettingsKeys.KINDS)));
            }
            if (!any) {
                problems.error(new SourcePosition(displayPath, i + 1, 1),
                        "'careerguide: allow' names no check kind; write e.g. '# careerguide: allow orphan'");
            }
        }
        return allowed;
    }
}
