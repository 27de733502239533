package org.careerguide.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.GeneratorOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The resource limit options of {@code build} and {@code check}: {@code --max-file-size 2M},
 * {@code --max-page-size 8M} (plain bytes, or K/M for KiB/MiB) and {@code --template-timeout 10s}
 * (seconds, or {@code 500ms}). A malformed value is a usage error.
 */
final class LimitOptions {

    static final String MAX_FILE_SIZE = "--max-file-size";
    static final String MAX_PAGE_SIZE = "--max-page-size";
    static final String TEMPLATE_TIMEOUT = "--template-timeout";

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})([kKmM]?)");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,9})(s|ms)?");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private Long maxFileBytes;
    private Long maxPageBytes;
    private Duration templateTimeout;

    @Option(names = MAX_FILE_SIZE, paramLabel = "N",
            description = "largest content file read: bytes, or K/M (default 1M)")
    void maxFileSize(String value) {
        maxFileBytes = parsed(() -> size(MAX_FILE_SIZE, value));
    }

    @Option(names = MAX_PAGE_SIZE, paramLabel = "N", description = "largest page a template may write (default 8M)")
    void maxPageSize(String value) {
        maxPageBytes = parsed(() -> size(MAX_PAGE_SIZE, value));
    }

    @Option(names = TEMPLATE_TIMEOUT, paramLabel = "T",
            description = "longest a page's template may run: 10s or 500ms (default 10s)")
    void templateTimeout(String value) {
        templateTimeout = parsed(() -> time(TEMPLATE_TIMEOUT, value));
    }

    void apply(GeneratorOptions.Builder options) {
        if (maxFileBytes != null) {
            options.maxFileBytes(maxFileBytes);
        }
        if (maxPageBytes != null) {
            options.maxPageBytes(maxPageBytes);
        }
        if (templateTimeout != null) {
            options.templateTimeout(templateTimeout);
        }
    }

    static long size(String option, String value) {
        Matcher m = SIZE.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(option + " takes a positive size such as 1048576, 512K or 2M, not '" + value + "'");
        }
        long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1024;
            case "M" -> 1024 * 1024;
            default -> 1;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    static Duration time(String option, String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(option + " takes a positive time such as 10s or 500ms, not '" + value + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return "ms".equals(m.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
    }

    /** The parsed value; a malformed one is a usage error with the parser's message. */
    private <T> T parsed(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
