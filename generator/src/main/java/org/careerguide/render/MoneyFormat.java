package org.careerguide.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Salary figures written the way the site's language writes numbers: 110,000 in English. */
final class MoneyFormat {

    private final Locale locale;

    MoneyFormat(String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
    }

    String format(BigDecimal amount) {
        // NumberFormat is not thread-safe; one per call is cheap next to rendering a page.
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        return format.format(amount);
    }
}
