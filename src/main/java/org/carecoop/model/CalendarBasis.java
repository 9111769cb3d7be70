package org.carecoop.model;

/** How many weeks a month holds. */
public enum CalendarBasis implements Keyword {
    AVERAGE("every month is 52/12 weeks (about 4.33)"),
    ACTUAL("each month has its real number of days divided by 7");

    private final String meaning;

    CalendarBasis(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
