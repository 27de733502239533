/** The immutable model of a guide project: records only, no I/O. */
package org.careerguide.model;
