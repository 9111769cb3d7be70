package org.carecoop.model;

/** How care workers are employed. */
public enum ContractType implements Keyword {
    ZERO_HOURS("paid only for the hours rostered; no guaranteed hours"),
    GUARANTEED_HOURS("paid for at least the guaranteed hours each week, even when there is less work"),
    SELF_EMPLOYED("self-employed carers (as on a platform co-operative) paid per contact hour at their own rate, less any "
            + "platform deduction: no employer National Insurance, pension, holiday or sick pay, and no pay for "
            + "travel, waiting, training, meetings or induction; not covered by the minimum wage");

    private final String meaning;

    ContractType(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
