package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.careerguide.load.ProjectLoader;
import org.careerguide.load.YamlLimits;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.junit.jupiter.api.Test;

/** Ranking the guide's titles once sorts any list of its roles exactly as comparing their titles does. */
class TitleOrderTest {

    private static final List<String> TITLES = List.of("beta", "Alpha", "alpha", "ALPHA", "Gamma", "Éclair", "zeta",
            "Alpha 2", "alpha", "Beta", "10x engineer", "", "Zeta");

    private static Role role(int i, String title) {
        Problems problems = new Problems();
        String yaml = "title: \"" + (title.isEmpty() ? "Ω" : title) + "\"\nsummary: Does things.\n";
        return new ProjectLoader(1 << 20, YamlLimits.DEFAULT, true)
                .parseRole("role-" + i, yaml, Optional.empty(), "roles/role-" + i + ".yaml", problems)
                .orElseThrow(() -> new AssertionError(problems.sorted()));
    }

    /** The plain way: a stable sort comparing lower-cased titles. */
    private static List<Role> plain(List<Role> roles) {
        List<Role> sorted = new ArrayList<>(roles);
        sorted.sort(Comparator.comparing((Role role) -> role.title().value().toLowerCase(Locale.ROOT)));
        return sorted;
    }

    @Test
    void sortsAnyListOfTheGuidesRolesAsComparingTitlesDoes() {
        List<Role> guide = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            guide.add(role(i, TITLES.get(i)));
        }
        TitleOrder order = new TitleOrder(guide);
        Random random = new Random(10);
        for (int round = 0; round < 200; round++) {
            List<Role> list = new ArrayList<>(guide);
            Collections.shuffle(list, random);
            list = list.subList(0, random.nextInt(list.size() + 1));
            List<Role> sorted = order.sort(list);
            assertEquals(plain(list), sorted, "round " + round);
        }
        // Equal titles, case ignored, keep the order they are given in.
        List<Role> alphas = List.of(guide.get(8), guide.get(3), guide.get(1), guide.get(2));
        assertEquals(alphas, order.sort(alphas));
    }

    @Test
    void sortsRolesItWasNotMadeOfByTheirTitles() {
        List<Role> guide = List.of(role(0, "beta"), role(1, "alpha"));
        Role stranger = role(2, "Aardvark keeper");
        List<Role> sorted = new TitleOrder(guide).sort(List.of(guide.get(0), stranger, guide.get(1)));
        assertEquals(List.of(stranger, guide.get(1), guide.get(0)), sorted);
        assertTrue(new TitleOrder(guide).sort(List.of()).isEmpty());
    }
}
