/** careerguide: a static site generator for career guides. {@link org.careerguide.Generator} is the entry point. */
package org.careerguide;
