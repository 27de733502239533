package org.careerguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The names a build uses beside its output folder {@code site}: the lock file {@code .site.lock},
 * the temporary folder {@code .site.tmp-<pid>-<id>} the new site is written into, and
 * {@code .site.old-<pid>-<id>}, where the previous site waits between the two renames of the swap, and
 * {@code .site.manifest}, what the next build needs to reuse unchanged pages.
 * The process id in a name says which build made the folder, so the next build can tell whether
 * its owner is gone.
 */
record OutputSiblings(Path output) {

    private static final String TEMP = ".tmp-";
    private static final String OLD = ".old-";

    /** What a leftover folder was to the build that made it. */
    enum Kind { TEMPORARY, PREVIOUS_SITE }

    /** A temporary or old folder of this output that careerguide wrote (it holds the marker file). */
    record Leftover(Path folder, Kind kind, OptionalLong pid) {

        String name() {
            return folder.getFileName().toString();
        }
    }

    OutputSiblings {
        output = output.toAbsolutePath().normalize();
    }

    Path lockFile() {
        return sibling(".lock");
    }

    /** Where an incremental build keeps what it needs to know of the output (see {@link BuildManifest}). */
    Path manifestFile() {
        return sibling(".manifest");
    }

    Path newTemporaryFolder() {
        return sibling(TEMP + uniquePart());
    }

    Path newOldFolder() {
        return sibling(OLD + uniquePart());
    }

    /** The temporary and old folders of this output that careerguide wrote, in name order. */
    List<Leftover> leftovers() throws IOException {
        String prefix = "." + output.getFileName();
        List<Leftover> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(output.getParent())) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                String name = entry.getFileName().toString();
                Kind kind = name.startsWith(prefix + TEMP) ? Kind.TEMPORARY
                        : name.startsWith(prefix + OLD) ? Kind.PREVIOUS_SITE : null;
                if (kind != null && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(entry.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    String rest = name.substring(prefix.length() + (kind == Kind.TEMPORARY ? TEMP : OLD).length());
                    found.add(new Leftover(entry, kind, pid(rest)));
                }
            }
        }
        return found;
    }

    private Path sibling(String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
    }

    /** {@code <pid>-<8 hex digits>}: the owner, and enough randomness for two builds of one process. */
    private static String uniquePart() {
        return ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The process id at the start of {@code <pid>-<id>}; empty for names of older versions (a UUID). */
    private static OptionalLong pid(String rest) {
        int dash = rest.indexOf('-');
        String digits = dash < 0 ? "" : rest.substring(0, dash);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
