package org.careerguide.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Narrative;
import org.careerguide.model.Occupation;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.SalaryBasis;
import org.careerguide.model.SalaryLevel;
import org.careerguide.model.Text;

/**
 * The columns of {@code roles.csv}: named as the YAML keys, nested keys joined with dots
 * ({@code salary.currency}), lists in one cell joined by "; " (see {@link CellLists}). Salary levels
 * are one list of {@code "Entry Level: 110000 to 140000"} (or {@code "...: 239200 or more"}), codes
 * one column per classification ({@code codes.soc}), the narrative Markdown in {@code narrative}
 * and the waived check kinds in {@code allow}.
 */
final class RoleColumns {

    /** A column: its name and how a role's cell is written ("" when the role has no value). */
    record Column(String name, Function<Role, String> cell) {
    }

    static final String CODES = "codes.";
    static final String LEVELS = "salary.levels";
    /** Columns whose cell is a list. */
    static final Set<String> LISTS = Set.of("aliases", "responsibilities", "skills", "progression.leads_to",
            "progression.transitions", "skill_gaps.missing", LEVELS, "hiring.employers", "hiring.sectors",
            "next_steps", "allow");
    /** Columns whose cell is a non-negative number. */
    static final Set<String> NUMBERS = Set.of("employment.count", "outlook.openings");

    private static final List<Column> FIXED = List.of(
            new Column("slug", Role::slug),
            new Column("title", role -> role.title().value()),
            new Column("summary", role -> role.summary().value()),
            new Column("family", role -> text(role.family())),
            new Column("aliases", role -> list(role.aliases())),
            new Column("updated", role -> role.updated().map(Object::toString).orElse("")),
            new Column("draft", role -> role.draft() ? "true" : ""),
            new Column("responsibilities", role -> list(role.responsibilities())),
            new Column("skills", role -> list(role.skills())),
            new Column("progression.leads_to", role -> list(role.progression().leadsTo())),
            new Column("progression.transitions", role -> list(role.progression().transitions())),
            new Column("skill_gaps.missing", role -> list(role.skillGaps().missing())),
            new Column("skill_gaps.suggestions", role -> text(role.skillGaps().suggestions())),
            new Column("salary.currency", role -> salary(role, Salary::currency)),
            new Column("salary.period", role -> role.salary().map(s -> s.period().key()).orElse("")),
            new Column("salary.basis", role -> role.salary().flatMap(Salary::basis).map(SalaryBasis::key).orElse("")),
            new Column(LEVELS, role -> role.salary().map(s -> CellLists.join(s.levels().stream()
                    .map(RoleColumns::level).toList())).orElse("")),
            new Column("salary.trend", role -> salary(role, Salary::trend)),
            new Column("salary.source", role -> salary(role, Salary::source)),
            new Column("salary.as_of", role -> salary(role, Salary::asOf)),
            new Column("hiring.employers", role -> list(role.hiring().employers())),
            new Column("hiring.sectors", role -> list(role.hiring().sectors())),
            new Column("next_steps", role -> list(role.nextSteps())),
            new Column("entry.education", role -> entry(role, Occupation.Entry::education)),
            new Column("entry.experience", role -> entry(role, Occupation.Entry::experience)),
            new Column("entry.training", role -> entry(role, Occupation.Entry::training)),
            new Column("employment.count", role -> role.occupation().employment()
                    .flatMap(Occupation.Employment::count).map(BigDecimal::toPlainString).orElse("")),
            new Column("employment.as_of", role -> role.occupation().employment()
                    .flatMap(Occupation.Employment::asOf).map(Text::value).orElse("")),
            new Column("employment.source", role -> role.occupation().employment()
                    .flatMap(Occupation.Employment::source).map(Text::value).orElse("")),
            new Column("outlook.growth", role -> outlook(role, Occupation.Outlook::growth)),
            new Column("outlook.openings", role -> role.occupation().outlook()
                    .flatMap(Occupation.Outlook::openings).map(BigDecimal::toPlainString).orElse("")),
            new Column("outlook.period", role -> outlook(role, Occupation.Outlook::period)),
            new Column("outlook.source", role -> outlook(role, Occupation.Outlook::source)),
            new Column("narrative", role -> role.narrative().map(Narrative::markdown).orElse("")),
            new Column("allow", role -> CellLists.join(role.allowedChecks().stream().map(CheckKind::key).sorted()
                    .toList())));

    private RoleColumns() {
    }

    /** The fixed columns, then one {@code codes.<classification>} column per classification the roles use. */
    static List<Column> of(List<Role> roles) {
        Set<String> schemes = new LinkedHashSet<>();
        roles.forEach(role -> role.occupation().codes().forEach(code -> schemes.add(code.scheme().value())));
        List<Column> columns = new ArrayList<>(FIXED.subList(0, FIXED.size() - 2));
        for (String scheme : schemes) {
            columns.add(new Column(CODES + scheme, role -> role.occupation().codes().stream()
                    .filter(code -> code.scheme().value().equals(scheme)).map(code -> code.code().value())
                    .findFirst().orElse("")));
        }
        columns.addAll(FIXED.subList(FIXED.size() - 2, FIXED.size()));
        return columns;
    }

    /** Every fixed column name: what an import accepts besides {@code codes.*}. */
    static List<String> names() {
        return FIXED.stream().map(Column::name).toList();
    }

    /** "Entry Level: 110000 to 140000", or "Top: 239200 or more". */
    static String level(SalaryLevel level) {
        return level.level().value() + ": " + level.min().toPlainString()
                + (level.maxOpen() ? " or more" : " to " + level.max().toPlainString());
    }

    private static String text(Optional<Text> text) {
        return text.map(Text::value).orElse("");
    }

    private static String list(List<Text> texts) {
        return CellLists.join(texts.stream().map(Text::value).collect(Collectors.toList()));
    }

    private static String salary(Role role, Function<Salary, Optional<Text>> field) {
        return role.salary().flatMap(field).map(Text::value).orElse("");
    }

    private static String entry(Role role, Function<Occupation.Entry, Optional<Text>> field) {
        return role.occupation().entry().flatMap(field).map(Text::value).orElse("");
    }

    private static String outlook(Role role, Function<Occupation.Outlook, Optional<Text>> field) {
        return role.occupation().outlook().flatMap(field).map(Text::value).orElse("");
    }
}
