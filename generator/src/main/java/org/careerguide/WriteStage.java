package org.careerguide;

import org.careerguide.pipeline.PlannedSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.careerguide.model.Problem;
import org.careerguide.model.Problems;
import org.careerguide.model.SourcePosition;
import org.careerguide.publish.PublishedFiles;
import org.careerguide.render.PageOutput;
import org.careerguide.render.StreamedContent;
import org.careerguide.write.BuildCancelledException;
import org.careerguide.write.BuildLock;
import org.careerguide.write.BuildManifest;
import org.careerguide.write.Leftovers;
import org.careerguide.write.OutputFolder;
import org.careerguide.write.OutputGuard;
import org.careerguide.write.WriteFailedException;

/**
 * The last stage of a build: takes the output folder's lock (waiting for another build of it),
 * cleans up after builds that were killed, renders into a temporary folder and swaps it in. A
 * failed write stops rendering and is one problem, with the file, the cause and what was not
 * written; a cancellation stops it too. Either way the temporary folder goes and the output
 * folder keeps the previous site.
 */
final class WriteStage {

    /**
     * What the stage did; {@code reused} of the {@code pages} were carried over from the previous
     * site, and {@code upToDate} says the site in place was already this build's (nothing written).
     */
    record Result(int pages, int files, boolean written, boolean interrupted, int reused, boolean upToDate) {

        static final Result NOTHING = new Result(0, 0, false, false);
        static final Result INTERRUPTED = new Result(0, 0, false, true);

        Result(int pages, int files, boolean written, boolean interrupted) {
            this(pages, files, written, interrupted, 0, false);
        }
    }

    private final GeneratorOptions options;
    private final Cancellation cancellation;
    private final Consumer<String> status;
    private final List<String> notices = new ArrayList<>();
    /** Taken before loading; empty when a project file could not be read (then nothing is reused). */
    private Optional<BuildFingerprint> fingerprint = Optional.empty();

    WriteStage(GeneratorOptions options, Cancellation cancellation, Consumer<String> status) {
        this.options = options;
        this.cancellation = cancellation;
        this.status = status;
    }

    /**
     * Cleans up after killed builds of the output before anything else (so a build that then fails
     * on content still puts back a site a killed swap took away); skipped while another build runs,
     * which does the same itself.
     */
    void recover() throws IOException {
        Path parent = options.outputDir().toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try {
            Optional<BuildLock> lock = BuildLock.acquire(options.outputDir(), Duration.ZERO,
                    cancellation::isCancelled, status);
            if (lock.isPresent()) {
                try (BuildLock held = lock.get()) {
                    notices.addAll(Leftovers.recover(held));
                }
            }
        } catch (BuildLock.BusyException e) {
            // The build holding the lock recovers, and this one will when it gets the lock.
        }
    }

    /**
     * The site in place when it is the one this build would write (same generator, options and
     * input files as its manifest records): the build then writes nothing and says again the
     * warnings that build reported. Empty, after taking the fingerprint the build records, otherwise
     * and always for a clean build.
     */
    Optional<Result> upToDate(Problems problems) {
        try {
            fingerprint = Optional.of(BuildFingerprint.of(options));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty(); // loading reports the file it cannot read
        }
        if (options.clean()) {
            return Optional.empty();
        }
        Optional<BuildManifest> manifest = BuildManifest.read(options.outputDir())
                .filter(previous -> previous.inputs().equals(fingerprint.get().inputs()));
        if (manifest.isEmpty() || !Files.isRegularFile(options.outputDir().resolve(OutputGuard.MARKER))) {
            return Optional.empty();
        }
        manifest.get().problems().forEach(problems::add);
        return Optional.of(new Result(manifest.get().pages(), manifest.get().files(), false, false,
                manifest.get().pages(), true));
    }

