package org.careerguide.render;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One page to render: where it goes, which template renders it, its data (built when the page is
 * rendered, so that pages build in parallel and nothing is held longer than needed) and the
 * project files it is made from (what an incremental rebuild needs to know).
 *
 * @param outputPath path in the output folder, e.g. {@code roles/cloud-architect/index.html}
 * @param template   the template's name, e.g. {@code role.ftlh}
 * @param model      the template data: the frame and the page kind's record
 * @param inputs     project-relative paths of the files this page depends on (a role page adds its
 *                   related roles list, see GraphInputs: a page whose inputs change is rendered again)
 */
public record PageSpec(String outputPath, String template, Supplier<PageModel> model, Set<String> inputs) {

    public PageSpec {
        inputs = Set.copyOf(inputs);
    }
}
