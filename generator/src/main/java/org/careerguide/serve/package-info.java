/**
 * The live preview: builds the site into memory, serves it on 127.0.0.1, watches the guide project
 * and re-renders only the pages an edit affects, and tells open browsers to reload (server-sent
 * events). A failed rebuild keeps the last good site and shows the error over it.
 */
package org.careerguide.serve;
