package org.careerguide;

import java.nio.file.Path;
import java.time.Clock;
import org.careerguide.model.RenderLimits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the options a CLI or a Mojo parses and passes to {@link Generator}.
 *
 * @param projectDir   the guide project folder (holding site.yaml)
 * @param outputDir    where the site goes (default: {@code target/site} in the project)
 * @param displayRoot  how the project folder is named in messages (as the user typed it)
 * @param drafts       include roles and pages marked {@code draft: true}
 * @param strict       treat warnings as errors
 * @param baseUrl      overrides site.yaml's {@code base_url} (e.g. per deployment)
 * @param maxFileBytes largest content file read, in bytes
 * @param limits       bounds on rendering: time per page, bytes per page, Markdown nesting
 * @param clock        today's date for checks such as stale salary figures (fixed in tests)
 * @param lockWait     how long a build waits for another build of the same output folder to end
 *                     (zero: fail at once)
 * @param theme        overrides site.yaml's {@code theme} (e.g. a print edition with {@code compact})
 * @param clean        render every page, as if there were no previous output (an incremental build
 *                     otherwise reuses the pages whose data did not change)
 */
public record GeneratorOptions(
        Path projectDir,
        Path outputDir,
        String displayRoot,
        boolean drafts,
        boolean strict,
        Optional<String> baseUrl,
        long maxFileBytes,
        RenderLimits limits,
        Clock clock,
        Duration lockWait,
        Optional<String> theme,
        boolean clean) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

    public GeneratorOptions {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(displayRoot, "displayRoot");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lockWait, "lockWait");
        Objects.requireNonNull(theme, "theme");
    }

    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    /** Builds options with the defaults above. */
    public static final class Builder {
        private final Path projectDir;
        private Path outputDir;
        private String displayRoot;
        private boolean drafts;
        private boolean strict;
        private String baseUrl;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private RenderLimits limits = RenderLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private Duration lockWait = DEFAULT_LOCK_WAIT;
        private String theme;
        private boolean clean;

        private Builder(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        }

        public Builder outputDir(Path value) {
            this.outputDir = value;
            return this;
        }

        public Builder displayRoot(String value) {
            this.displayRoot = value;
            return this;
        }

        public Builder drafts(boolean value) {
            this.drafts = value;
            return this;
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        public Builder maxFileBytes(long value) {
            this.maxFileBytes = value;
            return this;
        }

        public Builder limits(RenderLimits value) {
            this.limits = value;
            return this;
        }

        /** Shorthand for a template time limit with the other render limits unchanged. */
        public Builder templateTimeout(Duration value) {
            this.limits = new RenderLimits(value, limits.maxPageBytes(), limits.maxMarkdownDepth());
            return this;
        }

        /** Shorthand for a page size limit with the other render limits unchanged. */
        public Builder maxPageBytes(long value) {
            this.limits = new RenderLimits(limits.templateTimeout(), value, limits.maxMarkdownDepth());
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder lockWait(Duration value) {
            this.lockWait = value;
            return this;
        }

        /** The theme to build with instead of site.yaml's (null: site.yaml's). */
        public Builder theme(String value) {
            this.theme = value;
            return this;
        }

        /** Renders every page instead of reusing the unchanged ones of the previous output. */
        public Builder clean(boolean value) {
            this.clean = value;
            return this;
        }

        public GeneratorOptions build() {
            Path output = outputDir != null ? outputDir : projectDir.resolve("target").resolve("site");
            String display = displayRoot != null ? displayRoot : projectDir.toString().replace('\\', '/');
            return new GeneratorOptions(projectDir, output, display.replaceAll("/+$", ""), drafts, strict,
                    Optional.ofNullable(baseUrl), maxFileBytes, limits, clock, lockWait,
                    Optional.ofNullable(theme), clean);
        }
    }
}
