/** Stage 2: resolves references between roles and builds the indexes of skills, employers, sectors and families. */
package org.careerguide.link;
