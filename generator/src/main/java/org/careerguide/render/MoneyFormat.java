package org.careerguide.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Salary figures written the way the site's language writes numbers: 110,000 in English. */
final class MoneyFormat {

    private final Locale locale;
    // Formats are costly to make and not thread-safe: one of each per rendering thread.
    private final ThreadLocal<NumberFormat> numberFormats;
    private final ThreadLocal<NumberFormat> currencyFormats;
    private final ThreadLocal<NumberFormat> compactFormats;
    /**
     * Compact labels already made: a chart's axis has a few round numbers, the same on most roles'
     * charts, and the compact format is the slowest of the three (a tenth of a role page's data).
     */
    private final Map<BigDecimal, String> compactLabels = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    MoneyFormat(String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
        this.numberFormats = ThreadLocal.withInitial(() -> NumberFormat.getNumberInstance(locale));
        this.currencyFormats = ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(locale));
        this.compactFormats = ThreadLocal.withInitial(() ->
                NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT));
    }

    String format(BigDecimal amount) {
        return digits(numberFormats.get(), amount, false).format(amount);
    }

    /** Like {@link #format(BigDecimal)}; with {@code cents}, always two decimals (hourly pay: 14.00, 16.94). */
    String format(BigDecimal amount, boolean cents) {
        return digits(numberFormats.get(), amount, cents).format(amount);
    }

    /**
     * An amount with its currency the way the site's language writes it ($110,000 in English for
     * USD); with {@code cents}, always two decimals ($14.00 an hour). There is always a currency,
     * and it is an ISO 4217 code as written: the load stage refuses salary levels without one
     * and codes Java does not know (RoleBinder), so nothing with another reaches rendering.
     */
    String money(BigDecimal amount, Optional<String> currencyCode, boolean cents) {
        NumberFormat format = currencyFormats.get();
        format.setCurrency(Currency.getInstance(currencyCode.orElseThrow()));
        return digits(format, amount, cents).format(amount);
    }

    /** A short axis label: 150K in English. */
    String compact(BigDecimal amount) {
        String known = compactLabels.get(amount);
        if (known != null) {
            return known;
        }
        String label = compactFormats.get().format(amount);
        if (compactLabels.size() < MAX_REMEMBERED) {
            compactLabels.put(amount, label);
        }
        return label;
    }

    private static NumberFormat digits(NumberFormat format, BigDecimal amount, boolean cents) {
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(cents || amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format;
    }
}
