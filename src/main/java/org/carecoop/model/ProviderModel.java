package org.carecoop.model;

/** The kind of organisation providing care: it decides where a surplus may go. */
public enum ProviderModel implements Keyword {
    WORKER_COOP("co-operative society owned by its care workers; surplus may be paid to worker members by hours worked"),
    MULTI_STAKEHOLDER_COOP("co-operative owned by workers, people supported and community members together"),
    COMMUNITY_BENEFIT_SOCIETY("community benefit society: asset lock, no dividend on trade, community shares"),
    FOR_PROFIT("owner-managed company: surplus may be paid to its owners"),
    PRIVATE_EQUITY("private-equity-backed chain: shareholder loans, management fees and dividends to the parent"),
    COUNCIL_IN_HOUSE("run by the council itself: local government pay and pension terms, no surplus taken out");

    private final String meaning;

    ProviderModel(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
