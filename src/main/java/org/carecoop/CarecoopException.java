package org.carecoop;

import java.util.List;

/**
 * The one exception type for problems the user can fix: a bad scenario, a bad option, an impossible
 * request. The command line maps it to exit code 2 and prints its lines without a stack trace; any
 * other exception is a bug in carecoop (exit code 1).
 */
public class CarecoopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CarecoopException(String message) {
        super(message);
    }

    /** The lines to print, one problem each. */
    public List<String> lines() {
        return List.of(getMessage());
    }
}
