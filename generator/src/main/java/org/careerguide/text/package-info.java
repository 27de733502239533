/** Text helpers every stage shares: slugs from names, the key names are matched by, "did you mean" suggestions. */
package org.careerguide.text;
