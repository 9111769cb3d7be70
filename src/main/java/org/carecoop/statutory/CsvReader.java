package org.carecoop.statutory;

import java.util.ArrayList;
import java.util.List;

/**
 * A small reader for comma-separated text with RFC 4180 quoting: a field in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""} for one {@code "}). Lines starting with
 * {@code #} and blank lines between records are skipped, so the data file can explain itself.
 * Fields are returned exactly as written (no trimming); the caller decides what blanks mean.
 *
 * <p>Written here rather than taken from a library because the statutory package imports nothing
 * outside the JDK.
 */
final class CsvReader {

    /** A record with the line it starts on, so problems can be reported where the user can find them. */
    record Row(int line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }
    }

    /** Malformed quoting, with the line it was found on. */
    static final class CsvFormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        CsvFormatException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvReader() {}

    /**
     * Splits text into records.
     *
     * @throws CsvFormatException on a quote left open, text after a closing quote, or a quote inside
     *     an unquoted field
     */
    static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            // At the start of a record: skip comment lines and blank lines.
            char first = s.charAt(i);
            if (first == '#' || first == '\n' || first == '\r') {
                while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
                i = skipLineBreak(s, i);
                line++;
                continue;
            }
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean recordDone = false;
            while (!recordDone) {
                if (i < n && s.charAt(i) == '"') {
                    // Quoted field: runs to the next quote not followed by another quote.
                    int fieldLine = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    if (!closed) {
                        throw new CsvFormatException(fieldLine, "a quoted field is never closed (missing \")");
                    }
                    if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        throw new CsvFormatException(line,
                                "unexpected text after a closing quote; put the whole field in quotes");
                    }
                } else {
                    while (i < n) {
                        char c = s.charAt(i);
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == '"') {
                            throw new CsvFormatException(line,
                                    "a quote inside an unquoted field; quote the whole field and double the inner quote");
                        }
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && s.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < n) {
                        i = skipLineBreak(s, i);
                        line++;
                    }
                    recordDone = true;
                }
            }
            rows.add(new Row(recordLine, fields));
        }
        return rows;
    }

    /** Steps over one line break (LF, CRLF or a lone CR) at {@code i}. */
    private static int skipLineBreak(String s, int i) {
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return i;
    }
}
