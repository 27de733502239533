package org.careerguide.scaffold;

/** Why a new file was not written (bad title, existing file, not a guide project); nothing was written. */
public final class ScaffoldException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
