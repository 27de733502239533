/**
 * What the jar ships besides code, read from its resources: fixed texts (file stubs, preview
 * markup) and the versions this build was released with. Internal: not exported by the module.
 */
package org.careerguide.bundled;
