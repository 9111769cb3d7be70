package org.carecoop.report;

import java.util.List;

/**
 * CSV text (RFC 4180). Cells from user input that a spreadsheet would run as a formula (starting
 * with =, +, -, @) are prefixed with an apostrophe, unless they are plain numbers.
 */
public final class Csv {
    private Csv() {}

    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("[-+]?\\d*\\.?\\d+(E[-+]?\\d+)?%?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