    /** What the recovery did, one sentence each. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    Result write(PlannedSite site, Problems problems, StageTimes times) throws IOException {
        if (!cancellation.beginWriting()) {
            return Result.INTERRUPTED;
        }
        boolean swapped = false;
        try {
            Optional<BuildLock> lock;
            try {
                lock = BuildLock.acquire(options.outputDir(), options.lockWait(), cancellation::isCancelled, status);
            } catch (BuildLock.BusyException e) {
                problems.error(SourcePosition.ofFile(options.outputDir().toString()), e.getMessage());
                return Result.NOTHING;
            }
            if (lock.isEmpty()) {
                return Result.INTERRUPTED;
            }
            try (BuildLock held = lock.get()) {
                notices.addAll(Leftovers.recover(held));
                Result result = render(held, site, problems, times);
                swapped = result.written();
                return result;
            }
        } finally {
            cancellation.endWriting(swapped);
        }
    }

    private Result render(BuildLock lock, PlannedSite site, Problems problems, StageTimes times)
            throws IOException {
        int pages;
        int files;
        boolean replaced;
        OutputFolder output;
        try {
            output = OutputFolder.begin(lock, cancellation::isCancelled);
        } catch (WriteFailedException e) {
            return failed(e, 0, site, problems); // not even the marker file fits
        }
        Path inPlace = lock.output().toAbsolutePath().normalize();
        Optional<BuildManifest> previous = options.clean() ? Optional.empty() : fingerprint.flatMap(
                taken -> BuildManifest.read(inPlace).filter(manifest -> manifest.settings().equals(taken.settings())));
        IncrementalPages incremental = new IncrementalPages(previous, inPlace, output);
        try (output) {
            try {
                pages = site.render(site.pages(), output::write, problems, times.progress(), incremental);
                files = site.copyFiles(streamingTo(output), problems);
                PublishedFiles.reportMissingBaseUrl(site.guide(), problems, options.strict());
                times.mark("render and write");
                if (problems.hasErrors() || (options.strict() && !problems.sorted().isEmpty())) {
                    return new Result(pages, files, false, false);
                }
                // The manifest describes the site in place, so it goes before the swap and returns after it.
                BuildManifest.delete(inPlace);
                output.commit();
                remember(inPlace, pages, files, problems.sorted(), incremental);
            } catch (BuildCancelledException e) {
                return new Result(output.filesWritten(), 0, false, true);
            } catch (WriteFailedException e) {
                return failed(e, output.filesWritten(), site, problems);
            }
            times.mark("swap");
            replaced = output.replacedPrevious();
        }
        if (replaced) {
            times.mark("remove previous site");
        }
        return new Result(pages, files, true, false, incremental.reused(), false);
    }

    /** {@code output} as a page output that streams the files made as they are written (roles.json) to disk. */
    private static PageOutput streamingTo(OutputFolder output) {
        return new PageOutput() {
            @Override
            public void write(String outputPath, byte[] content) throws IOException {
                output.write(outputPath, content);
            }

            @Override
            public void write(String outputPath, StreamedContent content) throws IOException {
                output.write(outputPath, content);
            }
        };
    }

    private void remember(Path site, int pages, int files, List<Problem> reported, IncrementalPages incremental) {
        if (fingerprint.isEmpty()) {
            return;
        }
        try {
            new BuildManifest(fingerprint.get().settings(), fingerprint.get().inputs(), pages, files, reported,
                    incremental.keys()).write(site);
        } catch (IOException e) {
            notices.add("Could not record the pages of this build for the next one (" + e.getMessage()
                    + "): it will render every page");
        }
    }

    private Result failed(WriteFailedException e, int written, PlannedSite site, Problems problems) {
        problems.error(SourcePosition.ofFile(options.outputDir() + "/" + e.path()), notWritten(e, written, site));
        return Result.NOTHING;
    }

    /** "cannot write the new site: No space left on device; 1,191 of 1,541 pages and files were not written". */
    private static String notWritten(WriteFailedException e, int written, PlannedSite site) {
        int total = site.pages().size() + new HashSet<>(PlannedSite.otherFiles(site.theme(), site.guide(),
                site.files())).size();
        return String.format(Locale.ROOT, "cannot write the new site: %s; %,d of %,d pages and files were not"
                + " written", e.reason(), Math.max(0, total - written), total);
    }
}
