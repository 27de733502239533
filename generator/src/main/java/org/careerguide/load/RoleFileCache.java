package org.careerguide.load;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;

/**
 * Role files as loaded before, for a process that loads the same project again and again (the
 * preview server): a role whose entry is still here is neither read nor parsed again, and its
 * problems are reported again as they were. The owner says which files changed ({@link #forget})
 * and trusts that no other role file did: the preview rebuilds on its watcher's word alike.
 * Loading a role depends on nothing but its two files and the session's fixed options, so an entry
 * stays right until one of them changes.
 */
public final class RoleFileCache {

    private static final String PREFIX = ProjectLoader.ROLES + "/";

    /** A role file's result: the role (empty when it had errors) and the problems it reported. */
    private record Entry(Optional<Path> narrative, Optional<Role> role, List<Problem> problems) {
    }

    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();
    private final boolean keeps;

    private RoleFileCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** An empty cache that keeps what it loads. */
    public static RoleFileCache keeping() {
        return new RoleFileCache(true);
    }

    /** A cache that keeps nothing: every role is loaded from its files (what a build does). */
    public static RoleFileCache none() {
        return new RoleFileCache(false);
    }

    /**
     * Forgets the roles whose files are among {@code changed} (project-relative paths such as
     * {@code roles/x.yaml} or {@code roles/x.md}); everything when {@code changed} is empty (unknown)
     * or names the roles folder itself.
     */
    public void forget(Collection<String> changed) {
        if (changed.isEmpty()) {
            bySlug.clear();
            return;
        }
        for (String path : changed) {
            if (path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0) {
                String name = path.substring(PREFIX.length());
                int dot = name.lastIndexOf('.');
                bySlug.remove(dot < 0 ? name : name.substring(0, dot));
            } else if (path.equals(ProjectLoader.ROLES) || path.startsWith(PREFIX)) {
                bySlug.clear();
            }
        }
    }

    /** The problems the role {@code slug} reported when it was loaded, if it is in this cache. */
    public Optional<List<Problem>> problems(String slug) {
        return Optional.ofNullable(bySlug.get(slug)).map(Entry::problems);
    }

    /**
     * The role {@code slug} (with its narrative file, if any), from this cache or else from
     * {@code loader}, which reports into the problems it is given; the role's problems go to {@code problems}.
     */
    Optional<Role> role(String slug, Path narrative, Problems problems, Function<Problems, Optional<Role>> loader) {
        if (!keeps) {
            return loader.apply(problems);
        }
        Optional<Path> narrativeFile = Optional.ofNullable(narrative);
        Entry entry = bySlug.get(slug);
        if (entry == null || !Objects.equals(entry.narrative(), narrativeFile)) {
            Problems own = new Problems();
            entry = new Entry(narrativeFile, loader.apply(own), own.sorted());
            bySlug.put(slug, entry);
        }
        entry.problems().forEach(problems::add);
        return entry.role();
    }
}
