package org.careerguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.careerguide.GenerationReport;
import org.careerguide.Generator;
import org.careerguide.GeneratorOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fixture sites for tests: the repository's example content and small sites under src/test/resources/sites/. */
public final class TestSites {

    private TestSites() {
    }

    /** The repository root (set by surefire; falls back to the working directory's parent). */
    public static Path repoRoot() {
        String configured = System.getProperty("careerguide.repoRoot");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** The shipped example guide project. */
    public static Path exampleContent() {
        return repoRoot().resolve("content");
    }

    /** A fixture guide project from {@code src/test/resources/sites/<name>}, copied into {@code dir}. */
    public static Path copyFixture(String name, Path dir) {
        Path source = repoRoot().resolve("generator/src/test/resources/sites").resolve(name);
        return copyTree(source, dir.resolve(name));
    }

    public static Path copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds {@code project} into {@code output} with default options; messages name the project folder by its name. */
    public static GenerationReport build(Path project, Path output) {
        return new Generator().build(GeneratorOptions.builder(project).outputDir(output)
                .displayRoot(project.getFileName().toString()).build());
    }

    /** Writes a text file (creating folders), for sites made inside a test. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a text file. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a generated page; links resolve relative to its file. */
    public static Document parse(Path html) {
        try {
            return Jsoup.parse(html.toFile(), "UTF-8", html.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theme's script in a built site: {@code assets/careerguide.<hash>.js}. */
    public static String themeScript(Path site) {
        return fingerprinted(site, "assets/careerguide.js");
    }

    /**
     * The published name of the theme asset {@code path} ({@code assets/x.css} is published as
     * {@code assets/x.<10 hex digits>.css}); fails unless exactly one file has such a name.
     */
    public static String fingerprinted(Path site, String path) {
        int dot = path.lastIndexOf('.');
        String pattern = java.util.regex.Pattern.quote(path.substring(0, dot)) + "\\.[0-9a-f]{10}"
                + java.util.regex.Pattern.quote(path.substring(dot));
        try (Stream<Path> files = Files.walk(site)) {
            java.util.List<String> found = files.map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.matches(pattern)).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one published " + path + " in " + site + ", found " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
