package org.carecoop.analysis.charter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers in the checklist's sentences, as a person writes them: 2.41, 3,210, 11.7. */
final class Wording {
    private Wording() {}

    /** Money per hour or per mile: two decimals. */
    static String pence(double value) {
        return format(value, "#,##0.00");
    }

    /** Money over a year: whole units with thousands separators. */
    static String money(double value) {
        return format(value, "#,##0");
    }

    static String number(double value, int decimals) {
        return format(value, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }

    /** Hours as a person writes them: 16, 0.5, 7.25 (at most two decimals, none when whole). */
    static String hours(double value) {
        return format(value, "#,##0.##");
    }

    /** "1 hour", "16 hours", "0.5 hours". */
    static String hoursWord(double value) {
        return hours(value) + (Math.abs(value - 1) < 1e-9 ? " hour" : " hours");
    }

    /** A value to write into a scenario: up to six decimals, no trailing zeros, no separators. */
    static String plain(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String format(double value, String pattern) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        String shown = f.format(value);
        return shown.matches("-0(\\.0*)?") ? shown.substring(1) : shown;
    }
}
