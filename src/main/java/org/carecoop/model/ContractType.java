package org.carecoop.model;

/** How care workers are employed. */
public enum ContractType implements Keyword {
    ZERO_HOURS("paid only for the hours rostered; no guaranteed hours"),
    GUARANTEED_HOURS("paid for at least the guaranteed hours each week, even when there is less work");

    private final String meaning;

    ContractType(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
