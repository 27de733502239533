package org.careerguide.testing;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A guide project of any number of full roles, written by the test itself (no Python needed):
 * the shape of the benchmark corpora (responsibilities, a shared skill pool, progression that
 * resolves and never loops, skill gaps with a narrative, salaries, employers, next steps), enough
 * for a build to spend seconds rendering and writing.
 */
public final class GeneratedGuide {

    private static final String[] AREAS = {"Cloud", "Data", "Security", "Platform", "Mobile", "Web", "Network",
        "Quality", "Release", "Research", "Support", "Finance"};
    private static final String[] RANKS = {"Associate", "Engineer", "Specialist", "Lead", "Architect",
        "Manager", "Director"};
    private static final int SKILLS = 60;

    /** Roles enough that a build writes for a while after its temporary folder appears. */
    public static final int BIG = 200;

    private GeneratedGuide() {
    }

    /** A guide of {@link #BIG} roles in {@code dir}/big: what the fault tests stop mid-write. */
    public static Path big(Path dir) {
        return write(dir.resolve("big"), "Big Guide", BIG);
    }

    /** Writes {@code site.yaml} (with {@code title}) and {@code roles} role files into {@code project}. */
    public static Path write(Path project, String title, int roles) {
        TestSites.write(project.resolve("site.yaml"), "title: \"" + title + "\"\nbase_url: \"https://example.org/\"\n"
                + "language: en\n");
        for (int i = 0; i < roles; i++) {
            TestSites.write(project.resolve("roles/" + slug(i) + ".yaml"), role(i, roles));
        }
        return project;
    }

    /** The title of role {@code i}, e.g. {@code Cloud Associate 1}. */
    public static String title(int i) {
        return AREAS[i % AREAS.length] + " " + RANKS[(i / AREAS.length) % RANKS.length] + " "
                + (i / (AREAS.length * RANKS.length) + 1);
    }

    /** The slug of role {@code i}, e.g. {@code cloud-associate-1}. */
    public static String slug(int i) {
        return title(i).toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String role(int i, int roles) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("title: ").append(title(i)).append('\n')
                .append("summary: A ").append(title(i)).append(" keeps the ").append(AREAS[i % AREAS.length])
                .append(" work of the organisation moving, from planning to delivery and review.\n")
                .append("family: ").append(AREAS[i % AREAS.length]).append('\n')
                .append("responsibilities:\n");
        for (int r = 0; r < 8; r++) {
            yaml.append("  - Plan, deliver and review piece ").append(r + 1).append(" of the ")
                    .append(AREAS[(i + r) % AREAS.length]).append(" roadmap with the teams involved\n");
        }
        yaml.append("skills:\n");
        for (int k = 0; k < 12; k++) {
            yaml.append("  - ").append(skill(i * 7 + k * 5)).append('\n');
        }
        // Progression only ever leads to later roles, so the guide has no cycles; the last role
        // names the first as a transition, so no role is an orphan.
        yaml.append("progression:\n");
        if (i + 1 < roles) {
            yaml.append("  leads_to:\n    - ").append(title(i + 1)).append('\n');
            if (i + 2 < roles) {
                yaml.append("    - ").append(title(i + 2)).append('\n');
            }
        } else {
            yaml.append("  transitions:\n    - ").append(title(0)).append('\n');
        }
        yaml.append("skill_gaps:\n  missing:\n    - ").append(skill(i * 7 + 1)).append("\n    - ")
                .append(skill(i * 7 + 2)).append('\n')
                .append("  suggestions: |\n    Take on a project that needs **").append(skill(i * 7 + 1))
                .append("**, and ask for a review.\n\n    - pair with a colleague\n    - read the team's runbooks\n")
                .append("salary:\n  currency: USD\n  levels:\n");
        int base = 40000 + (i % 50) * 1000;
        yaml.append("    - { level: Entry, min: ").append(base).append(", max: ").append(base + 15000).append(" }\n")
                .append("    - { level: Senior, min: ").append(base + 20000).append(", max: ").append(base + 45000)
                .append(" }\n  trend: Demand grows with the move to ").append(AREAS[(i + 3) % AREAS.length])
                .append(" services.\n")
                .append("hiring:\n  employers: [Acme, Globex, Initech, Umbrella]\n  sectors: [Technology, Retail]\n")
                .append("next_steps:\n  - Lead a small project end to end\n  - Mentor a new colleague\n");
        return yaml.toString();
    }

    private static String skill(int n) {
        int k = Math.floorMod(n, SKILLS);
        return AREAS[k % AREAS.length] + " Skill " + (k / AREAS.length + 1);
    }
}
