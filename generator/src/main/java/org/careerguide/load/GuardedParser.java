package org.careerguide.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Sits between SnakeYAML's parser and composer and refuses, with the exact position, what a
 * content file never needs: tags other than the core ones, aliases of lists and mappings (alias
 * bombs and self-referencing structures) and deep nesting. SnakeYAML's own limits stop these too,
 * but without a line and column.
 */
final class GuardedParser implements Parser {

    private static final Set<String> CORE_TAGS = Set.of(
            "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");

    private final Parser delegate;
    private final int maxDepth;
    private final Map<String, Boolean> anchorIsCollection = new HashMap<>();
    private int depth;

    GuardedParser(Parser delegate, int maxDepth) {
        this.delegate = delegate;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        inspect(delegate.peekEvent());
        return delegate.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        Event event = delegate.peekEvent();
        inspect(event);
        return event;
    }

    @Override
    public Event getEvent() {
        Event event = delegate.getEvent();
        inspect(event);
        track(event);
        return event;
    }

    private void inspect(Event event) {
        if (event instanceof AliasEvent alias) {
            if (Boolean.TRUE.equals(anchorIsCollection.get(alias.getAnchor()))) {
                throw new Violation(alias.getStartMark(), "alias '*" + alias.getAnchor()
                        + "' repeats a list or mapping; aliases are allowed for plain values only");
            }
            return;
        }
        String tag = tagOf(event);
        if (tag != null && !CORE_TAGS.contains(tag)) {
            throw new Violation(event.getStartMark(), "tag '" + shortTag(tag)
                    + "' is not allowed; write the value without a tag");
        }
    }

    private void track(Event event) {
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
        }
        if (event instanceof CollectionStartEvent) {
            depth++;
            if (depth > maxDepth) {
                throw new Violation(event.getStartMark(),
                        "nested more than " + maxDepth + " levels deep");
            }
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        }
    }

    private static String tagOf(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        if (event instanceof CollectionStartEvent collection) {
            return collection.getTag();
        }
        return null;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
    }

    /** A refusal with the position of the offending event. */
    static final class Violation extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        Violation(Mark mark, String problem) {
            super(null, null, problem, mark);
        }
    }
}
