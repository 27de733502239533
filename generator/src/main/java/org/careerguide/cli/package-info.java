/** The command line: parses arguments into options, calls the library, prints problems, sets the exit code. */
package org.careerguide.cli;
