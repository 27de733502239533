/** Stage 4: writes the site into a temporary folder and swaps it in, only inside the output folder. */
package org.careerguide.write;
