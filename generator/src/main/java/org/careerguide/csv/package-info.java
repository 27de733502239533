/** Roles as a spreadsheet: {@code roles.csv} written by every build, and the CSV import that turns rows into role files. */
package org.careerguide.csv;
