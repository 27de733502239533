package org.careerguide.load;

/**
 * Bounds on what one YAML document may contain. Role files are shallow; these stop hostile or
 * broken input long before it costs memory or stack.
 *
 * @param maxDepth   deepest nesting of lists and mappings
 * @param maxCodePoints size of one document, in code points
 */
public record YamlLimits(int maxDepth, int maxCodePoints) {

    public static final YamlLimits DEFAULT = new YamlLimits(20, 1 << 20);
}
