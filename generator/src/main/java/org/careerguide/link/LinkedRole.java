package org.careerguide.link;

import java.util.ArrayList;
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

    /**
     * The roles this role's progression leads to: the resolved names of {@code leads_to}, then of
     * {@code transitions}, in the author's order. A role named twice is here twice, and a role
     * naming itself names itself: callers that need distinct others say so.
     */
    public List<Role> progressionTargets() {
        List<Role> targets = new ArrayList<>(leadsTo.size() + transitions.size());
        leadsTo.forEach(ref -> ref.target().ifPresent(targets::add));
        transitions.forEach(ref -> ref.target().ifPresent(targets::add));
        return targets;
    }
}
