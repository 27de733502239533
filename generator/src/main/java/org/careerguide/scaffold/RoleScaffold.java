package org.careerguide.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.careerguide.bundled.BundledText;
import org.careerguide.load.ProjectLoader;
import org.careerguide.text.Slugs;

/**
 * Writes {@code roles/<slug>.yaml} for a new role: valid as it is (it builds, and the page shows
 * the title and the summary to replace), every other section present as an empty list or a
 * commented example, and a {@code yaml-language-server} comment pointing editors at the JSON
 * Schema. Never overwrites: an existing role file is an error. The text lives in the resource
 * {@code careerguide/scaffold/role.yaml}.
 */
public final class RoleScaffold {

    /**
     * Where editors find the schema, relative to the role file: the copy every build writes into
     * the site ({@code target/site/schema/role.schema.json}). Relative, so that it works offline
     * and in any guide project, without depending on where (or whether) the site is published.
     */
    public static final String SCHEMA = "../target/site/schema/role.schema.json";

    private static final String TEMPLATE = "/careerguide/scaffold/role.yaml";

    /** A scaffold; it keeps no state. */
    public RoleScaffold() {
    }

    /** Creates the role file for {@code title} in the guide project; returns the file written. */
    public Path create(Path projectDir, String title, LocalDate today) throws ScaffoldException, IOException {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new ScaffoldException("the new role needs a title, e.g. \"Cloud Architect\"");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new ScaffoldException("the title must be one line of text");
        }
        if (!Files.isRegularFile(projectDir.resolve(ProjectLoader.SITE_FILE))) {
            throw new ScaffoldException(projectDir + " is not a guide project: it has no "
                    + ProjectLoader.SITE_FILE);
        }
        String slug = Slugs.of(name);
        Optional<String> invalid = Slugs.problem(slug);
        if (invalid.isPresent()) {
            throw new ScaffoldException("cannot name a file after \"" + name + "\": " + invalid.get());
        }
        Path file = projectDir.resolve(ProjectLoader.ROLES).resolve(slug + ".yaml");
        String text = BundledText.read(TEMPLATE)
                .replace("{{schema}}", SCHEMA)
                .replace("{{name}}", name)
                .replace("{{slug}}", slug)
                .replace("{{title}}", quoted(name))
                .replace("{{date}}", today.toString());
        NewFile.write(file, text, "edit it, or choose another title");
        return file;
    }

    /** A YAML double-quoted scalar: safe for titles with colons, hashes or quotes. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
