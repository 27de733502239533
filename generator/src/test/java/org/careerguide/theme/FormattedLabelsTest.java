package org.careerguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormattedLabelsTest {

    /** A label formatted again (from memory) reads as MessageFormat writes it, for every shipped label and value kind. */
    @Test
    void labelsFormattedAgainReadAsMessageFormatWritesThem() {
        Labels labels = Labels.english();
        Object[][] valueSets = {{1, 1}, {2, 8}, {1234, 0}, {"SQL, Go", 3}, {0, 1L}, {"x", "y", "z", "w"}};
        int checked = 0;
        for (String key : labels.texts().keySet()) {
            String pattern = labels.texts().get(key);
            for (Object[] values : valueSets) {
                String expected;
                try {
                    MessageFormat format = new MessageFormat(pattern, labels.locale());
                    for (java.text.Format part : format.getFormats()) {
                        if (part instanceof java.text.DateFormat dates) {
                            dates.setTimeZone(java.util.TimeZone.getTimeZone("UTC")); // as Labels formats dates
                        }
                    }
                    expected = format.format(values);
                } catch (IllegalArgumentException e) {
                    continue; // a value of the wrong kind for this pattern (a string for a number)
                }
                for (int time = 0; time < 2; time++) {
                    assertEquals(expected, labels.text(key, values), key + " " + java.util.Arrays.toString(values));
                }
                checked++;
            }
        }
        assertEquals(true, checked > 500, "labels checked: " + checked);
    }

    @Test
    void remembersOnlyValuesThatCompareByValue() {
        FormattedLabels formatted = new FormattedLabels();
        java.util.Date date = new java.util.Date(0);
        formatted.put(Locale.ENGLISH, "{0,date}", new Object[] {date}, "then");
        assertNull(formatted.get(Locale.ENGLISH, "{0,date}", new Object[] {date}));
        Object[] values = {"a", 1};
        formatted.put(Locale.ENGLISH, "{0} {1}", values, "a 1");
        values[0] = "b"; // the caller's array changes after: what was remembered does not
        assertNull(formatted.get(Locale.ENGLISH, "{0} {1}", values));
        assertEquals("a 1", formatted.get(Locale.ENGLISH, "{0} {1}", new Object[] {"a", 1}));
        assertNull(formatted.get(Locale.ENGLISH, "{0} {1}", new Object[] {"a", 1L}), "1L is not 1 to a format");
        assertNull(formatted.get(Locale.GERMAN, "{0} {1}", new Object[] {"a", 1}));
    }
}
