package org.carecoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so a progress bar goes to a person watching and never into a pipe, a
 * log file or a test's captured output. Asked once, in {@link CarecoopCommand#main}; everything else is told.
 */
final class Terminal {
    /** Where Linux shows what the process's standard error (file descriptor 2) is connected to. */
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {}

    /**
     * True when standard error is a terminal. On Linux, from what file descriptor 2 is connected to; elsewhere
     * Java can only tell whether standard input and output are both a terminal, which stands in for it.
     */
    static boolean stderr() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * True for a terminal device's name ({@code /dev/pts/3}, {@code /dev/tty1}, {@code /dev/console}); false for
     * a pipe ({@code pipe:[12345]}), a socket, a file or {@code /dev/null}.
     */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
