package org.carecoop.statutory;

import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tax year: a UK one, April to March, named by the calendar year it starts in ({@code 2025} is
 * "2025-26"), or a calendar year, January to December, as in the United States ("2026").
 *
 * <p>The model runs in whole months, so a UK tax year here is April to March: National Living Wage
 * changes on 1 April and employer National Insurance on 6 April, and both are taken to apply from
 * the April month. A calendar year's figures apply from its January month.
 *
 * @param startYear the calendar year in which the tax year's first month falls
 * @param startMonth the first month of the year: {@link Month#APRIL} (UK) or {@link Month#JANUARY}
 *     (calendar year)
 */
public record TaxYear(int startYear, Month startMonth) implements Comparable<TaxYear> {

    private static final Pattern SPLIT_LABEL = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern CALENDAR_LABEL = Pattern.compile("\\d{4}");

    /** Guards against typos such as 225 or 20255 that would otherwise slip through as "valid" years. */
    public TaxYear {
        if (startYear < 1900 || startYear > 2998) {
            throw new IllegalArgumentException("tax year must start between 1900 and 2998, got " + startYear);
        }
        if (startMonth != Month.APRIL && startMonth != Month.JANUARY) {
            throw new IllegalArgumentException("a tax year starts in April (UK) or January (a calendar year), not "
                    + startMonth);
        }
    }

    /** A UK tax year, April to March. */
    public TaxYear(int startYear) {
        this(startYear, Month.APRIL);
    }

    /** A calendar year, January to December. */
    public static TaxYear calendar(int year) {
        return new TaxYear(year, Month.JANUARY);
    }

    /**
     * Parses a label: {@code "2025-26"} for a UK tax year, {@code "2026"} for a calendar year.
     *
     * @throws IllegalArgumentException if the text is neither, or the second part of a UK label does
     *     not follow the first (e.g. "2025-27")
     */
    public static TaxYear of(String label) {
        if (label == null) {
            throw new IllegalArgumentException("tax year label is missing; expected a label like 2025-26 or 2026");
        }
        String text = label.trim();
        if (CALENDAR_LABEL.matcher(text).matches()) {
            return calendar(Integer.parseInt(text));
        }
        Matcher m = SPLIT_LABEL.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not a tax year; expected a UK tax year like 2025-26 "
                    + "or a calendar year like 2026");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("'" + label + "' is not a tax year: the year starting in April "
                    + start + " is " + new TaxYear(start).label());
        }
        return new TaxYear(start);
    }

    /** The UK tax year a month falls in: April starts the year, so 2026-03 is in 2025-26 and 2026-04 in 2026-27. */
    public static TaxYear containing(YearMonth month) {
        return containing(month, Month.APRIL);
    }

    /** The tax year starting each {@code startMonth} that a month falls in. */
    public static TaxYear containing(YearMonth month, Month startMonth) {
        if (month == null) {
            throw new IllegalArgumentException("month is missing");
        }
        if (startMonth == null) {
            throw new IllegalArgumentException("the month a tax year starts is missing");
        }
        int year = month.getMonthValue() >= startMonth.getValue() ? month.getYear() : month.getYear() - 1;
        return new TaxYear(year, startMonth);
    }

    /** Whether this is a calendar year (January to December) rather than a UK tax year. */
    public boolean isCalendarYear() {
        return startMonth == Month.JANUARY;
    }

    /** The label as written in files and reports: {@code "2025-26"}, or {@code "2026"} for a calendar year. */
    public String label() {
        return isCalendarYear() ? Integer.toString(startYear) : String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    /** The first model month that uses this year's figures: April, or January for a calendar year. */
    public YearMonth firstMonth() {
        return YearMonth.of(startYear, startMonth);
    }

    /** The last model month of this tax year: March of the next year, or December. */
    public YearMonth lastMonth() {
        return firstMonth().plusMonths(11);
    }

    /** Whether the month falls in this tax year. */
    public boolean contains(YearMonth month) {
        return containing(month, startMonth).equals(this);
    }

    /** The tax year after this one, of the same kind. */
    public TaxYear next() {
        return new TaxYear(startYear + 1, startMonth);
    }

    /** Earlier first months first; a UK year and a calendar year starting the same month cannot both exist. */
    @Override
    public int compareTo(TaxYear other) {
        return firstMonth().compareTo(other.firstMonth());
    }

    /** The label, so messages read "2025-26" rather than "TaxYear[startYear=2025]". */
    @Override
    public String toString() {
        return label();
    }
}
