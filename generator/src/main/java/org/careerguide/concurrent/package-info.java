/** Concurrency helpers shared by the stages and the preview: named daemon threads. */
package org.careerguide.concurrent;
