package org.careerguide.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the model's records guarantee to every stage after load: they are values that cannot
 * change once made (lists and maps are copied in and unmodifiable out, and hold no nulls), and
 * the "with" methods change one thing only.
 */
class ModelRecordsTest {

    private static final SourcePosition AT = new SourcePosition("roles/r.yaml", 1, 1);

    private static Text text(String value) {
        return new Text(value, AT);
    }

    private static Role role(List<Text> skills) {
        return new Role("r", AT, "roles/r.yaml", text("R"), text("What R does."), Optional.empty(), List.of(),
                Optional.empty(), false, List.of(), skills, Progression.NONE, SkillGaps.NONE, Optional.empty(),
                Hiring.NONE, List.of(), Optional.empty(), Occupation.NONE, Set.of());
    }

    @Test
    void listsAreCopiedInSoTheCallerCannotChangeARecordLater() {
        List<Text> skills = new ArrayList<>(List.of(text("SQL")));
        Role role = role(skills);
        List<Text> names = new ArrayList<>(List.of(text("Lead")));
        Progression progression = new Progression(names, names);
        Hiring hiring = new Hiring(names, names);
        SkillGaps gaps = new SkillGaps(names, Optional.empty());
        skills.add(text("Python"));
        names.clear();
        assertEquals(List.of("SQL"), role.skills().stream().map(Text::value).toList());
        assertEquals(1, progression.leadsTo().size());
        assertEquals(1, progression.transitions().size());
        assertEquals(1, hiring.employers().size());
        assertEquals(1, hiring.sectors().size());
        assertEquals(1, gaps.missing().size());
    }

    @Test
    void listsAndMapsHandedOutCannotBeChanged() {
        Role role = role(List.of(text("SQL")));
        Salary salary = new Salary(Optional.of(text("USD")), SalaryPeriod.YEAR,
                List.of(new SalaryLevel(text("Entry"), BigDecimal.ONE, BigDecimal.TEN, AT)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        Map<CheckKind, CheckLevel> checks = new EnumMap<>(CheckKind.class);
        checks.put(CheckKind.ORPHAN, CheckLevel.OFF);
        Site site = new Site(text("Guide"), Optional.empty(), Optional.empty(), "en", "default", false, checks);
        Guide guide = new Guide(Path.of("guide"), site, List.of(role), List.of(), List.of(), TermCatalogues.NONE);
        assertThrows(UnsupportedOperationException.class, () -> role.skills().add(text("Python")));
        assertThrows(UnsupportedOperationException.class, () -> salary.levels().clear());
        assertThrows(UnsupportedOperationException.class, () -> site.checks().put(CheckKind.CYCLE, CheckLevel.ERROR));
        assertThrows(UnsupportedOperationException.class, () -> guide.roles().clear());
        assertThrows(UnsupportedOperationException.class, () -> guide.catalogues().skills().clear());
        checks.put(CheckKind.CYCLE, CheckLevel.ERROR);
        assertEquals(Map.of(CheckKind.ORPHAN, CheckLevel.OFF), site.checks());
    }

    @Test
    void noListHoldsANull() {
        List<Text> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> role(withNull));
        assertThrows(NullPointerException.class, () -> new Progression(withNull, List.of()));
        assertThrows(NullPointerException.class, () -> new Hiring(List.of(), withNull));
    }

    @Test
    void withSiteAndWithBaseUrlChangeThatAndNothingElse() {
        Site site = new Site(text("Guide"), Optional.of(text("About careers")), Optional.empty(), "de", "compact", true,
                Map.of(CheckKind.ORPHAN, CheckLevel.OFF));
        Site published = site.withBaseUrl(text("https://example.org/"));
        assertEquals(new Site(site.title(), site.description(), Optional.of(text("https://example.org/")),
                site.language(), site.theme(), site.unsafeHtml(), site.checks()), published);
        Guide guide = new Guide(Path.of("guide"), site, List.of(role(List.of())), List.of(), List.of(),
                TermCatalogues.NONE);
        Guide moved = guide.withSite(published);
        assertEquals(published, moved.site());
        assertEquals(guide.roles(), moved.roles());
        assertEquals(guide.projectDir(), moved.projectDir());
        assertEquals(site, guide.site(), "the original is untouched");
    }

    @Test
    void aLevelWithoutAPublishedTopIsNotOpen() {
        SalaryLevel level = new SalaryLevel(text("Entry"), BigDecimal.ONE, BigDecimal.TEN, AT);
        assertEquals(false, level.maxOpen());
        assertTrue(Occupation.NONE.isEmpty());
    }
}
