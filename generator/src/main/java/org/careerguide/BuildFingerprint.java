package org.careerguide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careerguide.load.ProjectLoader;
import org.careerguide.theme.ThemeLoader;

/**
 * The two digests an incremental build compares with the previous build's manifest, taken before
 * anything is loaded (so an edit made while a build runs is seen by the next one):
 * <ul>
 *   <li>{@link #settings()}: what every page depends on besides its own data: the generator (its
 *       version and jar), the shipped themes, the project's templates, themes, message bundles,
 *       static files and site.yaml, and the options that change output. Pages are carried over only
 *       when it is equal.</li>
 *   <li>{@link #inputs()}: the settings, the options that change only the problems reported
 *       ({@code --strict}, today's date for stale figures), and every file the build reads. When it
 *       is equal the site in place is the one this build would write: nothing to do.</li>
 * </ul>
 * Files are compared by content, not by time stamps: a checkout or a copy that keeps the content
 * does not force a build, and one that changes it within a second is still seen.
 */
record BuildFingerprint(String settings, String inputs) {

    /**
     * The project entries whose files reach pages only through each page's data (roles, free pages,
     * term catalogues). Every other entry the build reads (templates, themes, message bundles, static
     * files that may replace a theme asset, site.yaml, and any added later) counts as a setting:
     * a change there renders every page.
     */
    private static final List<String> CONTENT_ENTRIES = List.of(ProjectLoader.ROLES, ProjectLoader.PAGES,
            ProjectLoader.TERMS);

    static BuildFingerprint of(GeneratorOptions options) throws IOException {
        MessageDigest settings = sha256();
        text(settings, "careerguide " + Generator.version() + " " + codeStamp());
        text(settings, String.join("\n", "base " + options.baseUrl().orElse(""), "drafts " + options.drafts(),
                "limits " + options.limits(), "max file " + options.maxFileBytes(),
                "theme " + options.theme().orElse("")));
        for (Map.Entry<String, byte[]> file : new TreeMap<>(ThemeLoader.embeddedFiles()).entrySet()) {
            text(settings, file.getKey());
            bytes(settings, file.getValue());
        }
        Path project = options.projectDir();
        files(settings, project, Generator.READ_FOLDERS.stream().filter(entry -> !CONTENT_ENTRIES.contains(entry))
                .toList());
        String settingsHex = HexFormat.of().formatHex(settings.digest());

        MessageDigest inputs = sha256();
        text(inputs, settingsHex);
        text(inputs, "strict " + options.strict() + " today " + LocalDate.now(options.clock()));
        files(inputs, project, CONTENT_ENTRIES);
        return new BuildFingerprint(settingsHex, HexFormat.of().formatHex(inputs.digest()));
    }

    /** Every file below {@code entries} of the project (files or folders), by relative path and content. */
    private static void files(MessageDigest digest, Path project, List<String> entries) throws IOException {
        for (String entry : entries) {
            Path root = project.resolve(entry);
            text(digest, "entry " + entry);
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(root)) {
                found = walk.filter(path -> Files.isRegularFile(path)).sorted().toList();
            }
            for (Path file : found) {
                text(digest, project.relativize(file).toString().replace('\\', '/'));
                bytes(digest, Files.readAllBytes(file));
            }
        }
    }

    /**
     * The jar's size and time: a rebuilt snapshot with the same version number may render
     * differently. Run from a classes folder (tests, an IDE), the version and theme have to do.
     */
    private static String codeStamp() {
        try {
            CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code, LinkOption.NOFOLLOW_LINKS)) {
                return Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // No stamp: the version and the embedded theme still tell builds apart.
        }
        return "";
    }

    private static void text(MessageDigest digest, String text) {
        bytes(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] bytes) {
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
