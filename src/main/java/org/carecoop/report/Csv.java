package org.carecoop.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV text (RFC 4180). A text cell that a spreadsheet would run as a formula is prefixed with an
 * apostrophe, as the OWASP guidance on CSV injection advises: one starting with =, +, - or @, or with a
 * tab or carriage return (which some spreadsheets skip before reading the rest as a formula). A plain
 * number keeps its sign: -1234.50 stays a number.
 */
public final class Csv {
    /** The characters a formula can start with, after the OWASP CSV injection guidance. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A number as the reports write it: an optional sign, digits, a decimal point, an exponent, a percent sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?%?");

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
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
