package org.careerguide.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerguide.model.Role;

/**
 * Ranks the roles most like a given one by the cosine similarity of their TF-IDF vectors: each top
 * skill, hiring sector and family a role names is one dimension, weighted by its rarity (BM25's
 * inverse document frequency), so a skill every role lists counts for nearly nothing and a rare
 * one shared says a lot. Ties go to the larger share of skills in common (Jaccard), then to the
 * slug, so the order never depends on file order or on the alphabet of titles.
 *
 * <p>Linear in the number of roles: an inverted index (term to role numbers) means a role is only
 * compared with roles it shares a term with, and at most about {@link #MAX_CANDIDATES} of them,
 * found through its rarest terms first (which weigh most: a role sharing only common terms with
 * it could not rank high). Each candidate is scored exactly, by one merge of two sorted lists,
 * so no role costs more than a bounded number of steps however large the guide.
 */
final class RelatedRoles {

    /** How many related roles a page shows. */
    public static final int LIMIT = 5;
    /** About how many roles, found through the rarest terms first, are compared with each role. */
    static final int MAX_CANDIDATES = 500;
    /** A shared sector or family says less than a shared skill of the same rarity. */
    static final double SECTOR_FACTOR = 0.5;
    static final double FAMILY_FACTOR = 0.7;
    /** How many shared skills the reason names, rarest first. */
    static final int NAMED_SKILLS = 2;

    private static final char SKILL = 's';
    private static final char SECTOR = 'c';
    private static final char FAMILY = 'f';

    private final List<Role> roles;
    private final Map<String, Integer> numbers = new HashMap<>();
    /** Each term's name as the guide's term pages show it (the most common spelling). */
    private final List<String> names;
    /**
     * Term ids of each role, sorted: role {@code r}'s are {@code terms[termStart[r]]} to
     * {@code terms[termStart[r + 1] - 1]}. One flat array, not one per role: each role is compared with
     * hundreds of others spread over the whole guide, and at 100,000 roles their lists no longer fit
     * in the processor's caches, so every list read was a memory stall (see {@link #of(Role)}).
     */
    private final int[] terms;
    private final int[] termStart;
    /** Role numbers of each term, ascending. */
    private final int[][] rolesOf;
    private final double[] weight;
    private final char[] kind;
    private final double[] norm;

    private RelatedRoles(List<Role> roles, Taxonomy skills, Taxonomy sectors, Taxonomy families) {
        this.roles = List.copyOf(roles);
        for (int i = 0; i < roles.size(); i++) {
            numbers.put(roles.get(i).slug(), i);
        }
        // The guide's indexes give each term's roles (the postings); each role's terms are their inverse.
        List<int[]> postings = new ArrayList<>();
        List<Character> kinds = new ArrayList<>();
        names = new ArrayList<>();
        addTerms(skills, LinkedGuide.TOP_SKILLS, SKILL, postings, kinds);
        addTerms(sectors, Taxonomy.ALL, SECTOR, postings, kinds);
        addTerms(families, Taxonomy.ALL, FAMILY, postings, kinds);
        rolesOf = postings.toArray(new int[0][]);
        int[] counts = new int[roles.size()];
        for (int[] naming : rolesOf) {
            for (int role : naming) {
                counts[role]++;
            }
        }
        termStart = new int[roles.size() + 1];
        for (int i = 0; i < roles.size(); i++) {
            termStart[i + 1] = termStart[i] + counts[i];
        }
        terms = new int[termStart[roles.size()]];
        int[] filled = Arrays.copyOf(termStart, roles.size());
        for (int term = 0; term < rolesOf.length; term++) {
            for (int role : rolesOf[term]) {
                terms[filled[role]++] = term; // terms come in id order, so each list is sorted
            }
        }
        weight = new double[rolesOf.length];
        kind = new char[rolesOf.length];
        for (int term = 0; term < rolesOf.length; term++) {
            kind[term] = kinds.get(term);
            double factor = kind[term] == SKILL ? 1 : kind[term] == SECTOR ? SECTOR_FACTOR : FAMILY_FACTOR;
            weight[term] = factor * idf(roles.size(), rolesOf[term].length);
        }
        norm = new double[roles.size()];
        for (int i = 0; i < roles.size(); i++) {
            double sum = 0;
            for (int t = termStart[i]; t < termStart[i + 1]; t++) {
                sum += weight[terms[t]] * weight[terms[t]];
            }
            norm[i] = Math.sqrt(sum);
        }
    }

    private void addTerms(Taxonomy taxonomy, String list, char termKind, List<int[]> postings, List<Character> kinds) {
        for (Term term : taxonomy.terms()) {
            List<Role> named = term.inList(list);
            if (!named.isEmpty()) {
                postings.add(named.stream().mapToInt(role -> numbers.get(role.slug())).distinct().sorted().toArray());
                kinds.add(termKind);
                names.add(term.name());
            }
        }
    }

    /** BM25's inverse document frequency: near 0 for a term every role names, large for a rare one. */
    static double idf(int roles, int naming) {
        return Math.log(1 + (roles - naming + 0.5) / (naming + 0.5));
    }

    /** Related roles from the guide's indexes: top skills, sectors and families. */
    public static RelatedRoles of(List<Role> roles, Taxonomy skills, Taxonomy sectors, Taxonomy families) {
        return new RelatedRoles(roles, skills, sectors, families);
    }

