package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Ranks the roles most like a given one by weighted shared top skills, hiring sectors and family
 * (see {@link Related#score()}). Ties go to more shared skills, then title, then slug, so the order
 * never depends on file order. Inverted indexes (term to role numbers) mean a role is only ever
 * compared with roles it shares something with, by adding up counts in arrays: no comparison of
 * every pair of roles, and exact at any size.
 */
public final class RelatedRoles {

    /** How many related roles a page shows. */
    public static final int LIMIT = 5;

    private static final int[] NONE = {};

    private final List<Role> roles;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** Title in lower case, then slug: the tie-breaking order, computed once per role. */
    private final String[] sortKeys;
    private final Map<String, int[]> bySkill;
    private final Map<String, int[]> bySector;
    private final Map<String, int[]> byFamily;
    /** One tally per thread, cleared after use: arrays as long as the guide, not allocated per role. */
    private final ThreadLocal<Tally> tallies;

    private RelatedRoles(List<Role> roles, Taxonomy skills, Taxonomy sectors, Taxonomy families) {
        this.roles = List.copyOf(roles);
        sortKeys = new String[roles.size()];
        for (int i = 0; i < roles.size(); i++) {
            numbers.put(roles.get(i).slug(), i);
            sortKeys[i] = roles.get(i).title().value().toLowerCase(Locale.ROOT) + "\u0000" + roles.get(i).slug();
        }
        tallies = ThreadLocal.withInitial(() -> new Tally(roles.size()));
        bySkill = index(skills, LinkedGuide.TOP_SKILLS);
        bySector = index(sectors, Taxonomy.ALL);
        byFamily = index(families, Taxonomy.ALL);
    }

    /** Related roles from the guide's indexes: top skills, sectors and families. */
    public static RelatedRoles of(List<Role> roles, Taxonomy skills, Taxonomy sectors, Taxonomy families) {
        return new RelatedRoles(roles, skills, sectors, families);
    }

    /** Term key to the numbers of the roles naming it in {@code list}: the taxonomy's index as arrays. */
    private Map<String, int[]> index(Taxonomy taxonomy, String list) {
        Map<String, int[]> index = new HashMap<>();
        for (Term term : taxonomy.terms()) {
            List<Role> named = term.inList(list);
            if (!named.isEmpty()) {
                index.put(TermKey.of(term.name()), named.stream().mapToInt(role -> numbers.get(role.slug())).toArray());
            }
        }
        return index;
    }

    private static Set<String> keys(Collection<Text> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(name -> keys.add(TermKey.of(name.value())));
        return keys;
    }

    /** Up to {@link #LIMIT} roles most like {@code role}, best first. */
    public List<Related> of(Role role) {
        Tally tally = tallies.get();
        for (String key : keys(role.skills())) {
            for (int other : bySkill.getOrDefault(key, NONE)) {
                tally.skills[tally.touch(other)]++;
            }
        }
        for (String key : keys(role.hiring().sectors())) {
            for (int other : bySector.getOrDefault(key, NONE)) {
                tally.sectors[tally.touch(other)]++;
            }
        }
        for (String key : keys(role.family().stream().toList())) {
            for (int other : byFamily.getOrDefault(key, NONE)) {
                tally.family[tally.touch(other)] = true;
            }
        }
        Integer self = numbers.get(role.slug());
        int[] best = new int[LIMIT];
        int kept = 0;
        for (int t = 0; t < tally.touchedCount; t++) {
            int other = tally.touched[t];
            if (self != null && other == self) {
                continue;
            }
            if (kept == LIMIT && !tally.ranksBefore(other, best[LIMIT - 1], sortKeys)) {
                continue;
            }
            // Insertion into the few kept so far: cheap, and most roles never get here.
            int at = kept == LIMIT ? LIMIT - 1 : kept++;
            while (at > 0 && tally.ranksBefore(other, best[at - 1], sortKeys)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = other;
        }
        List<Related> related = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            int other = best[i];
            related.add(new Related(roles.get(other), tally.skills[other], tally.sectors[other], tally.family[other]));
        }
        tally.clear();
        return List.copyOf(related);
    }

    /** What one role shares with every other, in arrays indexed by role number. */
    private static final class Tally {
        final int[] skills;
        final int[] sectors;
        final boolean[] family;
        final boolean[] seen;
        final int[] touched;
        int touchedCount;

        Tally(int size) {
            skills = new int[size];
            sectors = new int[size];
            family = new boolean[size];
            seen = new boolean[size];
            touched = new int[size];
        }

        /** Notes a role that shares something, so that only those roles are ranked. */
        int touch(int other) {
            if (!seen[other]) {
                seen[other] = true;
                touched[touchedCount++] = other;
            }
            return other;
        }

        /** Back to all zeros, touching only the roles this tally touched. */
        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                skills[other] = 0;
                sectors[other] = 0;
                family[other] = false;
                seen[other] = false;
            }
            touchedCount = 0;
        }

        int score(int other) {
            return Related.score(skills[other], sectors[other], family[other]);
        }

        /** Higher score first, then more shared skills, then title, then slug (see {@link Related}). */
        boolean ranksBefore(int a, int b, String[] sortKeys) {
            int byScore = Integer.compare(score(b), score(a));
            if (byScore != 0) {
                return byScore < 0;
            }
            int bySkills = Integer.compare(skills[b], skills[a]);
            return bySkills != 0 ? bySkills < 0 : sortKeys[a].compareTo(sortKeys[b]) < 0;
        }
    }
}
