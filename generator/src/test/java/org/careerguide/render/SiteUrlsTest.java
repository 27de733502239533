package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    @Test
    void linksBetweenFoldersClimbOnlyOutOfWhatTheyDoNotShare() {
        assertEquals("../principal-architect/index.html", SiteUrls.between("roles/cloud-architect/", "roles/principal-architect/"));
        assertEquals("../../b/index.html", SiteUrls.between("roles/a/map/", "roles/b/"));
        assertEquals("../index.html", SiteUrls.between("roles/a/map/", "roles/a/"));
        assertEquals("index.html", SiteUrls.between("roles/a/", "roles/a/"));
        assertEquals("skills/sql/index.html", SiteUrls.between("", "skills/sql/"));
        assertEquals("../../skills/sql/page/2/index.html#top", SiteUrls.between("roles/a/", "skills/sql/page/2/#top"));
        assertEquals("../roles.json", SiteUrls.between("roles/", "roles.json"));
        assertEquals("../../index.html", SiteUrls.between("roles/a/", ""));
        assertEquals("../roles/index.html", SiteUrls.between("roles-x/", "roles/"), "a name that only starts alike");
    }

    /** The walk in place gives what splitting both paths into folder names gave, on any paths. */
    @Test
    void agreesWithSplittingIntoFolderNames() {
        Random random = new Random(42);
        String[] names = {"", "a", "b", "ab", "roles", "map", "index.html", "x?y", "#f"};
        for (int i = 0; i < 50_000; i++) {
            String from = path(random, names);
            String to = path(random, names);
            assertEquals(bySplitting(from, to), SiteUrls.between(from, to), () -> from + " -> " + to);
        }
    }

    private static String path(Random random, String[] names) {
        StringBuilder path = new StringBuilder();
        int parts = random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            path.append(names[random.nextInt(names.length)]);
            if (random.nextInt(4) > 0) {
                path.append('/');
            }
        }
        return path.toString();
    }

    /** The earlier implementation, as the reference. */
    private static String bySplitting(String fromDir, String sitePath) {
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] to = sitePath.split("/", -1);
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        String rest = String.join("/", Arrays.copyOfRange(to, common, to.length));
        return SiteUrls.relative("../".repeat(from.length - common), rest);
    }
}