    /** Up to {@link #LIMIT} roles most like {@code role}, best first. */
    public List<Related> of(Role role) {
        Integer self = numbers.get(role.slug());
        if (self == null) {
            return List.of();
        }
        int[] own = Arrays.copyOfRange(terms, termStart[self], termStart[self + 1]);
        // Candidates come from the rarest terms first (they weigh most); the walk stops after about
        // MAX_CANDIDATES roles, so a role costs the same in a guide of any size.
        int[] byRarity = Arrays.stream(own).boxed().sorted(Comparator.comparingInt(term -> rolesOf[term].length))
                .mapToInt(Integer::intValue).toArray();
        Scratch scratch = SCRATCH.get();
        scratch.ensure(roles.size(), rolesOf.length);
        int foundCount = 0;
        for (int term : byRarity) {
            if (foundCount >= MAX_CANDIDATES) {
                break;
            }
            int[] naming = rolesOf[term];
            int walk = Math.min(naming.length, 2 * MAX_CANDIDATES - foundCount);
            for (int n = 0; n < walk; n++) {
                int other = naming[n];
                if (other != self && !scratch.seen[other]) {
                    scratch.seen[other] = true;
                    scratch.found[foundCount++] = other;
                }
            }
        }
        // Candidates in role order: the reads below then go forward through memory, which the processor
        // fetches ahead. Their order changes no result: the ranking below is a total order.
        Arrays.sort(scratch.found, 0, foundCount);
        // The role's own terms marked in a small array indexed by term (a fresh stamp a call, so no clearing):
        // a candidate's score is then one pass over its terms, in term order as a merge would add them.
        int stamp = scratch.nextStamp();
        for (int term : own) {
            scratch.mark[term] = stamp;
        }
        int[] best = new int[LIMIT];
        double[] bestScore = new double[LIMIT];
        double[] bestJaccard = new double[LIMIT];
        int kept = 0;
        for (int f = 0; f < foundCount; f++) {
            int other = scratch.found[f];
            scratch.seen[other] = false;
            // One pass over the candidate's sorted terms gives the dot product and the number shared.
            double dot = 0;
            int shared = 0;
            int from = termStart[other];
            int to = termStart[other + 1];
            for (int t = from; t < to; t++) {
                int term = terms[t];
                if (scratch.mark[term] == stamp) {
                    dot += weight[term] * weight[term];
                    shared++;
                }
            }
            if (dot <= 0) {
                continue;
            }
            double score = dot / (norm[self] * norm[other]);
            double jaccard = (double) shared / (own.length + (to - from) - shared);
            if (kept == LIMIT && !before(score, jaccard, other, bestScore[LIMIT - 1], bestJaccard[LIMIT - 1],
                    best[LIMIT - 1])) {
                continue;
            }
            // Insertion into the few kept so far: cheap, and most roles never get here.
            int at = kept == LIMIT ? LIMIT - 1 : kept++;
            while (at > 0 && before(score, jaccard, other, bestScore[at - 1], bestJaccard[at - 1], best[at - 1])) {
                best[at] = best[at - 1];
                bestScore[at] = bestScore[at - 1];
                bestJaccard[at] = bestJaccard[at - 1];
                at--;
            }
            best[at] = other;
            bestScore[at] = score;
            bestJaccard[at] = jaccard;
        }
        List<Related> related = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            related.add(reason(self, best[i], bestScore[i]));
        }
        return List.copyOf(related);
    }

    /**
     * Per-thread arrays reused from role to role: by role number (cleared as they are read) and by
     * term (marked with a stamp that changes each call).
     */
    private static final class Scratch {
        boolean[] seen = new boolean[0];
        int[] found = new int[0];
        int[] mark = new int[0];
        int stamp;

        void ensure(int roles, int termCount) {
            if (seen.length < roles) {
                seen = new boolean[roles];
                found = new int[roles];
            }
            if (mark.length < termCount) {
                mark = new int[termCount];
                stamp = 0;
            }
        }

        int nextStamp() {
            if (++stamp == 0) { // wrapped after 2^32 calls: start the marks again
                Arrays.fill(mark, 0);
                stamp = 1;
            }
            return stamp;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Higher similarity first, then the larger share of terms in common, then slug. */
    private boolean before(double score, double jaccard, int role, double otherScore, double otherJaccard,
                           int other) {
        if (score != otherScore) {
            return score > otherScore;
        }
        if (jaccard != otherJaccard) {
            return jaccard > otherJaccard;
        }
        return roles.get(role).slug().compareTo(roles.get(other).slug()) < 0;
    }

    private static List<Integer> shared(int[] a, int[] b) {
        List<Integer> shared = new ArrayList<>();
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared.add(a[i]);
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** What the two roles share, for the reason shown next to the related role. */
    private Related reason(int self, int other, double score) {
        List<Integer> shared = shared(Arrays.copyOfRange(terms, termStart[self], termStart[self + 1]),
                Arrays.copyOfRange(terms, termStart[other], termStart[other + 1]));
        int skills = 0;
        int sectors = 0;
        boolean family = false;
        List<Integer> sharedSkills = new ArrayList<>();
        for (int term : shared) {
            switch (kind[term]) {
                case SKILL -> {
                    skills++;
                    sharedSkills.add(term);
                }
                case SECTOR -> sectors++;
                default -> family = true;
            }
        }
        sharedSkills.sort(Comparator.comparingDouble((Integer term) -> -weight[term]));
        List<String> named = new ArrayList<>();
        sharedSkills.subList(0, Math.min(NAMED_SKILLS, sharedSkills.size())).forEach(term -> named.add(names.get(term)));
        return new Related(roles.get(other), skills, sectors, family, score, named);
    }
}
