package org.careerguide.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which changed files trigger a rebuild: what the build reads, minus editors' temp and swap files. */
class ProjectWatcherTest {

    @ParameterizedTest
    @ValueSource(strings = {"site.yaml", "roles/cloud-architect.yaml", "roles/cloud-architect.md", "pages/about.md",
            "static/img/logo.png", "templates/role.ftlh", "themes/brand/templates/layout.ftlh", "roles"})
    void rebuildsForFilesTheBuildReads(String path) {
        assertTrue(ProjectWatcher.relevant(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles/.cloud-architect.yaml.swp", "roles/cloud-architect.yaml~", "roles/4913",
            "roles/#cloud-architect.yaml#", "roles/.#cloud-architect.yaml", "roles/cloud-architect.yaml.tmp",
            "target/site/index.html", "pom.xml", ".git/index", "README.md", "node_modules/x/y.js"})
    void ignoresTempFilesAndWhatTheBuildDoesNotRead(String path) {
        assertFalse(ProjectWatcher.relevant(path), path);
    }
}
