package org.careerguide.render;

import java.util.HashMap;
import java.util.Map;

/** Small builder for template data maps; null values are left out so templates can test with {@code ??}. */
final class ModelMaps {

    private final Map<String, Object> map = new HashMap<>();

    static ModelMaps map() {
        return new ModelMaps();
    }

    ModelMaps put(String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Map<String, Object> build() {
        return map;
    }
}
