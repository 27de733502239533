package org.careerguide.quality;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The base of browser tests on the example site: one headless Chromium per test class and the site
 * served over loopback under its base path; skipped (or failed under CI=true) without Chromium.
 */
@Timeout(180)
abstract class ExampleSiteInBrowser {

    @TempDir
    static Path profile;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Chromium.installed()) {
            return;
        }
        server = new StaticServer(ExampleSite.output(), ExampleSite.basePath());
        browser = Chromium.start(profile);
    }

    @BeforeEach
    void requireBrowser() {
        Chromium.requireInstalled();
    }

    /** Serves {@code site} (another build of the example) in place of the one served before. */
    static void serve(Path site) throws IOException {
        if (server != null) {
            server.close();
        }
        server = new StaticServer(site, ExampleSite.basePath());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
