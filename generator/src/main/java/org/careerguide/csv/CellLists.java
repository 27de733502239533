package org.careerguide.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A list in one CSV cell: items joined by "; ". An item holding ";" or "\" escapes it with a
 * backslash ("R\; D" is one item, "R; D"), so any list survives the round trip. This is the
 * format of one cell's text; the CSV itself is read and written by commons-csv.
 */
final class CellLists {

    static final String SEPARATOR = "; ";

    private CellLists() {
    }

    static String join(List<String> items) {
        List<String> escaped = new ArrayList<>();
        for (String item : items) {
            escaped.add(item.replace("\\", "\\\\").replace(";", "\\;"));
        }
        return String.join(SEPARATOR, escaped);
    }

    static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == ';') {
                add(items, item);
            } else {
                item.append(c);
            }
        }
        add(items, item);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
        item.setLength(0);
    }
}
