package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.careerguide.render.page.TemplateData;

/**
 * A digest of everything a page's bytes depend on besides the theme: its output path, its template's
 * name and the data the template gets. Two pages with equal digests, rendered with the same theme and
 * generator, are byte for byte the same, which is what lets an incremental build carry a page over
 * from the previous output instead of rendering it. Digesting the data itself (rather than listing
 * the files a page reads) covers every way an edit reaches a page: a neighbour's new title, a
 * related-roles list that another role's skills changed, a term page's role list.
 *
 * <p>Maps whose order is not part of their meaning (a {@code HashMap}) are digested in key order;
 * ordered maps and lists in their order. A value of a type this class does not know makes the page
 * undigestable: it is always rendered, never carried over. Records of template data ({@link TemplateData})
 * list their own components, in order, after their class name.
 */
public final class ModelDigest {

    private ModelDigest() {
    }

    /** The digest as hex, or empty when the data holds a value that cannot be digested. */
    public static Optional<String> of(String outputPath, String template, PageModel model) {
        return of(outputPath, template, List.of(model.frame(), model.content()));
    }

    /** The digest of any data this class knows: maps, lists, records of {@code render.page}, ... */
    static Optional<String> of(String outputPath, String template, Object model) {
        Feed feed = new Feed();
        feed.text(outputPath);
        feed.text(template);
        if (!feed.value(model)) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(feed.finish()));
    }

    /**
     * Writes values with a type tag and a length, so that no two different values feed the same code
     * units. Buffered as chars: a page's data is thousands of small values, and one hash call each
     * would cost more than the hashing; texts are copied in whole runs (this is a tenth of a clean
     * build's CPU time, most of it the texts).
     */
    private static final class Feed implements TemplateData.Components {
        private final Murmur3 hash = new Murmur3();
        private final char[] buffer = new char[8 * 1024];
        private int used;
        private boolean undigestable;

        boolean value(Object value) {
            if (value == null) {
                tag('n');
            } else if (value instanceof String text) {
                tag('s');
                text(text);
            } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                    || value instanceof Enum<?>) {
                tag('v');
                text(value.getClass().getName());
                text(value.toString());
            } else if (value instanceof TemplateHTMLOutputModel html) {
                tag('h');
                try {
                    text(HTMLOutputFormat.INSTANCE.getMarkupString(html));
                } catch (TemplateModelException e) {
                    return false;
                }
            } else if (value instanceof Optional<?> optional) {
                tag('o');
                return value(optional.orElse(null));
            } else if (value instanceof TemplateData data) {
                return record(data);
            } else if (value instanceof Map<?, ?> map) {
                return map(map);
            } else if (value instanceof Collection<?> items) {
                tag('l');
                number(items.size());
                for (Object item : items) {
                    if (!value(item)) {
                        return false;
                    }
                }
            } else {
                return false;
            }
            return true;
        }

        /**
         * A record of template data: its class (two records with equal components are different data if
         * their templates read them differently), then its components as it lists them; their count
         * and names are fixed by the class. The class is fed as its name's hash, four bytes where
         * the name would be eighty (records are most of a page's values; PageRecordsTest checks
         * that no two page records share a hash).
         */
        private boolean record(TemplateData data) {
            tag('r');
            number(data.getClass().getName().hashCode());
            data.components(this);
            return !undigestable;
        }

        @Override
        public TemplateData.Components add(String name, Object component) {
            if (!undigestable && !value(component)) {
                undigestable = true;
            }
            return this;
        }

        private boolean map(Map<?, ?> map) {
            tag('m');
            number(map.size());
            boolean ordered = map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>;
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            if (!ordered) {
                for (Map.Entry<?, ?> entry : entries) {
                    if (!(entry.getKey() instanceof String)) {
                        return false;
                    }
                }
                entries.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
            }
            for (Map.Entry<?, ?> entry : entries) {
                if (!value(entry.getKey()) || !value(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }

        /** The text's UTF-16 code units after their count. */
        void text(String text) {
            int length = text.length();
            number(length);
            for (int done = 0; done < length; ) {
                if (used == buffer.length) {
                    used = hash.blocks(buffer, used);
                }
                int run = Math.min(length - done, buffer.length - used);
                text.getChars(done, done + run, buffer, used);
                used += run;
                done += run;
            }
        }

        private void number(int n) {
            room(2);
            buffer[used++] = (char) (n >>> 16);
            buffer[used++] = (char) n;
        }

        private void tag(char tag) {
            room(1);
            buffer[used++] = tag;
        }

        private void room(int chars) {
            if (used + chars > buffer.length) {
                used = hash.blocks(buffer, used);
            }
        }

        byte[] finish() {
            return hash.finish(buffer, used);
        }
    }
}
