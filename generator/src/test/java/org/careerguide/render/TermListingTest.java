package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careerguide.link.LinkedRole;
import org.careerguide.model.Role;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.LinkedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A term's pages list its roles group by group, each group by title, 100 a page: slicing the
 * sorted groups gives each page exactly what cutting one list of (group, role) entries gave.
 */
class TermListingTest {

    @TempDir
    Path temp;

    /** The plain way: one entry per role, cut into pages, each page grouped again. */
    private static List<Map<String, List<Role>>> byEntries(Map<String, List<Role>> groups, int pageSize) {
        List<Map.Entry<String, Role>> entries = new ArrayList<>();
        groups.forEach((group, roles) -> {
            List<Role> sorted = new ArrayList<>(roles);
            // The plain comparator, lower-casing on every comparison: what RoleModels.byTitle must equal.
            sorted.sort(Comparator.comparing((Role role) -> role.title().value().toLowerCase(Locale.ROOT)));
            sorted.forEach(role -> entries.add(Map.entry(group, role)));
        });
        List<Map<String, List<Role>>> pages = new ArrayList<>();
        for (List<Map.Entry<String, Role>> page : Pagination.split(entries, pageSize)) {
            Map<String, List<Role>> grouped = new LinkedHashMap<>();
            page.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
            pages.add(grouped);
        }
        return pages;
    }

    private static List<Map<String, List<Role>>> bySlices(Map<String, List<Role>> groups, int pageSize) {
        TaxonomyPages.Listing listing = TaxonomyPages.Listing.of(groups);
        List<Map<String, List<Role>>> pages = new ArrayList<>();
        int count = Math.max(1, (listing.size() + pageSize - 1) / pageSize);
        for (int i = 0; i < count; i++) {
            pages.add(listing.slice(i * pageSize, Math.min(listing.size(), (i + 1) * pageSize)));
        }
        return pages;
    }

    @Test
    void slicesOfTheSortedGroupsArePagesOfEntries() {
        List<Role> roles = LinkedFixtures.link(GeneratedGuide.write(temp.resolve("guide"), "Guide", 250)).roles()
                .stream().map(LinkedRole::role).toList();
        List<Map<String, List<Role>>> cases = List.of(
                Map.of("all", roles),
                ordered("top", roles.subList(0, 130), "missing", roles.subList(100, 250)),
                ordered("top", roles.subList(0, 100), "missing", roles.subList(0, 100)),
                ordered("top", roles.subList(0, 7), "missing", List.of()),
                ordered("top", List.of(), "missing", roles.subList(3, 204)),
                ordered("top", List.of(), "missing", List.of()));
        for (Map<String, List<Role>> groups : cases) {
            for (int pageSize : List.of(100, 7, 1)) {
                assertEquals(byEntries(groups, pageSize), bySlices(groups, pageSize), groups.keySet() + " " + pageSize);
            }
        }
    }

    private static Map<String, List<Role>> ordered(String first, List<Role> firstRoles, String second,
                                                   List<Role> secondRoles) {
        Map<String, List<Role>> groups = new LinkedHashMap<>();
        groups.put(first, firstRoles);
        groups.put(second, secondRoles);
        return groups;
    }
}
