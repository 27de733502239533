package org.careerguide.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from one guide project folder: the immutable input of linking and rendering.
 *
 * @param catalogues the optional term catalogues of {@code terms/}; {@link TermCatalogues#NONE} without them
 */
public record Guide(Path projectDir, Site site, List<Role> roles, List<Page> pages, List<StaticFile> staticFiles,
                    TermCatalogues catalogues) {

    /** The project file with the site's settings; every page depends on it. */
    public static final String SITE_FILE = "site.yaml";

    public Guide {
        roles = List.copyOf(roles);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }

    /** The same guide with other site settings. */
    public Guide withSite(Site newSite) {
        return new Guide(projectDir, newSite, roles, pages, staticFiles, catalogues);
    }
}
