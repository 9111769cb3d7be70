package org.carecoop.statutory;

import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK tax year, named by the calendar year it starts in ({@code 2025} is "2025-26").
 *
 * <p>The model runs in whole months, so a tax year here is April to March: National Living Wage
 * changes on 1 April and employer National Insurance on 6 April, and both are taken to apply from
 * the April month.
 *
 * @param startYear the calendar year in which the tax year's April falls
 */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Guards against typos such as 225 or 20255 that would otherwise slip through as "valid" years. */
    public TaxYear {
        if (startYear < 1900 || startYear > 2998) {
            throw new IllegalArgumentException("tax year must start between 1900 and 2998, got " + startYear);
        }
    }

    /**
     * Parses a label such as {@code "2025-26"}.
     *
     * @throws IllegalArgumentException if the text is not of that form or the second part does not
     *     follow the first (e.g. "2025-27")
     */
    public static TaxYear of(String label) {
        if (label == null) {
            throw new IllegalArgumentException("tax year label is missing; expected a label like 2025-26");
        }
        Matcher m = LABEL.matcher(label.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + label + "' is not a tax year; expected a label like 2025-26");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("'" + label + "' is not a tax year: the year starting in "
                    + start + " is " + new TaxYear(start).label());
        }
        return new TaxYear(start);
    }

    /** The tax year a month falls in: April starts the year, so 2026-03 is in 2025-26 and 2026-04 in 2026-27. */
    public static TaxYear containing(YearMonth month) {
        if (month == null) {
            throw new IllegalArgumentException("month is missing");
        }
        int year = month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
        return new TaxYear(year);
    }

    /** The label as written in files and reports, e.g. {@code "2025-26"}. */
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    /** April of the start year: the first model month that uses this year's figures. */
    public YearMonth firstMonth() {
        return YearMonth.of(startYear, Month.APRIL);
    }

    /** March of the following year: the last model month of this tax year. */
    public YearMonth lastMonth() {
        return YearMonth.of(startYear + 1, Month.MARCH);
    }

    /** Whether the month falls in this tax year. */
    public boolean contains(YearMonth month) {
        return containing(month).equals(this);
    }

    /** The tax year after this one. */
    public TaxYear next() {
        return new TaxYear(startYear + 1);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** The label, so messages read "2025-26" rather than "TaxYear[startYear=2025]". */
    @Override
    public String toString() {
        return label();
    }
}
