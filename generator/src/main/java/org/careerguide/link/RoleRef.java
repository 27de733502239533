package org.careerguide.link;

import java.util.Optional;
import org.careerguide.model.Role;
import org.careerguide.model.Text;

/** A role named in a progression list, and the role it resolves to, if any. */
public record RoleRef(Text name, Optional<Role> target) {
}
