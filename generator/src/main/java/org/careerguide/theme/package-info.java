/** Theme lookup (project templates, site theme, embedded default) and the hardened Freemarker configuration. */
package org.careerguide.theme;
