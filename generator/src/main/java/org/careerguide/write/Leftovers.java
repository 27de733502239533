package org.careerguide.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recovery after a build that was killed (SIGKILL, the OOM killer, a power cut): run under the
 * output's lock, before writing, it removes the temporary and old folders such a build left beside
 * the output, and puts the previous site back when the build died between the two renames of its
 * swap (no output folder, the old one aside). Only folders careerguide wrote (the marker file) and
 * whose process is gone are touched. Returns one sentence per thing it did, for the report.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /** Cleans up what killed builds left beside {@code lock}'s output; the lock proves none of them still runs. */
    public static List<String> recover(BuildLock lock) throws IOException {
        OutputSiblings siblings = new OutputSiblings(lock.output());
        List<String> notices = new ArrayList<>();
        List<OutputSiblings.Leftover> orphans = new ArrayList<>();
        for (OutputSiblings.Leftover leftover : siblings.leftovers()) {
            if (ownerRuns(leftover)) {
                notices.add("Kept " + leftover.folder() + ": process " + leftover.pid().getAsLong()
                        + ", which wrote it, is still running (a build on another host or of another version?)");
            } else {
                orphans.add(leftover);
            }
        }
        Path output = siblings.output();
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            Optional<OutputSiblings.Leftover> previous = orphans.stream()
                    .filter(leftover -> leftover.kind() == OutputSiblings.Kind.PREVIOUS_SITE)
                    .max(Comparator.comparing(Leftovers::modified));
            if (previous.isPresent()) {
                Files.move(previous.get().folder(), output, StandardCopyOption.ATOMIC_MOVE);
                orphans.remove(previous.get());
                notices.add("Restored the previous site to " + output + " from " + previous.get().name()
                        + ", where a build stopped between the two renames of its swap had left it ("
                        + who(previous.get(), lock.previous()) + ")");
            }
        }
        for (OutputSiblings.Leftover orphan : orphans) {
            FolderDeleter.delete(orphan.folder());
            String what = orphan.kind() == OutputSiblings.Kind.TEMPORARY ? "the temporary folder of a build that was"
                    + " stopped" : "a previous site left by a build stopped after its swap";
            notices.add("Removed " + orphan.folder() + ", " + what + " (" + who(orphan, lock.previous()) + ")");
        }
        return notices;
    }

    /** The build that left a folder: from the stale lock file when it was that build's, else its process id. */
    private static String who(OutputSiblings.Leftover leftover, Optional<LockOwner> lastOwner) {
        if (leftover.pid().isEmpty()) {
            return "an earlier version of careerguide";
        }
        long pid = leftover.pid().getAsLong();
        return lastOwner.filter(owner -> owner.pid() == pid).map(LockOwner::describe)
                .orElse("process " + pid + ", no longer running");
    }

    /** True when the folder's process runs and is not this one (whose earlier builds have all ended). */
    private static boolean ownerRuns(OutputSiblings.Leftover leftover) {
        if (leftover.pid().isEmpty() || leftover.pid().getAsLong() == ProcessHandle.current().pid()) {
            return false;
        }
        return LockOwner.processRuns(leftover.pid().getAsLong(), modified(leftover).toInstant());
    }

    private static FileTime modified(OutputSiblings.Leftover leftover) {
        try {
            return Files.getLastModifiedTime(leftover.folder(), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
