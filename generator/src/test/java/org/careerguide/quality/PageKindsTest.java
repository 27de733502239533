package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page kinds come from the output's folders, so the gates cover kinds of page added later. */
class PageKindsTest {

    private static final List<String> PAGES = List.of("index.html", "404.html", "about/index.html",
            "roles/a/index.html", "roles/b/index.html", "roles/b/map/index.html", "skills/index.html", "skills/sql/index.html",
            "paths/index.html", "search/index.html");

    @Test
    void namesEachKindAfterItsFolder() {
        assertEquals(Map.of("home", List.of("index.html"), "404", List.of("404.html"),
                "about/", List.of("about/index.html"), "roles/*", List.of("roles/a/index.html", "roles/b/index.html"),
                "roles/*/map", List.of("roles/b/map/index.html"),
                "skills/", List.of("skills/index.html"), "skills/*", List.of("skills/sql/index.html"),
                "paths/", List.of("paths/index.html"), "search/", List.of("search/index.html")),
                PageKinds.byKind(PAGES));
    }

    @Test
    void picksTheLargestPageOfEachKind() {
        Map<String, String> chosen = PageKinds.representatives(PAGES, page -> page.equals("roles/b/index.html") ? 2 : 1);
        assertEquals("roles/b/index.html", chosen.get("roles/*"));
        assertEquals(9, chosen.size());
    }
}
