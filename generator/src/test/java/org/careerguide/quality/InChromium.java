package org.careerguide.quality;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The base of every browser test: one headless Chromium per test class, started before its tests
 * and quit after them; a test is skipped without Chromium (failed under CI=true, see
 * {@link Chromium#requireInstalled()}).
 */
abstract class InChromium {

    @TempDir
    static Path profile;
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        if (Chromium.installed()) {
            browser = Chromium.start(profile);
        }
    }

    @BeforeEach
    void requireBrowser() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
