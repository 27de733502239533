package org.careerguide.write;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * The first file of a build that could not be written (disk full, quota, permissions, ...). The
 * output stops there: every later write is refused without touching the disk, so a full disk is
 * one problem, not one per page.
 */
public final class WriteFailedException extends IOException {

    private final String path;

    WriteFailedException(String path, IOException cause) {
        super("cannot write " + path + ": " + reason(cause), cause);
        this.path = path;
    }

    /** The file that failed, relative to the output folder. */
    public String path() {
        return path;
    }

    /** What the system said, without the absolute path of the temporary folder it usually repeats. */
    public String reason() {
        return reason((IOException) getCause());
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fse) {
            if (fse.getReason() != null) {
                return fse.getReason();
            }
            // AccessDeniedException -> "access denied"
            String kind = fse.getClass().getSimpleName().replaceFirst("Exception$", "");
            return kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof FileNotFoundException && message.endsWith(")") && message.contains(" (")) {
            // "/tmp/.site.tmp-1-2/roles/x/index.html (No space left on device)"
            return message.substring(message.lastIndexOf(" (") + 2, message.length() - 1);
        }
        return message;
    }
}
