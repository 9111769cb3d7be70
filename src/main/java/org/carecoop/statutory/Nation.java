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
    ENGLAND("england", Country.UK, Terms.UK),
    WALES("wales", Country.UK, Terms.UK),
    SCOTLAND("scotland", Country.UK, Terms.UK),
    NORTHERN_IRELAND("northern-ireland", Country.UK, Terms.UK),
    /** New York City: the state's downstate wage rates, with the city's own business tax. */
    US_NEW_YORK_CITY("us-new-york-city", Country.US, Terms.US_NEW_YORK_CITY);

    /** The spelling used in the parameter table and in scenario files. */
    private final String key;
    /** The country whose shared rows, currency and tax year apply. */
    private final Country country;
    /** What the jurisdiction calls its statutory things. */
    private final Terms terms;

    Nation(String key, Country country, Terms terms) {
        this.key = key;
        this.country = country;
        this.terms = terms;
    }

    /** What the jurisdiction calls its statutory things, and its legal wage floors for care workers. */
    public Terms terms() {
        return terms;
    }

    /**
     * Whether a file key names this jurisdiction or its country ({@code "england"} or {@code "uk"} for England),
     * ignoring case and surrounding blanks.
     */
    public boolean isIn(String key) {
        return fromKey(key).map(n -> n == this).orElse(false)
                || Country.fromKey(key).map(c -> c == country).orElse(false);
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
