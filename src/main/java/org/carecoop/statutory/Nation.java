package org.carecoop.statutory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A jurisdiction whose statutory figures apply to a plan: one of the four UK nations, or New York
 * City. Most UK employment figures are UK-wide, but social care pay policy is devolved, so a pack is
 * always picked for one nation (the parameter table's {@code uk} rows apply to all four). In the
 * United States payroll taxes are federal (the table's {@code us} rows) while wage floors,
 * unemployment insurance, sick leave and business taxes are set by the state and city.
 */
public enum Nation {
    ENGLAND("england", Country.UK),
    WALES("wales", Country.UK),
    SCOTLAND("scotland", Country.UK),
    NORTHERN_IRELAND("northern-ireland", Country.UK),
    /** New York City: the state's downstate wage rates, with the city's own business tax. */
    US_NEW_YORK_CITY("us-new-york-city", Country.US);

    /** The spelling used in the parameter table and in scenario files. */
    private final String key;
    /** The country whose shared rows, currency and tax year apply. */
    private final Country country;

    Nation(String key, Country country) {
        this.key = key;
        this.country = country;
    }

    /** The lower-case, hyphenated name used in files, e.g. {@code "northern-ireland"}. */
    public String key() {
        return key;
    }

    public Country country() {
        return country;
    }

    /** The jurisdictions of one country, in declaration order. */
    public static List<Nation> in(Country country) {
        return Arrays.stream(values()).filter(n -> n.country == country).toList();
    }

    /**
     * The nation for a file key, ignoring case and surrounding blanks; empty for anything else
     * (including {@code "uk"} and {@code "us"}, which name a whole country rather than one jurisdiction).
     */
    public static Optional<Nation> fromKey(String key) {
        return Keys.find(values(), Nation::key, key);
    }

    @Override
    public String toString() {
        return key;
    }
}
