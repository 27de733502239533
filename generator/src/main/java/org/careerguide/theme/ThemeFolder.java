package org.careerguide.theme;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.careerguide.load.ProjectFiles;
import org.careerguide.model.Problems;

/**
 * One theme of a chain: a folder {@code themes/<name>/} of the guide project, or a theme shipped
 * inside the jar. Both hold the same things: {@code theme.yaml}, {@code templates/},
 * {@code static/} and {@code messages/}.
 */
sealed interface ThemeFolder {

    String THEME_FILE = "theme.yaml";

    String name();

    /** Whether the folder is part of the guide project (rather than shipped in the jar). */
    boolean inProject();

    /** The text of {@code theme.yaml}, if the theme has one. */
    Optional<String> manifest() throws IOException;

    /** How a file of the theme (path relative to the theme folder) is named in messages. */
    String display(String path);

    /** A loader for the theme's templates, if it has any. */
    Optional<TemplateLoader> templates() throws IOException;

    /** Whether the theme has the template {@code name}. */
    boolean hasTemplate(String name);

    /** The text of a file of the theme (path relative to the theme folder), if it has it. */
    Optional<String> file(String path) throws IOException;

    /** The theme's {@code static/} files by path below it. */
    Map<String, byte[]> staticFiles(Problems problems) throws IOException;

    /** A theme folder of the guide project, read by the project's file rules (no links leading outside). */
    record InProject(String name, Path dir, ProjectFiles files) implements ThemeFolder {

        @Override
        public boolean inProject() {
            return true;
        }

        @Override
        public Optional<String> manifest() throws IOException {
            Path file = dir.resolve(THEME_FILE);
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        }

        @Override
        public String display(String path) {
            return files.display(dir.resolve(path));
        }

        @Override
        public Optional<String> file(String path) throws IOException {
            Path file = dir.resolve(path);
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        }

        @Override
        public Optional<TemplateLoader> templates() throws IOException {
            Path templates = dir.resolve(ThemeLoader.TEMPLATES);
            // FileTemplateLoader refuses symbolic links that lead outside its folder.
            return Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(new FileTemplateLoader(templates.toFile(), false)) : Optional.empty();
        }

        @Override
        public boolean hasTemplate(String name) {
            return Files.isRegularFile(dir.resolve(ThemeLoader.TEMPLATES).resolve(name));
        }

        @Override
        public Map<String, byte[]> staticFiles(Problems problems) throws IOException {
            Path staticDir = dir.resolve("static");
            Map<String, byte[]> found = new LinkedHashMap<>();
            for (Path file : files.walk(files.projectDir().relativize(staticDir).toString(), problems)) {
                found.put(staticDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return found;
        }
    }

    /** A theme shipped inside the generator jar under {@code careerguide/themes/<name>/}. */
    record Embedded(String name) implements ThemeFolder {

        /** The shipped theme {@code name}, if there is one. */
        static Optional<ThemeFolder> find(String name) {
            return EmbeddedTheme.exists(name) ? Optional.of(new Embedded(name)) : Optional.empty();
        }

        @Override
        public boolean inProject() {
            return false;
        }

        @Override
        public Optional<String> manifest() throws IOException {
            try (InputStream in = EmbeddedTheme.open(name, THEME_FILE)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public String display(String path) {
            return EmbeddedTheme.display(name, path);
        }

        @Override
        public Optional<String> file(String path) throws IOException {
            try (InputStream in = EmbeddedTheme.open(name, path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public Optional<TemplateLoader> templates() {
            return Optional.of(EmbeddedTheme.templates(name));
        }

        @Override
        public boolean hasTemplate(String name) {
            return EmbeddedTheme.exists(this.name, ThemeLoader.TEMPLATES + "/" + name);
        }

        @Override
        public Map<String, byte[]> staticFiles(Problems problems) {
            return EmbeddedTheme.staticFiles(name);
        }
    }
}
