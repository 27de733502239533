package org.careerguide.render;

import java.util.Set;
import org.careerguide.render.page.FramePage;
import org.careerguide.theme.Labels;

/**
 * Plans {@code compare/}: two or three roles side by side (shared and other skills, salary by level
 * on one axis, progression). The roles are chosen in the address ({@code ?r=a&r=b}), so a
 * comparison can be shared; the page's script reads them, loads each role's
 * {@code compare/d/<slug>.js} and draws the comparison.
 */
final class ComparePage {

    static final String SITE_PATH = "compare/";
    static final String PATH = SITE_PATH + "index.html";

    private final PageFrame frame;
    private final Labels labels;

    ComparePage(PageFrame frame, Labels labels) {
        this.frame = frame;
        this.labels = labels;
    }

    /** The page shows no role itself (its script loads them), so only site.yaml changes it. */
    PageSpec plan() {
        return new PageSpec(PATH, "compare.ftlh", this::model, Set.of(PagePlanner.SITE_FILE));
    }

    private PageModel model() {
        String root = SiteUrls.rootOf(PATH);
        return new PageModel(frame.of(PATH, root, "compare", StructuredData.sectionName(labels, "compare"),
                labels.text("compare.description")), new FramePage());
    }
}
