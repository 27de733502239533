package org.careerguide.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerguide.GeneratorOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The resource limit options of {@code build} and {@code check}: {@code --max-file-size 2M},
 * {@code --max-page-size 8M} (plain bytes, or K/M for KiB/MiB) and {@code --template-timeout 10s}
 * (seconds, or {@code 500ms}). A malformed value is a usage error.
 */
final class LimitOptions {

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})([kKmM]?)");
    private static final Pattern TIME = Pattern.compile("([0-9]{1,9})(s|ms)?");

    // Fields, not annotated setters: picocli keeps fields in declaration order, so the help and
    // the generated completion script come out the same in every build (reproducible zip).
    @Option(names = "--max-file-size", paramLabel = "N", converter = Size.class,
            description = "largest content file read: bytes, or K/M (default 1M)")
    private Long maxFileBytes;

    @Option(names = "--max-page-size", paramLabel = "N", converter = Size.class,
            description = "largest page a template may write (default 8M)")
    private Long maxPageBytes;

    @Option(names = "--template-timeout", paramLabel = "T", converter = Time.class,
            description = "longest a page's template may run: 10s or 500ms (default 10s)")
    private Duration templateTimeout;

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

    /** {@code 1048576}, {@code 512K}, {@code 2M}: a positive number of bytes. */
    static final class Size implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value);
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("takes a positive size such as 1048576, 512K or 2M, not '"
                        + value + "'");
            }
            long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 1024;
                case "M" -> 1024 * 1024;
                default -> 1;
            };
            return Long.parseLong(m.group(1)) * unit;
        }
    }

    /** {@code 10s}, {@code 10} (seconds) or {@code 500ms}: a positive time. */
    static final class Time implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value);
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("takes a positive time such as 10s or 500ms, not '" + value + "'");
            }
            long amount = Long.parseLong(m.group(1));
            return "ms".equals(m.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
        }
    }
}
