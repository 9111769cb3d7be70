package org.carecoop.scenario;

/**
 * One thing wrong with a scenario, printed as {@code FILE:LINE:COLUMN: path: what is wrong (expected)}.
 *
 * @param source   where the offending value (or its parent object) was written
 * @param path     the parameter path, for example {@code clients[council].fee_per_hour}; empty for the whole file
 * @param message  what is wrong, in the user's words
 * @param expected what would be right, or empty
 */
public record Problem(Source source, String path, String message, String expected) {
    public Problem {
        if (source == null || message == null) {
            throw new IllegalArgumentException("a problem needs a source and a message");
        }
        path = path == null ? "" : path;
        expected = expected == null ? "" : expected;
    }

    public String format() {
        StringBuilder line = new StringBuilder(source.toString()).append(": ");
        if (!path.isEmpty()) {
            line.append(path).append(": ");
        }
        line.append(message);
        if (!expected.isEmpty()) {
            line.append(" (").append(expected).append(')');
        }
        // one problem, one line: a quoted value may hold line breaks (a block scalar, a bad quote)
        return line.toString().replace("\r", "\\r").replace("\n", "\\n");
    }
}
