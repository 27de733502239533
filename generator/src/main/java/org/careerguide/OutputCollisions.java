package org.careerguide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.model.StaticFile;
import org.careerguide.render.GeneratedFile;
import org.careerguide.render.PageSpec;
import org.careerguide.render.SchemaFiles;
import org.careerguide.theme.Theme;

/**
 * Finds, before anything is rendered, two sources that would write the same output file, so that
 * build, check and the preview agree. A file in the project's {@code static/} may replace a theme
 * asset (that is how a site restyles its theme), but never a generated page or schema.
 */
final class OutputCollisions {

    private OutputCollisions() {
    }

    static void report(List<PageSpec> pages, List<GeneratedFile> files, Theme theme, Guide guide, Problems problems) {
        Set<String> generated = new HashSet<>();
        files.forEach(file -> generated.add(file.outputPath()));
        SchemaFiles.NAMES.forEach(name -> generated.add(SchemaFiles.OUTPUT_FOLDER + name));
        pages.forEach(page -> generated.add(page.outputPath()));
        for (String asset : theme.assets().keySet()) {
            if (generated.contains(asset)) {
                problems.error(SourcePosition.ofFile("themes/" + guide.site().theme() + "/static/" + asset),
                        "this theme file would replace the generated " + asset + "; rename or remove it");
            }
        }
        for (StaticFile file : guide.staticFiles()) {
            if (generated.contains(file.outputPath())) {
                problems.error(file.source(), "this static file would replace the generated " + file.outputPath()
                        + "; rename or remove it");
            }
        }
    }
}
