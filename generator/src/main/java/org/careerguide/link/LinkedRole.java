package org.careerguide.link;

import java.util.List;
import org.careerguide.model.Role;

/** A role with its progression names resolved to roles of the guide. */
public record LinkedRole(Role role, List<RoleRef> leadsTo, List<RoleRef> transitions) {

    public LinkedRole {
        leadsTo = List.copyOf(leadsTo);
        transitions = List.copyOf(transitions);
    }

    public String slug() {
        return role.slug();
    }
}
