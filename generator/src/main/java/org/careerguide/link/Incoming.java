package org.careerguide.link;

import org.careerguide.model.Role;

/**
 * A role whose progression names another one: the reverse of a progression link.
 *
 * @param from    the role that names the other one
 * @param leadsTo true when named under {@code leads_to}, false when only under {@code transitions}
 */
public record Incoming(Role from, boolean leadsTo) {
}
