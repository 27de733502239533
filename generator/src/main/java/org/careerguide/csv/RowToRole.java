package org.careerguide.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;

/**
 * Turns one CSV row into the keys of a role file, in the order the content format lists them.
 * Cells that cannot be a value of their key (a bad number, a salary level that is not
 * "Name: 100 to 200") are reported at {@code file:line:column}, the column being the field's number.
 */
final class RowToRole {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern YEAR_OR_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER.pattern() + ")\\s+(?:to|-|–)\\s+("
            + NUMBER.pattern() + ")");
    private static final Pattern OPEN = Pattern.compile("(" + NUMBER.pattern() + ")\\s*(?:or more|\\+)");

    private final CSVRecord record;
    private final List<String> header;
    private final String file;
    private final int line;
    private final Problems problems;

    RowToRole(CSVRecord record, List<String> header, String file, int line, Problems problems) {
        this.record = record;
        this.header = header;
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    SourcePosition at(String column) {
        return new SourcePosition(file, line, Math.max(1, header.indexOf(column) + 1));
    }

    /** The cell of {@code column}, stripped; empty when the column is missing or the cell blank. */
    Optional<String> cell(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return Optional.empty();
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Map<String, Object> role() {
        Map<String, Object> role = new LinkedHashMap<>();
        put(role, "title", cell("title"));
        put(role, "summary", cell("summary"));
        put(role, "family", cell("family"));
        list(role, "aliases", "aliases");
        cell("updated").ifPresent(date -> role.put("updated", plain("updated", date)));
        cell("draft").ifPresent(draft -> role.put("draft", bool(draft)));
        Map<String, Object> codes = new LinkedHashMap<>();
        for (String column : header) {
            if (column.startsWith(RoleColumns.CODES)) {
                put(codes, column.substring(RoleColumns.CODES.length()), cell(column));
            }
        }
        nonEmpty(role, "codes", codes);
        nonEmpty(role, "entry", group("entry", "education", "experience", "training"));
        Map<String, Object> employment = new LinkedHashMap<>();
        cell("employment.count").ifPresent(count -> employment.put("count", number("employment.count", count)));
        cell("employment.as_of").ifPresent(asOf -> employment.put("as_of", asOf("employment.as_of", asOf)));
        put(employment, "source", cell("employment.source"));
        nonEmpty(role, "employment", employment);
        Map<String, Object> outlook = new LinkedHashMap<>();
        put(outlook, "growth", cell("outlook.growth"));
        cell("outlook.openings").ifPresent(count -> outlook.put("openings", number("outlook.openings", count)));
        put(outlook, "period", cell("outlook.period"));
        put(outlook, "source", cell("outlook.source"));
        nonEmpty(role, "outlook", outlook);
        list(role, "responsibilities", "responsibilities");
        list(role, "skills", "skills");
        Map<String, Object> progression = new LinkedHashMap<>();
        list(progression, "leads_to", "progression.leads_to");
        list(progression, "transitions", "progression.transitions");
        nonEmpty(role, "progression", progression);
        Map<String, Object> gaps = new LinkedHashMap<>();
        list(gaps, "missing", "skill_gaps.missing");
        put(gaps, "suggestions", cell("skill_gaps.suggestions"));
        nonEmpty(role, "skill_gaps", gaps);
        nonEmpty(role, "salary", salary());
        Map<String, Object> hiring = new LinkedHashMap<>();
        list(hiring, "employers", "hiring.employers");
        list(hiring, "sectors", "hiring.sectors");
        nonEmpty(role, "hiring", hiring);
        list(role, "next_steps", "next_steps");
        return role;
    }

    private Map<String, Object> salary() {
        Map<String, Object> salary = new LinkedHashMap<>();
        put(salary, "currency", cell("salary.currency"));
        put(salary, "period", cell("salary.period"));
        put(salary, "basis", cell("salary.basis"));
        List<Map<String, Object>> levels = new ArrayList<>();
        cell(RoleColumns.LEVELS).ifPresent(cell -> CellLists.split(cell).forEach(item -> level(item)
                .ifPresent(levels::add)));
        if (!levels.isEmpty()) {
            salary.put("levels", levels);
        }
        put(salary, "trend", cell("salary.trend"));
        put(salary, "source", cell("salary.source"));
        cell("salary.as_of").ifPresent(asOf -> salary.put("as_of", asOf("salary.as_of", asOf)));
        return salary;
    }

    /** "Entry Level: 110000 to 140000" or "Top 10%: 239200 or more". */
    private Optional<Map<String, Object>> level(String item) {
        int colon = item.lastIndexOf(':');
        String name = colon < 0 ? "" : item.substring(0, colon).strip();
        String range = colon < 0 ? "" : item.substring(colon + 1).strip();
        Matcher closed = RANGE.matcher(range);
        Matcher open = OPEN.matcher(range);
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("level", name);
        if (!name.isEmpty() && closed.matches()) {
            level.put("min", new RoleYaml.Plain(closed.group(1)));
            level.put("max", new RoleYaml.Plain(closed.group(3)));
            return Optional.of(level);
        }
        if (!name.isEmpty() && open.matches()) {
            level.put("min", new RoleYaml.Plain(open.group(1)));
            level.put("max_open", true);
            return Optional.of(level);
        }
        problems.error(at(RoleColumns.LEVELS), "salary level '" + item + "' must be written 'Level: min to max'"
                + " (Entry Level: 110000 to 140000) or 'Level: min or more'");
        return Optional.empty();
    }

    private Map<String, Object> group(String prefix, String... keys) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (String key : keys) {
            put(group, key, cell(prefix + "." + key));
        }
        return group;
    }

    private void list(Map<String, Object> into, String key, String column) {
        cell(column).map(CellLists::split).filter(items -> !items.isEmpty()).ifPresent(items -> into.put(key, items));
    }

    private Object number(String column, String value) {
        if (!NUMBER.matcher(value.replace(",", "")).matches()) {
            problems.error(at(column), "'" + column + "' must be a number like 120000, found '" + value + "'");
            return value;
        }
        return new RoleYaml.Plain(value.replace(",", ""));
    }

    private Object asOf(String column, String value) {
        return plain(column, value);
    }

    private Object plain(String column, String value) {
        if (!YEAR_OR_DATE.matcher(value).matches()) {
            problems.error(at(column), "'" + column + "' must be a year (2026), a month (2026-05) or a date"
                    + " (2026-11-26), found '" + value + "'");
            return value;
        }
        return new RoleYaml.Plain(value);
    }

    private Object bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            problems.error(at("draft"), "'draft' must be true or false, found '" + value + "'");
        }
        return value.equals("true");
    }

    private static void put(Map<String, Object> into, String key, Optional<String> value) {
        value.ifPresent(v -> into.put(key, v));
    }

    private static void nonEmpty(Map<String, Object> into, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            into.put(key, value);
        }
    }
}
