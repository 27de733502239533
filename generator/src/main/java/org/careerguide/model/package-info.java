/**
 * The immutable model of a guide project (records and enums, no I/O), the limits a run renders
 * under ({@link org.careerguide.model.RenderLimits}, an option of the API), and the one mutable
 * thing every stage shares: {@link org.careerguide.model.Problems}, where they report what is wrong.
 */
package org.careerguide.model;
