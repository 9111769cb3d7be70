package org.carecoop.model;

/** Who pays for a group of clients' care. */
public enum StreamType implements Keyword {
    COUNCIL("care commissioned and paid for by the local council"),
    DIRECT_PAYMENTS("people who buy their care with a council direct payment"),
    SELF_FUNDED("people who pay for their own care (invoiced; some bad debt)"),
    NHS_CHC("NHS Continuing Healthcare, paid by the local NHS");

    private final String meaning;

    StreamType(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
