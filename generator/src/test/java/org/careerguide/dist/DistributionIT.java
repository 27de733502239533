package org.careerguide.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.careerguide.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip as a user gets it (run by failsafe after {@code package}): unpacked with
 * {@code unzip}, its {@code bin/careerguide} launcher prints the version, makes, checks and builds
 * a guide without {@code java -jar}, also through a symbolic link and with java found on PATH.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("careerguide.version");

    @TempDir
    static Path temp;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path zip = Path.of(System.getProperty("careerguide.distribution"));
        assertTrue(Files.isRegularFile(zip), zip + " was not built");
        Result unzip = run(List.of("unzip", "-q", zip.toString(), "-d", temp.toString()), Map.of());
        assertEquals(0, unzip.exit, unzip.output);
        home = temp.resolve("careerguide-" + VERSION);
    }

    @Test
    void holdsLaunchersJarCompletionAndLicence() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(System.getProperty("careerguide.distribution"))) {
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> names.add(entry.getName()));
        }
        Collections.sort(names);
        String base = "careerguide-" + VERSION + "/";
        assertEquals(List.of(base + "CHANGELOG.md", base + "LICENSE", base + "README.md", base + "bin/careerguide",
                base + "bin/careerguide.bat", base + "completion/careerguide.bash", base + "completion/careerguide.zsh",
                base + "lib/careerguide.jar"), names);
        assertTrue(Files.isExecutable(home.resolve("bin/careerguide")), "bin/careerguide is executable");
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        String bat = Files.readString(home.resolve("bin/careerguide.bat"));
        assertTrue(bat.contains("\r\n") && !bat.replace("\r\n", "").contains("\n"), "Windows line endings");
        assertTrue(bat.contains("-jar \"%APP_HOME%\\lib\\careerguide.jar\" %*"), bat);
        assertTrue(Files.readString(home.resolve("completion/careerguide.bash")).contains("complete -F"),
                "a bash completion script");
    }

    @Test
    void versionThroughTheLauncherAndASymbolicLink() throws Exception {
        Map<String, String> javaHome = Map.of("JAVA_HOME", System.getProperty("java.home"));
        Result version = run(List.of(home.resolve("bin/careerguide").toString(), "--version"), javaHome);
        assertEquals(new Result(0, "careerguide " + VERSION + "\n"), version);

        Path link = Files.createSymbolicLink(temp.resolve("careerguide-link"), home.resolve("bin/careerguide"));
        Map<String, String> javaOnPath = Map.of("JAVA_HOME", "",
                "PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        assertEquals(new Result(0, "careerguide " + VERSION + "\n"), run(List.of(link.toString(), "-V"), javaOnPath));

        Result usage = run(List.of(link.toString(), "biuld"), javaOnPath);
        assertEquals(2, usage.exit);
        assertTrue(usage.output.startsWith("careerguide: unknown command 'biuld' (did you mean 'build'?)"),
                usage.output);
        Result noJava = run(List.of(link.toString(), "-V"), Map.of("JAVA_HOME", "", "PATH", "/nonexistent"));
        assertEquals(127, noJava.exit, noJava.output);
        assertTrue(noJava.output.contains("cannot find java"), noJava.output);
    }

    @Test
    void newSiteCheckAndBuildWithoutJavaJar() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        String launcher = home.resolve("bin/careerguide").toString();
        Path guide = temp.resolve("my-guide");
        Result made = run(List.of(launcher, "new-site", guide.toString(), "--title", "Distribution Test"), env);
        assertEquals(0, made.exit, made.output);
        Result check = run(List.of(launcher, "check", "--strict", "--source", guide.toString()), env);
        assertEquals(0, check.exit, check.output);
        assertTrue(check.output.contains("0 errors, 0 warnings"), check.output);
        // With the address the site will have: without one the build says it leaves out the sitemap and feed.
        Result build = run(List.of(launcher, "build", "--source", guide.toString(),
                "--base-url", "https://example.org/my-guide/"), env);
        assertEquals(0, build.exit, build.output);
        assertTrue(build.output.startsWith("Wrote "), build.output);
        Document role = TestSites.parse(guide.resolve("target/site/roles/software-engineer/index.html"));
        assertEquals("Software Engineer", role.selectFirst("h1").text());
        assertEquals("Distribution Test", TestSites.parse(guide.resolve("target/site/index.html")).title());
    }

    @Test
    void writesAClassDataArchiveOnTheFirstRunAndLoadsFromItAfter() throws Exception {
        Path cache = temp.resolve("cache");
        Path log = temp.resolve("class-load.log");
        String launcher = home.resolve("bin/careerguide").toString();
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString());
        assertEquals(new Result(0, "careerguide " + VERSION + "\n"), run(List.of(launcher, "--version"), env));
        List<Path> archives;
        try (var files = Files.list(cache.resolve("careerguide"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"), archives.toString());

        Map<String, String> logged = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        assertEquals(new Result(0, "careerguide " + VERSION + "\n"), run(List.of(launcher, "--version"), logged));
        String loaded = Files.readString(log);
        assertTrue(loaded.lines().anyMatch(line -> line.contains("org.careerguide.cli.Main ")
                && line.contains("shared objects file")), "Main comes from the archive:\n"
                + loaded.lines().filter(line -> line.contains("org.careerguide")).findFirst().orElse(""));

        Map<String, String> off = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", temp.resolve("cache-off").toString(), "CAREERGUIDE_CDS", "off");
        assertEquals(0, run(List.of(launcher, "--version"), off).exit);
        assertTrue(Files.notExists(temp.resolve("cache-off")), "CAREERGUIDE_CDS=off writes no archive");
    }

    private record Result(int exit, String output) {
    }

    /** Runs a command with the given environment changes (an empty value removes the variable). */
    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The launcher's class data archive goes to the test's folder, not the user's cache.
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache-default").toString());
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished: " + command);
        return new Result(process.exitValue(), output);
    }
}
