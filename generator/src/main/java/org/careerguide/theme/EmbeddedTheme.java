package org.careerguide.theme;

import java.io.IOException;
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
import java.util.stream.Stream;

/**
 * The default theme packaged inside the generator jar under {@code careerguide/themes/default/}.
 * Its static files are listed by walking the jar (or the classes folder in a development build),
 * once per JVM: they cannot change while it runs.
 */
final class EmbeddedTheme {

    static final String ROOT = "careerguide/themes/default/";
    static final String TEMPLATES = ROOT + "templates";
    static final String DISPLAY = "careerguide.jar:themes/default/templates/";

    private EmbeddedTheme() {
    }

    /** The embedded theme's {@code static/} files, by path below {@code static/}. */
    static Map<String, byte[]> staticFiles() {
        return StaticFiles.FILES;
    }

    /**
     * Every file of the embedded theme (templates, assets, whatever else it holds), by path below its
     * root: what an incremental build compares to know the theme is the one the previous output used.
     */
    static Map<String, byte[]> allFiles() {
        return AllFiles.FILES;
    }

    /** Holder: read on first use, thread-safe by class initialisation. */
    private static final class StaticFiles {
        static final Map<String, byte[]> FILES = load(ROOT + "static");
    }

    /** Holder: read on first use (by incremental builds only). */
    private static final class AllFiles {
        static final Map<String, byte[]> FILES = load(ROOT);
    }

    private static Map<String, byte[]> load(String folder) {
        URL url = EmbeddedTheme.class.getClassLoader().getResource(folder);
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
