package org.carecoop.model;

/** What a care worker is paid when off sick. */
public enum SickPayScheme implements Keyword {
    STATUTORY("Statutory Sick Pay only, at the rate and rules of the statutory pack"),
    OCCUPATIONAL("full pay for every day off sick");

    private final String meaning;

    SickPayScheme(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
