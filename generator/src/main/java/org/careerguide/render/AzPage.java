package org.careerguide.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.careerguide.link.LinkedGuide;
import org.careerguide.link.LinkedRole;
import org.careerguide.link.Term;
import org.careerguide.model.Role;
import org.careerguide.model.Text;
import org.careerguide.render.page.AzIndex;
import org.careerguide.render.page.Pager;
import org.careerguide.theme.Labels;

/**
 * Plans {@code roles/}: every role of the guide from A to Z, by title and by each alias (an alias
 * links to its role and names it), grouped by first letter with a letter jump list, and the role
 * families to jump to. It is also where the search box leads when the page has no JavaScript.
 * Past {@link #ONE_PAGE} names (real occupation data has dozens of titles per role) each letter
 * gets its own page, {@code a-z/<letter>/}, and {@code roles/} links to them; a letter with more
 * than {@link #LETTER_PAGE} names continues on {@code a-z/<letter>/page/2/} and so on (at 100,000
 * roles a letter has over ten thousand names: one page would be 1.7 MB).
 */
final class AzPage {

    static final String SITE_PATH = "roles/";
    static final String PATH = SITE_PATH + "index.html";
    static final String LETTERS = "a-z";
    static final int ONE_PAGE = 2_000;
    /** Names per letter page: a name is about 140 bytes of HTML, so a full page stays near 150 KB. */
    static final int LETTER_PAGE = 1_000;

    /** One name of the list: a title, or an alias with the title it stands for. */
    private record Entry(String name, Role role, boolean alias) {
    }

    private final LinkedGuide guide;
    private final PageFrame frame;
    private final Labels labels;

    AzPage(LinkedGuide guide, PageFrame frame, Labels labels) {
        this.labels = labels;
        this.guide = guide;
        this.frame = frame;
    }

    List<PageSpec> plan(Set<String> allRoleInputs) {
        Map<String, List<Entry>> byLetter = byLetter();
        int names = byLetter.values().stream().mapToInt(List::size).sum();
        boolean split = names > ONE_PAGE;
        List<PageSpec> pages = new ArrayList<>();
        pages.add(new PageSpec(PATH, "az.ftlh", () -> model(PATH, StructuredData.sectionName(labels, "roles"), byLetter,
                split ? Map.of() : byLetter, split, null), allRoleInputs));
        if (split) {
            byLetter.forEach((letter, entries) -> {
                String base = LETTERS + "/" + id(letter) + "/";
                String letterTitle = labels.text("az.letterTitle", letter);
                List<List<Entry>> slices = Pagination.split(entries, LETTER_PAGE);
                int count = slices.size();
                for (int i = 0; i < count; i++) {
                    int number = i + 1;
                    List<Entry> slice = slices.get(i);
                    String path = Pagination.outputPath(base, number);
                    String title = count == 1 ? letterTitle : labels.text("frame.pageOf", letterTitle, number, count);
                    pages.add(new PageSpec(path, "az.ftlh", () -> model(path, title, byLetter, Map.of(letter, slice),
                            true, Pagination.model(base, number, count)), allRoleInputs));
                }
            });
        }
        return pages;
    }

    private Map<String, List<Entry>> byLetter() {
        List<Entry> entries = new ArrayList<>();
        for (LinkedRole linked : guide.roles()) {
            Role role = linked.role();
            entries.add(new Entry(role.title().value(), role, false));
            for (Text alias : role.aliases()) {
                entries.add(new Entry(alias.value(), role, true));
            }
        }
        entries.sort(Comparator.comparing((Entry entry) -> sortKey(entry.name()))
                .thenComparing(entry -> entry.alias() ? entry.role().title().value() : ""));
        Map<String, List<Entry>> byLetter = new TreeMap<>(Comparator
                .comparing((String letter) -> letter.equals("#")).thenComparing(Comparator.naturalOrder()));
        entries.forEach(entry -> byLetter.computeIfAbsent(letter(entry.name()), k -> new ArrayList<>()).add(entry));
        return byLetter;
    }

    private PageModel model(String path, String title, Map<String, List<Entry>> all,
                            Map<String, List<Entry>> shown, boolean split, Pager pager) {
        String root = SiteUrls.rootOf(path);
        String from = SiteUrls.sitePathOf(path);
        List<AzIndex.Jump> jump = all.entrySet().stream().map(letter -> new AzIndex.Jump(letter.getKey(),
                split ? SiteUrls.between(from, LETTERS + "/" + id(letter.getKey()) + "/") : "#" + id(letter.getKey()),
                letter.getValue().size())).toList();
        List<AzIndex.Letter> letters = new ArrayList<>();
        shown.forEach((letter, entries) -> letters.add(new AzIndex.Letter(letter, id(letter),
                entries.stream().map(entry -> new AzIndex.Entry(entry.name(),
                        SiteUrls.between(from, SiteUrls.role(entry.role().slug())),
                        entry.alias() ? entry.role().title().value() : null)).toList())));
        List<AzIndex.Family> families = guide.families().terms().stream()
                .sorted(Comparator.comparing((Term term) -> term.name().toLowerCase(Locale.ROOT)))
                .map(term -> new AzIndex.Family(term.name(),
                        SiteUrls.relative(root, SiteUrls.term(SiteUrls.FAMILIES, term.slug())), term.roles().size()))
                .toList();
        return new PageModel(frame.of(path, root, "az", title, null),
                new AzIndex(jump, letters, guide.roles().size(), families, pager));
    }

    private static String id(String letter) {
        return letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT);
    }

    private static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static String letter(String name) {
        String key = sortKey(name);
        char first = key.isEmpty() ? '#' : key.charAt(0);
        return first >= 'a' && first <= 'z' ? String.valueOf(Character.toUpperCase(first)) : "#";
    }
}
