/** Starting points for authors: a new role file with every section stubbed and explained. */
package org.careerguide.scaffold;
