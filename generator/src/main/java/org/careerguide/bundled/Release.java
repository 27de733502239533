package org.careerguide.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions this build of careerguide was released with, from a resource Maven filters: known
 * whether careerguide runs from its jar, from classes in a test, or inside the Maven plugin.
 */
public final class Release {

    private static final String RESOURCE = "/careerguide/release.properties";
    private static final Properties PROPERTIES = load();

    private Release() {
    }

    /** careerguide's version, e.g. {@code 0.1.0}; the Maven plugin has the same one. */
    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    /** The maven-site-plugin version a new guide project pins (Maven 3.8's default is too old). */
    public static String sitePluginVersion() {
        return PROPERTIES.getProperty("site-plugin.version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (a broken jar?)");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
