package org.careerguide.link;

import java.util.List;
import java.util.Locale;

/**
 * Joins names into one line of bounded length: as many as fit, then "… and 1,234 more". A
 * problem message that lists roles must stay readable however many roles there are.
 */
final class BoundedJoin {

    private BoundedJoin() {
    }

    /** {@code items} joined by {@code separator}, at most {@code budget} characters long (at least one item shown). */
    static String join(List<String> items, String separator, int budget) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            String item = (i == 0 ? "" : separator) + items.get(i);
            int left = items.size() - i - 1;
            String rest = left == 0 ? "" : more(left);
            if (line.length() + item.length() + rest.length() > budget && i > 0) {
                return line + more(items.size() - i);
            }
            if (i == 0 && item.length() + rest.length() > budget) {
                int keep = Math.max(1, budget - rest.length() - 1);
                line.append(item, 0, Math.min(item.length(), keep)).append(item.length() > keep ? "…" : "");
                continue;
            }
            line.append(item);
        }
        return line.toString();
    }

    private static String more(int count) {
        return String.format(Locale.ROOT, " … and %,d more", count);
    }
}
