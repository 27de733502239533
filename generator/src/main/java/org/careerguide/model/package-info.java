/**
 * The immutable model of a guide project (records and enums, no I/O), and the one mutable thing
 * every stage shares: {@link org.careerguide.model.Problems}, where they report what is wrong.
 */
package org.careerguide.model;
