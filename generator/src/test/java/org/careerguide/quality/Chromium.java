package org.careerguide.quality;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Selenium, with an explicit chromedriver so that Selenium
 * Manager never downloads anything. Where Chromium is missing, browser tests are skipped with the
 * reason, except under CI=true, where they fail: CI must run every gate.
 */
final class Chromium {

    static final String BINARY = System.getProperty("careerguide.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("careerguide.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
    }

    /** Skips the calling test (or fails it under CI=true) when Chromium or chromedriver is missing. */
    static void requireInstalled() {
        if (installed()) {
            return;
        }
        String missing = !Files.isExecutable(Path.of(BINARY)) ? BINARY : DRIVER;
        String why = missing + " not found: install Chromium with `apt-get install -y chromium chromium-driver`";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, so browser tests must run, but " + why);
        }
        Assumptions.abort("browser tests skipped: " + why);
    }

    /** Starts a headless browser keeping its profile in {@code profile}; the caller quits it. */
    static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800",
                "--user-data-dir=" + profile.toAbsolutePath());
        // Console messages, for tests that assert a page logs no error.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }
}
