package org.careerguide.model;

import java.util.List;
import java.util.Optional;

/**
 * A theme's {@code theme.yaml}: the theme it extends and the stylesheets and scripts it adds to
 * its parent's (paths below the theme's {@code static/}, bundled in order into one fingerprinted
 * file each).
 *
 * @param file        how the file is named in messages
 * @param extendsName the parent theme, empty for a root theme (only the shipped default is one)
 * @param stylesheets      stylesheets appended to the parent's bundle
 * @param printStylesheets print stylesheets appended to the parent's print bundle
 * @param scripts          scripts appended to the parent's bundle
 */
public record ThemeManifest(String file, Optional<Text> extendsName, List<Text> stylesheets,
                            List<Text> printStylesheets, List<Text> scripts) {

    public ThemeManifest {
        stylesheets = List.copyOf(stylesheets);
        printStylesheets = List.copyOf(printStylesheets);
        scripts = List.copyOf(scripts);
    }
}
