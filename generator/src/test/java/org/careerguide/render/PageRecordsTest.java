package org.careerguide.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careerguide.render.page.FreePage;
import org.careerguide.render.page.TemplateData;
import org.careerguide.render.page.TermLink;
import org.junit.jupiter.api.Test;

/**
 * The page records (package {@code render.page}) list their own components for the digest of
 * incremental builds: a component left out would let a page whose data changed be carried over
 * stale. This reads every record of the package by reflection (the digest itself does not) and
 * checks that each hands on all its components, in order, under their own names (the keys templates
 * use).
 */
class PageRecordsTest {

    @Test
    void everyPageRecordHandsOnEveryComponentInOrder() throws Exception {
        List<Class<?>> records = pageRecords();
        assertTrue(records.size() >= 8, "found the records: " + records);
        for (Class<?> type : records) {
            assertTrue(TemplateData.class.isAssignableFrom(type), type + " is template data");
            Object sample = sample(type, 1);
            List<Object> fed = new ArrayList<>();
            ((TemplateData) sample).components(new TemplateData.Components() {
                @Override
                public TemplateData.Components add(String name, Object value) {
                    fed.add(name + "=" + value);
                    return this;
                }
            });
            List<Object> expected = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                expected.add(component.getName() + "=" + component.getAccessor().invoke(sample));
            }
            assertEquals(expected, fed, type.getName());
        }
    }

    /** The digest feeds a record's class as its name's hash: no two page records may share one. */
    @Test
    void noTwoPageRecordsShareTheHashOfTheirName() throws Exception {
        List<Class<?>> records = pageRecords();
        assertEquals(records.size(), records.stream().map(type -> type.getName().hashCode()).distinct().count());
    }

    /** As a hash, a record is the map it replaced: a null component is no key. */
    @Test
    void aRecordIsAHashOfItsComponentsThatAreNotNull() throws Exception {
        TermLink term = new TermLink("SQL", null, "../skills/sql/");
        assertEquals(2, term.size());
        assertEquals("SQL", ((TemplateScalarModel) term.get("name")).getAsString());
        assertEquals(null, term.get("slug"), "null: absent");
        assertEquals(null, term.get("nmae"), "no such key: absent (TemplateContractTest reports it)");
        List<String> keys = new ArrayList<>();
        TemplateModelIterator names = term.keys().iterator();
        while (names.hasNext()) {
            keys.add(((TemplateScalarModel) names.next()).getAsString());
        }
        assertEquals(List.of("name", "url"), keys);
        assertTrue(new TermLink(null, null, null).isEmpty());
        assertFalse(term.isEmpty());
    }

    private static List<Class<?>> pageRecords() throws URISyntaxException, java.io.IOException,
            ClassNotFoundException {
        Path classes = Path.of(FreePage.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/careerguide/render/page");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    Class<?> type = Class.forName("org.careerguide.render.page." + name.replace(".class", ""));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    /** An instance whose components are all different from each other (numbered from {@code n}). */
    private static Object sample(Class<?> type, int n) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(types[i], n * 100 + i);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, int n) throws ReflectiveOperationException {
        if (type == String.class || type == Object.class) {
            return "c" + n;
        } else if (type == int.class || type == Integer.class) {
            return n;
        } else if (type == long.class || type == Long.class) {
            return (long) n;
        } else if (type == boolean.class || type == Boolean.class) {
            return n % 2 == 0;
        } else if (type == List.class) {
            return List.of("c" + n);
        } else if (type == TemplateHTMLOutputModel.class) {
            return Html.of("<b>" + n + "</b>");
        } else if (type.isRecord() && n < 10_000) {
            return sample(type, n);
        }
        return null;
    }
}
