package org.careerguide.write;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerguide.model.Problem;
import org.careerguide.model.Severity;
import org.careerguide.model.SourcePosition;

/**
 * What an incremental build remembers of the site in the output folder, kept beside it as
 * {@code .site.manifest} (never inside: the site stays byte for byte what a clean build writes).
 * The manifest is removed before a build swaps its site in and written after, so it never
 * describes a site other than the one in place; one that is missing or unreadable means a full
 * build.
 *
 * @param settings the digest of everything every page depends on (generator, theme, options): pages
 *                 are reused only under equal settings
 * @param inputs   the digest of the settings and every project file: equal means nothing to do
 * @param pages    how many pages the site has
 * @param files    how many other files it has
 * @param problems the warnings the build reported, said again when nothing needs building
 * @param pageKeys each page's key (see {@link org.careerguide.render.ModelDigest}) by output path
 */
public record BuildManifest(String settings, String inputs, int pages, int files, List<Problem> problems,
                            Map<String, String> pageKeys) {

    private static final String HEADER = "careerguide build manifest 1";

    public BuildManifest {
        problems = List.copyOf(problems);
        pageKeys = Map.copyOf(pageKeys);
    }

    /** The manifest of {@code output}'s site; empty when there is none or it cannot be read. */
    public static Optional<BuildManifest> read(Path output) {
        Path file = new OutputSiblings(output).manifestFile();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Optional.empty();
            }
            String settings = value(in.readLine(), "settings");
            String inputs = value(in.readLine(), "inputs");
            int pages = Integer.parseInt(value(in.readLine(), "pages"));
            int files = Integer.parseInt(value(in.readLine(), "files"));
            List<Problem> problems = new ArrayList<>();
            Map<String, String> keys = new HashMap<>();
            boolean complete = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("end")) {
                    complete = true;
                } else if (line.startsWith("page ")) {
                    int space = line.indexOf(' ', 5);
                    keys.put(line.substring(space + 1), line.substring(5, space));
                } else if (line.startsWith("problem ")) {
                    problems.add(problem(line.substring(8)));
                } else {
                    return Optional.empty();
                }
            }
            return complete ? Optional.of(new BuildManifest(settings, inputs, pages, files, problems, keys))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A manifest that was cut short or edited by hand: build everything, as without one.
            return Optional.empty();
        }
    }

    /** Removes {@code output}'s manifest, before its site is replaced. */
    public static void delete(Path output) throws IOException {
        Files.deleteIfExists(new OutputSiblings(output).manifestFile());
    }

    /** Writes this as {@code output}'s manifest: to a temporary file first, renamed over the old one. */
    public void write(Path output) throws IOException {
        Path file = new OutputSiblings(output).manifestFile();
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\nsettings " + settings + "\ninputs " + inputs + "\npages " + pages + "\nfiles "
                    + files + "\n");
            for (Problem problem : problems) {
                SourcePosition at = problem.position();
                out.write("problem " + String.join("\t", problem.severity().name(), escape(at.file()),
                        Integer.toString(at.line()), Integer.toString(at.column()), escape(problem.kind()),
                        escape(problem.message())) + "\n");
            }
            for (Map.Entry<String, String> page : pageKeys.entrySet()) {
                if (page.getKey().indexOf('\n') < 0 && page.getKey().indexOf('\r') < 0) {
                    out.write("page " + page.getValue() + " " + page.getKey() + "\n");
                }
            }
            out.write("end\n");
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String value(String line, String name) throws IOException {
        if (line == null || !line.startsWith(name + " ")) {
            throw new IOException("not a manifest line: " + line);
        }
        return line.substring(name.length() + 1);
    }

    private static Problem problem(String fields) {
        String[] parts = fields.split("\t", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a problem line");
        }
        return new Problem(new SourcePosition(unescape(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3])), Severity.valueOf(parts[0]), unescape(parts[5]), unescape(parts[4]));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
