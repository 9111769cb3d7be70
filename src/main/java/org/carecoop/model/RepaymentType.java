package org.carecoop.model;

/** How a loan is paid back. */
public enum RepaymentType implements Keyword {
    AMORTISING("equal monthly payments of interest and capital after any grace period"),
    INTEREST_ONLY("interest monthly, the whole capital at the end of the term"),
    BULLET("interest and capital together at the end of the term");

    private final String meaning;

    RepaymentType(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
