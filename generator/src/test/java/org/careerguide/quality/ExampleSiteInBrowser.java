package org.careerguide.quality;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * The base of browser tests on the example site: the browser of {@link InChromium} and the site
 * served over loopback under its base path.
 */
@Timeout(180)
abstract class ExampleSiteInBrowser extends InChromium {

    static StaticServer server;

    // Names of their own: a static method of the same name would hide InChromium's, which JUnit would then skip.
    @BeforeAll
    static void startServer() throws IOException {
        if (Chromium.installed()) {
            server = new StaticServer(ExampleSite.output(), ExampleSite.basePath());
        }
    }

    /** Serves {@code site} (another build of the example) in place of the one served before. */
    static void serve(Path site) throws IOException {
        if (server != null) {
            server.close();
        }
        server = new StaticServer(site, ExampleSite.basePath());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
