package org.careerguide.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short values are kept once per load; long ones, and values outside a load, as they are. */
class SharedValuesTest {

    @TempDir
    Path temp;

    @Test
    void keepsTheFirstCopyOfEachShortValue() {
        SharedValues shared = SharedValues.create();
        String first = new String("SQL");
        String second = new String("SQL");
        assertSame(first, shared.of(first));
        assertSame(first, shared.of(second));
        String prose = "x".repeat(SharedValues.MAX_LENGTH + 1);
        String again = new String(prose);
        shared.of(prose);
        assertSame(again, shared.of(again));
        assertEquals(1, shared.size());
    }

    @Test
    void noneSharesNothing() {
        String second = new String("SQL");
        SharedValues.NONE.of("SQL");
        assertSame(second, SharedValues.NONE.of(second));
        assertEquals(0, SharedValues.NONE.size());
    }

    @Test
    void rolesOfOneLoadShareTheirNames() throws Exception {
        Path project = temp.resolve("guide");
        Files.createDirectories(project.resolve("roles"));
        Files.writeString(project.resolve("site.yaml"), "title: Guide\n");
        for (String slug : List.of("analyst", "engineer")) {
            Files.writeString(project.resolve("roles/" + slug + ".yaml"), "title: " + slug + "\nsummary: Works.\n"
                    + "skills: [SQL, Python]\nhiring:\n  employers: [Acme]\n");
        }
        Problems problems = new Problems();
        Guide guide = new ProjectLoader(1 << 20, YamlLimits.DEFAULT, false)
                .load(new ProjectFiles(project, project.toString()), problems).orElseThrow();
        Role analyst = guide.roles().get(0);
        Role engineer = guide.roles().get(1);
        assertEquals("SQL", analyst.skills().get(0).value());
        assertSame(analyst.skills().get(0).value(), engineer.skills().get(0).value());
        assertSame(analyst.hiring().employers().get(0).value(), engineer.hiring().employers().get(0).value());
        assertNotSame(analyst.title().value(), engineer.title().value());
    }
}
