/** Starting points for authors: a new guide project, and a new role file with every section stubbed and explained. */
package org.careerguide.scaffold;
