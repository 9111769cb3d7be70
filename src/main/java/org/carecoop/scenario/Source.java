package org.carecoop.scenario;

/**
 * Where a value was written: a file with its line and column (both from 1), or a command-line
 * override such as {@code --set}.
 */
public record Source(String file, int line, int column) {
    public Source {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a source needs a file or origin name");
        }
    }

    /** A value that came from the command line rather than a file. */
    public static Source commandLine(String origin) {
        return new Source(origin, 0, 0);
    }

    public boolean inFile() {
        return line > 0;
    }

    @Override
    public String toString() {
        return inFile() ? file + ":" + line + ":" + column : file;
    }
}
