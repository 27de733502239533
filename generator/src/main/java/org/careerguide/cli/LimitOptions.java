package org.careerguide.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.GeneratorOptions;

/**
 * The resource limit options of {@code build} and {@code check}: {@code --max-file-size 2M},
 * {@code --max-page-size 8M} (plain bytes, or K/M for KiB/MiB) and {@code --template-timeout 10s}
 * (seconds, or {@code 500ms}), and {@code --lock-wait 60s} (0 allowed: do not wait). A malformed
 * value is a usage error.
 */
final class LimitOptions {

    static final String MAX_FILE_SIZE = "--max-file-size";
    static final String MAX_PAGE_SIZE = "--max-page-size";
    static final String TEMPLATE_TIMEOUT = "--template-timeout";
    static final String LOCK_WAIT = "--lock-wait";

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})([kKmM]?)");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,9})(s|ms)?");

    private LimitOptions() {
    }

    static void apply(Arguments arguments, GeneratorOptions.Builder options) throws Arguments.UsageException {
        if (arguments.value(MAX_FILE_SIZE).isPresent()) {
            options.maxFileBytes(size(MAX_FILE_SIZE, arguments.value(MAX_FILE_SIZE).get()));
        }
        if (arguments.value(MAX_PAGE_SIZE).isPresent()) {
            options.maxPageBytes(size(MAX_PAGE_SIZE, arguments.value(MAX_PAGE_SIZE).get()));
        }
        if (arguments.value(TEMPLATE_TIMEOUT).isPresent()) {
            options.templateTimeout(time(TEMPLATE_TIMEOUT, arguments.value(TEMPLATE_TIMEOUT).get()));
        }
        if (arguments.value(LOCK_WAIT).isPresent()) {
            String value = arguments.value(LOCK_WAIT).get();
            options.lockWait(value.matches("0+(s|ms)?") ? java.time.Duration.ZERO : time(LOCK_WAIT, value));
        }
    }

    static long size(String option, String value) throws Arguments.UsageException {
        Matcher m = SIZE.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new Arguments.UsageException(option + " takes a positive size such as 1048576, 512K or 2M, not '"
                    + value + "'");
        }
        long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1024;
            case "M" -> 1024 * 1024;
            default -> 1;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    static Duration time(String option, String value) throws Arguments.UsageException {
        Matcher m = TIME.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new Arguments.UsageException(option + " takes a positive time such as 10s or 500ms, not '"
                    + value + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return "ms".equals(m.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
    }
}
