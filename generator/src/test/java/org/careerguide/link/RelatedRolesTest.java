package org.careerguide.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careerguide.model.Role;
import org.careerguide.testing.GeneratedGuide;
import org.careerguide.testing.LinkedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a guide smaller than {@link RelatedRoles#MAX_CANDIDATES}, every role sharing a term is a
 * candidate, so the ranking must equal comparing each role with every other one the plain way:
 * term sets, rarity weights, cosine, Jaccard, slug.
 */
class RelatedRolesTest {

    @TempDir
    Path temp;

    private record Ranked(String slug, double score, double jaccard, int skills) {
    }

    @Test
    void ranksAsComparingEveryPairDoes() {
        LinkedGuide guide = LinkedFixtures.link(GeneratedGuide.write(temp.resolve("guide"), "Guide", 300));
        List<Role> roles = guide.guide().roles();
        // The terms the plain way: each named term a dimension, its weight by rarity and kind.
        // Term ids in the implementation's order, and sums in id order: the same floating-point results.
        Map<String, Set<Integer>> termsOf = new HashMap<>();
        List<Double> weight = new ArrayList<>();
        addTerms(guide.skills(), LinkedGuide.TOP_SKILLS, 1, roles.size(), termsOf, weight);
        int skills = weight.size();
        addTerms(guide.sectors(), Taxonomy.ALL, RelatedRoles.SECTOR_FACTOR, roles.size(), termsOf, weight);
        addTerms(guide.families(), Taxonomy.ALL, RelatedRoles.FAMILY_FACTOR, roles.size(), termsOf, weight);
        RelatedRoles related = RelatedRoles.of(roles, guide.skills(), guide.sectors(), guide.families());
        int compared = 0;
        for (Role role : roles) {
            Set<Integer> own = termsOf.getOrDefault(role.slug(), Set.of());
            List<Ranked> all = new ArrayList<>();
            for (Role other : roles) {
                Set<Integer> theirs = termsOf.getOrDefault(other.slug(), Set.of());
                Set<Integer> shared = new TreeSet<>(own);
                shared.retainAll(theirs);
                if (other == role || shared.isEmpty()) {
                    continue;
                }
                double cosine = sumOfSquares(shared, weight) / (Math.sqrt(sumOfSquares(own, weight))
                        * Math.sqrt(sumOfSquares(theirs, weight)));
                double jaccard = (double) shared.size() / (own.size() + theirs.size() - shared.size());
                all.add(new Ranked(other.slug(), cosine, jaccard,
                        (int) shared.stream().filter(term -> term < skills).count()));
            }
            all.sort(Comparator.comparingDouble(Ranked::score).reversed()
                    .thenComparing(Comparator.comparingDouble(Ranked::jaccard).reversed())
                    .thenComparing(Ranked::slug));
            List<Related> got = related.of(role);
            List<Ranked> expected = all.subList(0, Math.min(RelatedRoles.LIMIT, all.size()));
            assertEquals(expected.stream().map(Ranked::slug).toList(),
                    got.stream().map(r -> r.role().slug()).toList(), role.slug());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i).score(), got.get(i).similarity(), role.slug());
                assertEquals(expected.get(i).skills(), got.get(i).sharedSkills(), role.slug());
            }
            compared += got.size();
        }
        assertFalse(compared < roles.size(), "most roles have related roles: " + compared);
    }

    private static void addTerms(Taxonomy taxonomy, String list, double factor, int roles,
                                 Map<String, Set<Integer>> termsOf, List<Double> weight) {
        for (Term term : taxonomy.terms()) {
            Set<String> naming = new HashSet<>();
            term.inList(list).forEach(role -> naming.add(role.slug()));
            if (naming.isEmpty()) {
                continue;
            }
            int id = weight.size();
            weight.add(factor * RelatedRoles.idf(roles, naming.size()));
            naming.forEach(slug -> termsOf.computeIfAbsent(slug, s -> new TreeSet<>()).add(id));
        }
    }

    /** The sum in ascending term order, one term at a time, as the ranking adds. */
    private static double sumOfSquares(Set<Integer> terms, List<Double> weight) {
        double sum = 0;
        for (int term : new TreeSet<>(terms)) {
            sum += weight.get(term) * weight.get(term);
        }
        return sum;
    }
}
