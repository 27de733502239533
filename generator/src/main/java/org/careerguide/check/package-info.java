/** Checks over a rendered site: every internal link, asset and #anchor must point at something that exists. */
package org.careerguide.check;
