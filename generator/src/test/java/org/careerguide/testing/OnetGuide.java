package org.careerguide.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.careerguide.text.Slugs;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a guide project from the real O*NET 29.3 and BLS OEWS 2024 data in {@code ../shared/onet/}
 * (never copied into the repository): one role per O*NET occupation that has tasks, 923 in all.
 *
 * <p>Mapping: title and description as title and summary; the SOC major group (from the BLS major
 * rows) as family; tasks as responsibilities (core first); the most important O*NET skills plus the
 * hot technologies as skills; related occupations as transitions (or, with {@link Options#leadsTo},
 * those with a higher job zone as {@code leads_to}); BLS wage percentiles as salary levels.
 *
 * <p>{@link Options#extended} writes the keys of the content format's "Additions for real occupation
 * data" (codes, entry, employment, salary basis, open-ended tops, shared aliases, a {@code checks:}
 * map turning the orphan check off). Without it only keys every earlier version reads are written:
 * aliases that name one occupation only, levels with a published top, slugs cut to the old limit.
 *
 * <p>Run by hand: {@code java -cp ... org.careerguide.testing.OnetGuide OUT [--extended] [--leads-to]}.
 */
public final class OnetGuide {

    /** What to write. */
    public record Options(boolean extended, boolean leadsTo) {
        public static Options legacy() {
            return new Options(false, false);
        }
    }

    private static final int TOP_SKILLS = 8;
    private static final int HOT_TECHNOLOGIES = 6;
    private static final int TRANSITIONS = 10;
    private static final int LEGACY_SLUG_LIMIT = 80;

    private final Path data;

    public OnetGuide(Path data) {
        this.data = data;
    }

    /**
     * The O*NET folder: {@code -Dcareerguide.onet=DIR}, else {@code shared/onet} beside the repository
     * (where CI and the developers' machines have it); empty where neither exists.
     */
    public static Optional<Path> dataDir() {
        String configured = System.getProperty("careerguide.onet");
        Path dir = configured != null ? Path.of(configured)
                : TestSites.repoRoot().resolveSibling("shared").resolve("onet");
        return Files.isRegularFile(dir.resolve("onet_occupations.tsv.gz")) ? Optional.of(dir) : Optional.empty();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: OnetGuide OUT [--extended] [--leads-to] [--data DIR]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(1, args.length);
        int dataAt = flags.indexOf("--data");
        Path dir = dataAt >= 0 ? Path.of(flags.get(dataAt + 1)) : dataDir().orElseThrow(
                () -> new IllegalStateException("no O*NET data: pass --data DIR or -Dcareerguide.onet=DIR"));
        int roles = new OnetGuide(dir).write(Path.of(args[0]),
                new Options(flags.contains("--extended"), flags.contains("--leads-to")));
        System.out.println("Wrote " + roles + " roles to " + args[0]);
    }

    /** Writes {@code site.yaml} and {@code roles/*.yaml} into {@code project}; returns the number of roles. */
    public int write(Path project, Options options) throws IOException {
        Map<String, String[]> occupations = byCode(read("onet_occupations.tsv.gz"));
        Map<String, List<String[]>> tasks = grouped(read("onet_tasks.tsv.gz"));
        Map<String, List<String[]>> skills = grouped(read("onet_skills_importance.tsv.gz"));
        Map<String, List<String[]>> technologies = grouped(read("onet_technology_skills.tsv.gz"));
        Map<String, List<String[]>> related = grouped(read("onet_related.tsv.gz"));
        Map<String, List<String[]>> titles = grouped(read("onet_reported_titles.tsv.gz"));
        Map<String, String[]> zones = byCode(read("onet_job_zones.tsv.gz"));
        Map<String, String[]> zoneReference = byCode(read("onet_job_zone_reference.tsv.gz"));
        Map<String, String[]> wages = byCode(read("bls_oews_national_2024.tsv.gz"));

        List<String> codes = occupations.keySet().stream().filter(tasks::containsKey).sorted().toList();
        Map<String, String> slugs = slugs(codes, occupations, options);
        Set<String> sharedOrTaken = options.extended() ? Set.of() : ambiguousAliases(codes, occupations, titles);

        Files.createDirectories(project.resolve("roles"));
        Files.writeString(project.resolve("site.yaml"), dump(site(options)), StandardCharsets.UTF_8);
        for (String code : codes) {
            Map<String, Object> role = new LinkedHashMap<>();
            String[] occupation = occupations.get(code);
            role.put("title", occupation[1]);
            role.put("summary", occupation[2]);
            role.put("family", family(code, wages));
            List<String> aliases = aliases(code, occupation[1], titles, sharedOrTaken);
            if (!aliases.isEmpty()) {
                role.put("aliases", aliases);
            }
            zoneDate(zones.get(code)).ifPresent(date -> role.put("updated", date));
            if (options.extended()) {
                Map<String, Object> classification = new LinkedHashMap<>();
                classification.put("soc", soc(code));
                classification.put("onet", code);
                role.put("codes", classification);
                entry(zones.get(code), zoneReference).ifPresent(entry -> role.put("entry", entry));
            }
            role.put("responsibilities", responsibilities(tasks.get(code)));
            List<String> roleSkills = skills(skills.getOrDefault(code, List.of()),
                    technologies.getOrDefault(code, List.of()));
            if (!roleSkills.isEmpty()) {
                role.put("skills", roleSkills);
            }
            progression(code, related.getOrDefault(code, List.of()), occupations, slugs, zones, options)
                    .ifPresent(progression -> role.put("progression", progression));
            String[] wage = wages.get(soc(code));
            if (wage != null) {
                salary(wage, options).ifPresent(salary -> role.put("salary", salary));
                if (options.extended() && isNumber(wage[3])) {
                    role.put("employment", employment(wage[3]));
                }
            }
            Files.writeString(project.resolve("roles").resolve(slugs.get(code) + ".yaml"), dump(role),
                    StandardCharsets.UTF_8);
        }
        return codes.size();
    }

    private static Map<String, Object> site(Options options) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", "O*NET Occupations");
        site.put("description", "Career guides for 923 U.S. occupations, from O*NET 29.3 (CC BY 4.0, USDOL/ETA)"
                + " and BLS OEWS May 2024 wages.");
        site.put("language", "en");
        // Where such a guide would be published: sitemap, feed and JSON-LD need an absolute address.
        site.put("base_url", "https://careers.example.org/onet/");
        if (options.extended()) {
            site.put("checks", Map.of("orphan", "off"));
        }
        return site;
    }

    /** Slugs from titles (cut at a word boundary to 120 characters); without {@code extended}, to the old 80. */
    private static Map<String, String> slugs(List<String> codes, Map<String, String[]> occupations, Options options) {
        Map<String, String> slugs = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String code : codes) {
            String slug = Slugs.of(occupations.get(code)[1]);
            if (!options.extended()) {
                slug = Slugs.cut(slug, LEGACY_SLUG_LIMIT);
            }
            String unique = slug;
            for (int n = 2; !used.add(unique); n++) {
                unique = slug + "-" + n;
            }
            slugs.put(code, unique);
        }
        return slugs;
    }

    /** Reported titles that name two occupations, or an occupation's own title or slug: not usable as aliases before shared titles. */
    private static Set<String> ambiguousAliases(List<String> codes, Map<String, String[]> occupations,
                                                Map<String, List<String[]>> titles) {
        Map<String, Integer> uses = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String code : codes) {
            taken.add(key(occupations.get(code)[1]));
            taken.add(key(Slugs.of(occupations.get(code)[1])));
            titles.getOrDefault(code, List.of()).stream().map(row -> key(row[1])).distinct()
                    .forEach(title -> uses.merge(title, 1, Integer::sum));
        }
        Set<String> ambiguous = new HashSet<>(taken);
        uses.forEach((title, count) -> {
            if (count > 1) {
                ambiguous.add(title);
            }
        });
        return ambiguous;
    }

    private static List<String> aliases(String code, String title, Map<String, List<String[]>> titles,
                                        Set<String> excluded) {
        Set<String> seen = new HashSet<>(Set.of(key(title)));
        List<String> aliases = new ArrayList<>();
        for (String[] row : titles.getOrDefault(code, List.of())) {
            if (!excluded.contains(key(row[1])) && seen.add(key(row[1]))) {
                aliases.add(row[1]);
            }
        }
        return aliases;
    }

    private static List<String> responsibilities(List<String[]> tasks) {
        return tasks.stream()
                .sorted(Comparator.comparing((String[] row) -> "Core".equals(row[3]) ? 0 : 1))
                .map(row -> row[2])
                .distinct()
                .toList();
    }

    /** The most important O*NET skills (not suppressed), then the occupation's hot technologies. */
    private static List<String> skills(List<String[]> importance, List<String[]> technologies) {
        List<String> skills = new ArrayList<>();
        importance.stream()
                .filter(row -> !"Y".equals(row[3]))
                .sorted(Comparator.comparingDouble((String[] row) -> -Double.parseDouble(row[2])))
                .limit(TOP_SKILLS)
                .forEach(row -> skills.add(row[1]));
        technologies.stream()
                .filter(row -> "Y".equals(row[3]))
                .map(row -> row[1])
                .filter(name -> skills.stream().noneMatch(s -> key(s).equals(key(name))))
                .distinct()
                .limit(HOT_TECHNOLOGIES)
                .forEach(skills::add);
        return skills;
    }

    private static Optional<Map<String, Object>> progression(String code, List<String[]> related,
                                                             Map<String, String[]> occupations,
                                                             Map<String, String> slugs, Map<String, String[]> zones,
                                                             Options options) {
        List<String> leadsTo = new ArrayList<>();
        List<String> transitions = new ArrayList<>();
        int zone = zone(zones.get(code));
        related.stream()
                .filter(row -> row[2].startsWith("Primary") && slugs.containsKey(row[1]))
                .sorted(Comparator.comparingInt((String[] row) -> Integer.parseInt(row[3])))
                .limit(TRANSITIONS)
                .forEach(row -> {
                    String name = occupations.get(row[1])[1];
                    boolean higher = zone > 0 && zone(zones.get(row[1])) > zone;
                    (options.leadsTo() && higher ? leadsTo : transitions).add(name);
                });
        Map<String, Object> progression = new LinkedHashMap<>();
        if (!leadsTo.isEmpty()) {
            progression.put("leads_to", leadsTo);
        }
        if (!transitions.isEmpty()) {
            progression.put("transitions", transitions);
        }
        return progression.isEmpty() ? Optional.empty() : Optional.of(progression);
    }

    /** BLS percentiles as three bands; hourly figures where BLS publishes only those. */
    private static Optional<Map<String, Object>> salary(String[] wage, Options options) {
        boolean hourlyOnly = "TRUE".equalsIgnoreCase(wage[15]);
        int first = hourlyOnly ? 9 : 4;
        String[] labels = {"10th to 25th percentile", "25th to 75th percentile", "75th to 90th percentile"};
        int[][] bands = {{0, 1}, {1, 3}, {3, 4}};
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            String min = wage[first + bands[i][0]];
            String max = wage[first + bands[i][1]];
            if (!isNumber(min)) {
                continue;
            }
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("level", labels[i]);
            level.put("min", number(min));
            if (isNumber(max)) {
                level.put("max", number(max));
            } else if (options.extended() && "#".equals(max)) {
                level.put("max_open", true);
            } else {
                continue;
            }
            levels.add(level);
        }
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("currency", "USD");
        salary.put("period", hourlyOnly ? "hour" : "year");
        if (options.extended()) {
            salary.put("basis", "percentiles");
        }
        salary.put("levels", levels);
        salary.put("source", "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics,"
                + " May 2024, national estimates");
        salary.put("as_of", 2024);
        return Optional.of(salary);
    }

    private static Map<String, Object> employment(String count) {
        Map<String, Object> employment = new LinkedHashMap<>();
        employment.put("count", Long.parseLong(count));
        employment.put("as_of", "2024-05");
        employment.put("source", "BLS OEWS");
        return employment;
    }

    private static Optional<Map<String, Object>> entry(String[] zone, Map<String, String[]> reference) {
        if (zone == null || !reference.containsKey(zone[1])) {
            return Optional.empty();
        }
        String[] row = reference.get(zone[1]);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("education", row[3]);
        entry.put("experience", row[2]);
        entry.put("training", row[4]);
        return Optional.of(entry);
    }

    /** The SOC major group's name from the BLS major rows ("15-0000 Computer and Mathematical Occupations"). */
    private static String family(String code, Map<String, String[]> wages) {
        String[] major = wages.get(code.substring(0, 2) + "-0000");
        return major == null ? "Other Occupations" : major[1];
    }

    private static Optional<String> zoneDate(String[] zone) {
        if (zone == null || !zone[2].matches("\\d\\d/\\d{4}")) {
            return Optional.empty();
        }
        return Optional.of(zone[2].substring(3) + "-" + zone[2].substring(0, 2) + "-01");
    }

    private static int zone(String[] zone) {
        return zone == null ? 0 : Integer.parseInt(zone[1]);
    }

    private static String soc(String onetCode) {
        return onetCode.substring(0, 7);
    }

    private static boolean isNumber(String value) {
        return value != null && value.matches("\\d+(\\.\\d+)?");
    }

    private static Number number(String value) {
        return value.contains(".") ? (Number) Double.parseDouble(value) : (Number) Long.parseLong(value);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String dump(Map<String, Object> value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(value);
    }

    /** Rows of a gzip'd TSV without its header; empty trailing fields kept. */
    private List<String[]> read(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(data.resolve(file))), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String[]> byCode(List<String[]> rows) {
        Map<String, String[]> map = new TreeMap<>();
        rows.forEach(row -> map.putIfAbsent(row[0], row));
        return map;
    }

    private static Map<String, List<String[]>> grouped(List<String[]> rows) {
        Map<String, List<String[]>> map = new HashMap<>();
        rows.forEach(row -> map.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row));
        return map;
    }
}
