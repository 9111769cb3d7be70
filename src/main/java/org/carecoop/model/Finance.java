package org.carecoop.model;

/**
 * Funding flows month by month: community share raises, interest and withdrawals, and each loan's
 * drawdown, interest and repayments. Loan schedules are worked out once, up front.
 */
final class Finance {
    /** One month's funding flows. Interest charged can exceed interest paid when a bullet loan rolls it up. */
    record Month(double sharesRaised, double sharesWithdrawn, double loansDrawn, double principalRepaid,
                 double interest, double interestPaid, double loanBalance, double interestToOwners) {}

    private final Scenario.CommunityShares shares;
    private final int months;
    private final double[] drawn;
    private final double[] interest;
    private final double[] interestPaid;
    private final double[] principal;
    private final double[] balance;
    private final double[] ownerInterest;

    Finance(Scenario scenario) {
        this.shares = scenario.funding().communityShares();
        this.months = scenario.months();
        drawn = new double[months];
        interest = new double[months];
        interestPaid = new double[months];
        principal = new double[months];
        balance = new double[months];
        ownerInterest = new double[months];
        for (Scenario.Loan loan : scenario.funding().loans()) {
            schedule(loan);
        }
    }

    private void schedule(Scenario.Loan loan) {
        double rate = loan.interest() / 12;
        double owed = 0;
        int amortisingMonths = loan.termMonths() - loan.graceMonths();
        double payment = 0;
        for (int m = loan.month(); m < months; m++) {
            int k = m - loan.month(); // payments start the month after the money arrives
            if (k == 0) {
                drawn[m] += loan.amount();
                owed = loan.amount();
                balance[m] += owed;
                continue;
            }
            if (k > loan.termMonths() || owed <= 1e-9) {
                break;
            }
            double charged = owed * rate;
            interest[m] += charged;
            if (loan.fromOwners()) {
                ownerInterest[m] += charged;
            }
            double repaid = 0;
            switch (loan.repayment()) {
                case AMORTISING -> {
                    interestPaid[m] += charged;
                    if (k > loan.graceMonths()) {
                        if (k == loan.graceMonths() + 1) {
                            payment = annuity(owed, rate, amortisingMonths);
                        }
                        repaid = k == loan.termMonths() ? owed : Math.min(owed, payment - charged);
                    }
                }
                case INTEREST_ONLY -> {
                    interestPaid[m] += charged;
                    repaid = k == loan.termMonths() ? owed : 0;
                }
                case BULLET -> {
                    owed += charged; // interest rolls up and is paid with the capital at the end
                    if (k == loan.termMonths()) {
                        interestPaid[m] += owed - loan.amount();
                        repaid = loan.amount();
                        owed = 0;
                        principal[m] += repaid;
                        continue;
                    }
                }
            }
            owed -= repaid;
            principal[m] += repaid;
            balance[m] += owed;
        }
    }

    /** The level monthly payment that repays {@code amount} over {@code count} months at {@code rate} a month. */
    static double annuity(double amount, double rate, int count) {
        if (count <= 0) {
            return amount;
        }
        if (rate == 0) {
            return amount / count;
        }
        return amount * rate / (1 - Math.pow(1 + rate, -count));
    }

    /**
     * The month's flows. {@code capital} is the community share capital at the month's start, on
     * which interest is paid monthly and from which withdrawals are made.
     */
    Month month(int m, double capital) {
        double raised = shares.raise() > 0 && m == shares.month() ? shares.raise() : 0;
        double shareInterest = capital * shares.interest() / 12;
        double withdrawn = m >= shares.withdrawalsFromMonth()
                ? Math.min(capital, shares.raise() * shares.withdrawalsPerYear() / 12) : 0;
        return new Month(raised, withdrawn, drawn[m], principal[m], interest[m] + shareInterest,
                interestPaid[m] + shareInterest, balance[m], ownerInterest[m]);
    }
}
