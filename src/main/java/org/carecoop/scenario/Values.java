package org.carecoop.scenario;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns scalars as written into numbers, percentages, months and words. Each conversion either
 * returns a value or throws {@link Invalid} with what is wrong and what is expected, which the
 * binder turns into a located {@link Problem}.
 */
public final class Values {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final String CURRENCY_SIGNS = "£$€¥";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Values() {}

    /** A value that could not be converted: what is wrong and what is expected. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String expected;

        public Invalid(String message, String expected) {
            super(message, null, false, false);
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    public static double number(Node.Scalar scalar) throws Invalid {
        String text = scalar.text().trim();
        if (NOT_FINITE.matcher(text).matches()) {
            throw new Invalid("'" + text + "' is not a finite number", "a plain number such as 24.10");
        }
        if (scalar.isNumber()) {
            return parse(text);
        }
        if (scalar.type() == Node.Scalar.Type.TEXT) {
            if (PLAIN_NUMBER.matcher(text).matches()) {
                // a quoted number ("24.10", as spreadsheet exports write it) is the same number, as a
                // quoted percentage is the same percentage
                return parse(text);
            }
            if (!text.isEmpty() && CURRENCY_SIGNS.indexOf(text.charAt(0)) >= 0) {
                throw new Invalid("'" + text + "' has a currency sign",
                        "a plain number without the sign: " + text.substring(1).trim());
            }
            if (THOUSANDS.matcher(text).matches()) {
                throw new Invalid("'" + text + "' has thousands separators",
                        "a plain number without commas: " + text.replace(",", ""));
            }
            if (text.endsWith("%")) {
                throw new Invalid("'" + text + "' is a percentage, but this is not a percentage field",
                        "a plain number");
            }
            if (text.matches("[-+]?\\d+,\\d+")) {
                throw new Invalid("'" + text + "' uses a decimal comma", "a decimal point: " + text.replace(',', '.'));
            }
        }
        throw new Invalid("expected a number, found " + scalar.describe(), "a plain number such as 24.10");
    }

    /**
     * A percentage as a fraction: {@code 12.07%} is 0.1207; a bare number up to 1 is taken as a
     * fraction already; a bare number above 1 is refused, since 5 could mean 5% or 500%.
     */
    public static double percent(Node.Scalar scalar) throws Invalid {
        String text = scalar.text().trim();
        if (scalar.type() == Node.Scalar.Type.TEXT && text.endsWith("%")) {
            String digits = text.substring(0, text.length() - 1).trim();
            Node.Scalar inner = new Node.Scalar(digits, digits.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)")
                    ? Node.Scalar.Type.DECIMAL : Node.Scalar.Type.TEXT, scalar.source());
            try {
                return number(inner) / 100.0;
            } catch (Invalid e) {
                throw new Invalid("'" + text + "' is not a percentage", "a percentage such as 12.07%");
            }
        }
        double value;
        try {
            value = number(scalar);
        } catch (Invalid e) {
            throw new Invalid(e.getMessage(), "a percentage such as 12.07%");
        }
        if (Math.abs(value) > 1) {
            throw new Invalid(format(value, false) + " is above 1 in a percentage field",
                    "write " + format(value, false) + "% for a percentage, or a fraction up to 1");
        }
        return value;
    }

    public static int wholeNumber(Node.Scalar scalar) throws Invalid {
        double value = number(scalar);
        if (value != Math.rint(value)) {
            throw new Invalid(format(value, false) + " is not a whole number", "a whole number");
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw new Invalid(format(value, false) + " is too large for a whole number here",
                    "a whole number up to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    public static boolean bool(Node.Scalar scalar) throws Invalid {
        if (scalar.type() == Node.Scalar.Type.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT));
        }
        throw new Invalid("expected true or false, found " + scalar.describe(), "true or false");
    }

    public static YearMonth month(Node.Scalar scalar) throws Invalid {
        String text = scalar.text().trim();
        Matcher m = MONTH.matcher(text);
        if (scalar.type() != Node.Scalar.Type.TEXT || !m.matches()) {
            throw new Invalid("expected a month, found " + scalar.describe(), "a month written YYYY-MM, such as 2027-04");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new Invalid("there is no month " + month + " in '" + text + "'", "a month from 01 to 12");
        }
        if (year < 1990 || year > 2200) {
            throw new Invalid("the year " + year + " is out of range", "a year from 1990 to 2200");
        }
        return YearMonth.of(year, month);
    }

    public static String text(Node.Scalar scalar) throws Invalid {
        if (scalar.type() == Node.Scalar.Type.NULL) {
            throw new Invalid("is empty", "some text");
        }
        return scalar.text();
    }

    /** A number as a user would write it: no trailing zeros, no exponent; a fraction as a percentage. */
    public static String format(double value, boolean percent) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        double shown = percent ? value * 100 : value;
        String text = new BigDecimal(Double.toString(shown)).setScale(6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
        return percent ? text + "%" : text;
    }

    /** Money as written in a scenario: whole amounts bare, others with two decimals (24.10). */
    public static String money(double value) {
        String plain = format(Math.round(value * 100) / 100.0, false);
        return plain.contains(".") && plain.length() - plain.indexOf('.') == 2 ? plain + "0" : plain;
    }

    /**
     * The largest figure a plan may hold, in either direction. A care provider's sums are far below it; a
     * value above it is a slip (1e30 for 130, digits pasted twice), and would otherwise reach the model as
     * an overflow and come out as "n/a" rather than as the mistake it is.
     */
    static final double MAX_MAGNITUDE = 1e12;

    private static double parse(String text) throws Invalid {
        double value = parseAny(text);
        if (Math.abs(value) >= MAX_MAGNITUDE) {
            throw new Invalid("'" + text + "' is too large for a figure in a plan",
                    "a number below 1,000,000,000,000");
        }
        return value;
    }

    private static double parseAny(String text) throws Invalid {
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (!Double.isFinite(value)) {
                throw new Invalid("'" + text + "' is not a finite number", "a plain number such as 24.10");
            }
            return value;
        } catch (NumberFormatException e) {
            if (text.matches("[-+]?0[oOxX][0-9a-fA-F]+")) {
                try {
                    return Long.decode(text.replace("0o", "0").replace("0O", "0"));
                } catch (NumberFormatException ignored) {
                    // fall through to the message below
                }
            }
            throw new Invalid("'" + text + "' is not a number", "a plain number such as 24.10");
        }
    }
}
