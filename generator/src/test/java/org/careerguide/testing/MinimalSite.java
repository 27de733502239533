package org.careerguide.testing;

import java.nio.file.Path;

/** Writes small guide projects inside a test's temporary folder. */
public final class MinimalSite {

    private MinimalSite() {
    }

    /** A project with a site.yaml and the given role files ({@code slug, yaml, slug, yaml, ...}). */
    public static Path with(Path dir, String... slugsAndYaml) {
        Path project = dir.resolve("guide");
        TestSites.write(project.resolve("site.yaml"), "title: Test Guide\nlanguage: en\n");
        try {
            java.nio.file.Files.createDirectories(project.resolve("roles"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int i = 0; i + 1 < slugsAndYaml.length; i += 2) {
            TestSites.write(project.resolve("roles/" + slugsAndYaml[i] + ".yaml"), slugsAndYaml[i + 1]);
        }
        return project;
    }

    /** The smallest valid role. */
    public static String role(String title) {
        return "title: " + title + "\nsummary: What a " + title + " does.\n";
    }
}
