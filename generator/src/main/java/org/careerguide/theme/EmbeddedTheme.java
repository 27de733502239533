package org.careerguide.theme;

import freemarker.cache.TemplateLoader;
import freemarker.cache.URLTemplateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The themes packaged inside the generator jar under {@code careerguide/themes/<name>/} (the
 * repository's {@code themes/} folder). A shipped theme is known by its {@code theme.yaml}. Its
 * static files are listed by walking the jar (or the classes folder in a development build), once
 * per JVM and theme: they cannot change while it runs.
 */
final class EmbeddedTheme {

    private static final String ROOT = "careerguide/themes/";
    private static final Map<String, Map<String, byte[]>> STATIC_FILES = new ConcurrentHashMap<>();

    private EmbeddedTheme() {
    }

    static String root(String name) {
        return ROOT + name + "/";
    }

    /** How a file of a shipped theme is named in messages. */
    static String display(String name, String path) {
        return "careerguide.jar:themes/" + name + "/" + path;
    }

    static boolean exists(String name) {
        return exists(name, ThemeFolder.THEME_FILE);
    }

    static boolean exists(String name, String path) {
        return !name.contains("/") && !name.contains("..")
                && url(root(name) + path) != null;
    }

    /** A file of a shipped theme, or null. */
    static InputStream open(String name, String path) {
        return EmbeddedTheme.class.getResourceAsStream("/" + root(name) + path);
    }

    /** Freemarker's loader of a shipped theme's templates. */
    static TemplateLoader templates(String name) {
        String base = root(name) + ThemeLoader.TEMPLATES + "/";
        return new URLTemplateLoader() {
            @Override
            protected URL getURL(String template) {
                return url(base + template);
            }
        };
    }

    /**
     * A resource of the jar, looked up through this class rather than a class loader (or
     * Freemarker's ClassTemplateLoader): on the module path, a theme folder whose name is a Java
     * identifier (careerguide/themes/compact) is a package of the module, and only the module's
     * own classes are handed its resources.
     */
    private static URL url(String path) {
        return EmbeddedTheme.class.getResource("/" + path);
    }

    /** The shipped theme's {@code static/} files, by path below {@code static/}. */
    static Map<String, byte[]> staticFiles(String name) {
        return STATIC_FILES.computeIfAbsent(name, EmbeddedTheme::load);
    }

    /**
     * Every file of every shipped theme (templates, assets, bundles, theme.yaml), by path below
     * {@code careerguide/themes/}: what an incremental build compares to know the themes are the
     * ones the previous output was built with.
     */
    static Map<String, byte[]> allFiles() {
        return AllFiles.FILES;
    }

    /** Holder: read on first use (by incremental builds only), thread-safe by class initialisation. */
    private static final class AllFiles {
        static final Map<String, byte[]> FILES = loadFolder(ROOT);
    }

    private static Map<String, byte[]> load(String name) {
        return loadFolder(root(name) + "static");
    }

    private static Map<String, byte[]> loadFolder(String folder) {
        URL url = url(folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                // Left open: another reader of the same jar may share this file system.
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> read(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return Collections.unmodifiableMap(files);
    }
}
