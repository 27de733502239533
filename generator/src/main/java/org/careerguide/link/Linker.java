package org.careerguide.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerguide.text.DidYouMean;
import org.careerguide.model.CheckKind;
import org.careerguide.model.Guide;
import org.careerguide.model.Problems;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/**
 * Stage 2: resolves the role names of progression lists (by title, alias or slug, look-alikes
 * matching), and indexes skills, employers, sectors, families and shared titles. A name that
 * resolves to nothing, or to several roles (a shared alias), stays text and is reported as a
 * warning; two roles claiming one title or slug is an error naming both (see {@link TitleIndex}).
 */
public final class Linker {

    public LinkedGuide link(Guide guide, Problems problems) {
        TitleIndex titles = new TitleIndex(guide.roles(), problems);
        List<LinkedRole> linked = new ArrayList<>();
        Map<String, LinkedRole> bySlug = new LinkedHashMap<>();
        for (Role role : guide.roles()) {
            LinkedRole linkedRole = new LinkedRole(role,
                    resolve(role.progression().leadsTo(), titles, problems),
                    resolve(role.progression().transitions(), titles, problems));
            linked.add(linkedRole);
            bySlug.put(role.slug(), linkedRole);
        }
        return new LinkedGuide(guide, linked, bySlug,
                skills(guide.roles(), new TermNames(guide.catalogues().skills())),
                Taxonomy.of(guide.roles(), role -> role.hiring().employers(),
                        new TermNames(guide.catalogues().employers())),
                Taxonomy.of(guide.roles(), role -> role.hiring().sectors(),
                        new TermNames(guide.catalogues().sectors())),
                Taxonomy.of(guide.roles(), role -> role.family().stream().toList()),
                SharedTitles.of(guide.roles(), titles));
    }

    /** One index of skills: the top skills and the often-missing ones, each term knowing which. */
    private static Taxonomy skills(List<Role> roles, TermNames catalogue) {
        Map<String, Function<Role, Collection<Text>>> lists = new LinkedHashMap<>();
        lists.put(LinkedGuide.TOP_SKILLS, Role::skills);
        lists.put(LinkedGuide.MISSING_SKILLS, role -> role.skillGaps().missing());
        return Taxonomy.of(roles, lists, catalogue);
    }

    private static List<RoleRef> resolve(List<Text> names, TitleIndex titles, Problems problems) {
        List<RoleRef> refs = new ArrayList<>();
        for (Text name : names) {
            List<Role> candidates = titles.find(name.value());
            if (candidates.isEmpty()) {
                problems.warning(name.position(), CheckKind.UNRESOLVED, "no role is named '" + name.value()
                        + "'; it is shown as plain text" + DidYouMean.hint(name.value(), titles.suggestions(),
                        found -> titles.suggestions().get(found).equals(found) ? ""
                                : ", a title of '" + titles.suggestions().get(found) + "'"));
            } else if (candidates.size() > 1) {
                problems.warning(name.position(), CheckKind.AMBIGUOUS, "'" + name.value() + "' is a title of "
                        + candidates.size() + " roles: " + candidates.stream().map(role -> "'" + role.title().value()
                        + "' (" + role.slug() + ")").collect(Collectors.joining(", "))
                        + "; it is shown as plain text: name one of them by its title or slug");
            }
            refs.add(new RoleRef(name, candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty()));
        }
        return refs;
    }
}
