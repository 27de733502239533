/**
 * The pipeline's internal half between planning and output: the planned site every mode renders from
 * and the preview server's in-memory mode. Not exported: what it hands around is made of the stages'
 * own types (theme, page specs, generated files).
 */
package org.careerguide.pipeline;
