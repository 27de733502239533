/** Stage 3: plans the pages of the site and renders them with the theme, from plain template data. */
package org.careerguide.render;
