package org.careerguide.render.page;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hash side of {@link TemplateData}: a key is looked up by walking the record's components (a
 * record has at most a few dozen, and a walk allocates nothing but the lookup) to the position its
 * class lists that name at, and its value is wrapped by the object wrapper of the template being
 * rendered, as a map's value would be.
 */
final class Keys {

    /** For a lookup outside a template (tests); inside one, the configuration's wrapper is used. */
    private static final ObjectWrapper OUTSIDE = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private Keys() {
    }

    /**
     * Where each record class lists each component name: the same for every record of a class, as
     * its components method adds them in declaration order. Comparing positions rather than names
     * takes a template's lookups from a string comparison per component to one map lookup.
     */
    private static final ClassValue<AtomicReference<Map<String, Integer>>> KNOWN = new ClassValue<>() {
        @Override
        protected AtomicReference<Map<String, Integer>> computeValue(Class<?> type) {
            return new AtomicReference<>(); // filled from the first record of the class looked into
        }
    };

    static TemplateModel get(TemplateData data, String key) throws TemplateModelException {
        Integer position = positions(data).get(key);
        if (position == null) {
            return null;
        }
        Lookup lookup = new Lookup(position);
        data.components(lookup);
        return lookup.value == null ? null : wrapper().wrap(lookup.value);
    }

    private static Map<String, Integer> positions(TemplateData data) {
        // A ClassValue, not a map keyed by class: its lookup is a field read, a map's hashes the class.
        AtomicReference<Map<String, Integer>> known = KNOWN.get(data.getClass());
        Map<String, Integer> positions = known.get();
        if (positions == null) {
            Map<String, Integer> listed = new HashMap<>();
            data.components(new TemplateData.Components() {
                private int next;

                @Override
                public TemplateData.Components add(String name, Object value) {
                    listed.putIfAbsent(name, next++);
                    return this;
                }
            });
            positions = Map.copyOf(listed);
            known.set(positions);
        }
        return positions;
    }

    /** The components that are not null, by name, in order. */
    static Map<String, Object> present(TemplateData data) {
        Map<String, Object> present = new LinkedHashMap<>();
        data.components(new TemplateData.Components() {
            @Override
            public TemplateData.Components add(String name, Object value) {
                if (value != null) {
                    present.put(name, value);
                }
                return this;
            }
        });
        return present;
    }

    /** Whether any component is not null ({@code ?has_content}), without collecting them. */
    static boolean anyPresent(TemplateData data) {
        boolean[] found = {false};
        data.components(new TemplateData.Components() {
            @Override
            public TemplateData.Components add(String name, Object value) {
                found[0] |= value != null;
                return this;
            }
        });
        return found[0];
    }

    static TemplateCollectionModel keys(TemplateData data) {
        return new SimpleCollection(new ArrayList<>(present(data).keySet()), wrapper());
    }

    static TemplateCollectionModel values(TemplateData data) {
        return new SimpleCollection(List.copyOf(present(data).values()), wrapper());
    }

    private static ObjectWrapper wrapper() {
        Environment environment = Environment.getCurrentEnvironment();
        return environment == null ? OUTSIDE : environment.getObjectWrapper();
    }

    /** Finds the component at one position. */
    private static final class Lookup implements TemplateData.Components {
        private final int position;
        private int next;
        private Object value;

        Lookup(int position) {
            this.position = position;
        }

        @Override
        public TemplateData.Components add(String name, Object component) {
            if (next++ == position) {
                value = component;
            }
            return this;
        }
    }
}
