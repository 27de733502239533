package org.careerguide.load;

import java.util.Optional;
import org.careerguide.model.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes one YAML document to SnakeYAML nodes, safely. No Java object is ever constructed from
 * YAML (not even through SafeConstructor): the nodes are bound to the model by our own binders, so
 * YAML 1.1 implicit typing cannot change what authors wrote. Tags, collection aliases, nesting
 * and size are bounded by {@link GuardedParser} and {@link LoaderOptions}.
 */
final class YamlComposer {

    private final YamlLimits limits;

    YamlComposer(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * The document's root node; empty after reporting the errors, or {@code emptyMessage} when the
     * text holds no document (nothing, or only comments).
     */
    Optional<Node> compose(String text, YamlSource source, Problems problems, String emptyMessage) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit(limits.maxCodePoints());
        try {
            ParserImpl parser = new ParserImpl(new StreamReader(text), options);
            Composer composer = new Composer(new GuardedParser(parser, limits.maxDepth()), new Resolver(), options);
            Node root = composer.getSingleNode();
            if (root == null) {
                problems.error(source.start(), emptyMessage);
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            problems.error(source.position(e.getProblemMark()), YamlMessages.describe(e, source));
        } catch (YAMLException e) {
            problems.error(source.start(), YamlMessages.clean(e.getMessage()));
        } catch (StackOverflowError e) {
            problems.error(source.start(), "YAML is nested too deeply to read");
        }
        return Optional.empty();
    }
}
