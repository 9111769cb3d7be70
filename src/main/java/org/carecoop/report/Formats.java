package org.carecoop.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import org.carecoop.model.Scenario;

/** Number and month formats shared by the text reports. */
public final class Formats {
    private Formats() {}

    /** The symbol written before money in the scenario's currency. */
    public static String symbol(String currency) {
        return switch (currency) {
            case "GBP" -> "£";
            case "USD" -> "$";
            case "EUR" -> "€";
            default -> currency + " ";
        };
    }

    /** Whole money with thousands separators: £12,345 or -£1,200. */
    public static String money(String currency, double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        String digits = pattern("#,##0").format(Math.abs(value));
        return (value < -0.5 ? "-" : "") + symbol(currency) + digits;
    }

    /** Money to the penny: £24.10. */
    public static String pence(String currency, double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return (value < -0.005 ? "-" : "") + symbol(currency) + pattern("#,##0.00").format(Math.abs(value));
    }

    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? pattern("0.0").format(fraction * 100) + "%" : "n/a";
    }

    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** A month index as YYYY-MM, or "never" for -1. */
    public static String month(Scenario scenario, int index) {
        return index < 0 ? "never" : scenario.month(index).toString();
    }

    /** A plan year as "2027-28" when it starts in April, else "2027-07 to 2028-06". */
    public static String planYear(YearMonth from) {
        YearMonth to = from.plusMonths(11);
        return from.getMonthValue() == 4 ? from.getYear() + "-" + String.format(Locale.ROOT, "%02d", to.getYear() % 100)
                : from + " to " + to;
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    }
}
