package org.careerguide.load;

import org.careerguide.model.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML text and where it sits: the file's display path and the number of lines before it
 * (front matter starts after the opening {@code ---}). Turns SnakeYAML's 0-based marks into
 * 1-based file positions.
 */
record YamlSource(String displayPath, int lineOffset) {

    SourcePosition position(Mark mark) {
        if (mark == null) {
            return SourcePosition.ofFile(displayPath);
        }
        return new SourcePosition(displayPath, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    SourcePosition position(Node node) {
        return position(node.getStartMark());
    }

    SourcePosition start() {
        return new SourcePosition(displayPath, 1 + lineOffset, 1);
    }
}
