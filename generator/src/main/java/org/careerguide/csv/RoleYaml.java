package org.careerguide.csv;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a role's keys as a role file an author would write: block style, multi-line Markdown as
 * literal blocks, numbers and dates plain and exactly as given (110000, 16.90, 2026-11-26).
 */
final class RoleYaml {

    private static final Resolver RESOLVER = new Resolver();

    /** A value written as it is, unquoted: a number, a year or a date, checked before it gets here. */
    record Plain(String text) {

        /** The tag YAML reads the text as, so that it is written without quotes. */
        Tag tag() {
            return RESOLVER.resolve(NodeId.scalar, text, true);
        }
    }

    private RoleYaml() {
    }

    static String dump(Map<String, Object> role) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new RoleRepresenter(options), options).dump(role);
    }

    private static final class RoleRepresenter extends Representer {
        RoleRepresenter(DumperOptions options) {
            super(options);
            Represent strings = this.representers.get(String.class);
            this.representers.put(String.class, data -> ((String) data).contains("\n")
                    ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.LITERAL)
                    : strings.representData(data));
            this.representers.put(Plain.class, data -> representScalar(((Plain) data).tag(), ((Plain) data).text(),
                    DumperOptions.ScalarStyle.PLAIN));
        }
    }
}
