package org.carecoop.statutory;

import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A country whose statutory figures the table holds. Its figures share a currency and a tax year:
 * the UK's runs April to March (the National Living Wage changes on 1 April, National Insurance on
 * 6 April), the United States' is the calendar year (federal payroll taxes and New York's wage
 * rates change on 1 January). Rows keyed by the country's name apply to every {@link Nation} in it.
 */
public enum Country {
    UK("uk", Month.APRIL, "GBP"),
    US("us", Month.JANUARY, "USD");

    /** The spelling used in the parameter table for rows that apply to the whole country. */
    private final String key;
    /** The month each tax year starts. */
    private final Month yearStart;
    /** ISO 4217 code of the currency the country's money figures are in. */
    private final String currency;

    Country(String key, Month yearStart, String currency) {
        this.key = key;
        this.yearStart = yearStart;
        this.currency = currency;
    }

    public String key() {
        return key;
    }

    public Month yearStart() {
        return yearStart;
    }

    public String currency() {
        return currency;
    }

    /** The tax year a month falls in, counting from this country's first month of the year. */
    public TaxYear taxYear(YearMonth month) {
        return TaxYear.containing(month, yearStart);
    }

    /** The country for a table key ({@code uk}, {@code us}), ignoring case and surrounding blanks. */
    public static Optional<Country> fromKey(String key) {
        return Keys.find(values(), Country::key, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
