package org.careerguide.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Hiring;
import org.careerguide.model.Narrative;
import org.careerguide.model.Problems;
import org.careerguide.model.Progression;
import org.careerguide.model.Role;
import org.careerguide.model.Salary;
import org.careerguide.model.SalaryBasis;
import org.careerguide.model.SalaryLevel;
import org.careerguide.model.SalaryPeriod;
import org.careerguide.model.SkillGaps;
import org.careerguide.model.Text;
import org.careerguide.text.DidYouMean;
import org.yaml.snakeyaml.nodes.Node;

/** Binds the root node of {@code roles/<slug>.yaml} to a {@link Role}, reporting every problem. */
final class RoleBinder {

    static final Set<String> ROLE_KEYS = Set.of("title", "summary", "family", "aliases", "updated", "draft",
            "responsibilities", "skills", "progression", "skill_gaps", "salary", "hiring", "next_steps",
            "codes", "entry", "employment", "outlook");
    static final Set<String> PROGRESSION_KEYS = Set.of("leads_to", "transitions");
    static final Set<String> SKILL_GAP_KEYS = Set.of("missing", "suggestions");
    static final Set<String> SALARY_KEYS = Set.of("currency", "period", "basis", "levels", "trend", "source",
            "as_of");
    static final Set<String> LEVEL_KEYS = Set.of("level", "min", "max", "max_open");
    static final Set<String> HIRING_KEYS = Set.of("employers", "sectors");
    static final Pattern AS_OF = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    private final YamlSource source;
    private final Problems problems;
    private final SharedValues shared;

    RoleBinder(YamlSource source, Problems problems) {
        this(source, problems, SharedValues.NONE);
    }

    /** A binder keeping the role's short values once in {@code shared}, with those of the other roles of the load. */
    RoleBinder(YamlSource source, Problems problems, SharedValues shared) {
        this.source = source;
        this.problems = problems;
        this.shared = shared;
    }

    Optional<Role> bind(String slug, String file, Node root, Optional<Narrative> narrative) {
        return bind(slug, file, root, narrative, Set.of());
    }

    Optional<Role> bind(String slug, String file, Node root, Optional<Narrative> narrative,
                        Set<CheckKind> allowedChecks) {
        Optional<MappingReader> mapping = MappingReader.of(root, source, problems, "a role file", ROLE_KEYS, shared);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingReader role = mapping.get();
        Optional<Text> title = role.requiredText("title");
        Optional<Text> summary = role.requiredText("summary");
        Role bound = new Role(
                slug,
                source.start(),
                file,
                title.orElse(null),
                summary.orElse(null),
                role.text("family"),
                role.textList("aliases"),
                role.date("updated"),
                role.bool("draft").orElse(false),
                role.textList("responsibilities"),
                role.textList("skills"),
                progression(role),
                skillGaps(role),
                salary(role),
                hiring(role),
                role.textList("next_steps"),
                narrative,
                new OccupationBinder(problems).bind(role),
                allowedChecks);
        return title.isPresent() && summary.isPresent() ? Optional.of(bound) : Optional.empty();
    }

    private Progression progression(MappingReader role) {
        return role.mapping("progression", PROGRESSION_KEYS)
                .map(p -> new Progression(p.textList("leads_to"), p.textList("transitions")))
                .orElse(Progression.NONE);
    }

    private SkillGaps skillGaps(MappingReader role) {
        return role.mapping("skill_gaps", SKILL_GAP_KEYS)
                .map(g -> new SkillGaps(g.textList("missing"), g.text("suggestions")))
                .orElse(SkillGaps.NONE);
    }

    private Hiring hiring(MappingReader role) {
        return role.mapping("hiring", HIRING_KEYS)
                .map(h -> new Hiring(h.textList("employers"), h.textList("sectors")))
                .orElse(Hiring.NONE);
    }

    private Optional<Salary> salary(MappingReader role) {
        return role.mapping("salary", SALARY_KEYS).map(salary -> {
            Optional<Text> currency = salary.text("currency");
            currency.ifPresent(this::checkCurrency);
            SalaryPeriod period = salary.text("period").flatMap(text -> {
                Optional<SalaryPeriod> known = SalaryPeriod.fromKey(text.value());
                if (known.isEmpty()) {
                    problems.error(text.position(), "'period' must be year, month or hour, found '"
                            + text.value() + "'");
                }
                return known;
            }).orElse(SalaryPeriod.YEAR);
            List<SalaryLevel> levels = levels(salary);
            if (!levels.isEmpty() && currency.isEmpty()) {
                problems.error(salary.position(), "missing required key 'currency' in 'salary' (needed for levels)");
            }
            Optional<Text> asOf = asOf(salary, problems);
            Optional<SalaryBasis> basis = salary.text("basis").flatMap(text -> {
                Optional<SalaryBasis> known = SalaryBasis.fromKey(text.value());
                if (known.isEmpty()) {
                    problems.error(text.position(), "'basis' must be ranges, percentiles or medians, found '"
                            + text.value() + "'" + DidYouMean.hint(text.value(), List.of("ranges", "percentiles",
                            "medians")));
                }
                return known;
            });
            return new Salary(currency, period, levels, salary.text("trend"), salary.text("source"), asOf, basis);
        });
    }

    private List<SalaryLevel> levels(MappingReader salary) {
        List<SalaryLevel> levels = new ArrayList<>();
        for (Node node : salary.nodeList("levels")) {
            MappingReader.of(node, source, problems, "a salary level", LEVEL_KEYS, shared).ifPresent(level -> {
                Optional<Text> name = level.requiredText("level");
                Optional<BigDecimal> min = level.number("min");
                boolean open = level.bool("max_open").orElse(false);
                if (open) {
                    if (level.node("max").isPresent()) {
                        problems.error(level.keyPosition("max"), "a level with 'max_open: true' has no 'max':"
                                + " its top is open (shown as \"<min> or more\")");
                    } else if (name.isPresent() && min.isPresent()) {
                        levels.add(new SalaryLevel(name.get(), min.get(), min.get(), level.position(), true));
                    }
                    return;
                }
                Optional<BigDecimal> max = level.number("max");
                if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                    problems.error(level.keyPosition("min"), "'min' (" + min.get().toPlainString()
                            + ") is greater than 'max' (" + max.get().toPlainString() + ")");
                } else if (name.isPresent() && min.isPresent() && max.isPresent()) {
                    levels.add(new SalaryLevel(name.get(), min.get(), max.get(), level.position()));
                }
            });
        }
        return levels;
    }

    /** An {@code as_of} value: a year, a month or a date. */
    static Optional<Text> asOf(MappingReader mapping, Problems problems) {
        Optional<Text> asOf = mapping.text("as_of");
        asOf.filter(text -> !AS_OF.matcher(text.value()).matches()).ifPresent(text ->
                problems.error(text.position(), "'as_of' must be a year (2026), a month (2026-05) or a date"
                        + " (2026-11-26), found '" + text.value() + "'"));
        return asOf;
    }

    private void checkCurrency(Text currency) {
        boolean known;
        try {
            known = java.util.Currency.getInstance(currency.value()).getCurrencyCode().equals(currency.value());
        } catch (IllegalArgumentException e) {
            known = false;
        }
        if (!known) {
            problems.error(currency.position(), "'currency' must be an ISO 4217 code such as USD, EUR or GBP, found '"
                    + currency.value() + "'");
        }
    }
}
