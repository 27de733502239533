/** Stage 1: reads a guide project folder into the immutable model, with a position for every value. */
package org.careerguide.load;
