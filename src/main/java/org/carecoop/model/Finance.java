package org.carecoop.model;

import java.util.Arrays;

/**
 * Funding flows month by month: community share raises, interest and withdrawals, and each loan's
 * drawdown, interest and repayments. Loan schedules are worked out once, up front, into arrays that a
 * {@link Projector} reuses run after run.
 */
final class Finance {
    private Scenario.CommunityShares shares;
    private int months = -1;
    private double[] drawn;
    private double[] interest;
    private double[] interestPaid;
    private double[] principal;
    private double[] balance;
    private double[] ownerInterest;

    Finance(Scenario scenario) {
        schedule(scenario);
    }

    /** Works out the loans of {@code scenario}, in place of the last scenario's. */
    void schedule(Scenario scenario) {
        this.shares = scenario.funding().communityShares();
        if (months != scenario.months()) {
            months = scenario.months();
            drawn = new double[months];
            interest = new double[months];
            interestPaid = new double[months];
            principal = new double[months];
            balance = new double[months];
            ownerInterest = new double[months];
        } else {
            for (double[] a : new double[][] {drawn, interest, interestPaid, principal, balance, ownerInterest}) {
                Arrays.fill(a, 0);
            }
        }
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

    // One month's flows. Interest charged can exceed interest paid when a bullet loan rolls it up.
    // capital is the community share capital at the month's start, on which interest is paid monthly
    // and from which withdrawals are made.

    double sharesRaised(int m) {
        return shares.raise() > 0 && m == shares.month() ? shares.raise() : 0;
    }

    double sharesWithdrawn(int m, double capital) {
        return m >= shares.withdrawalsFromMonth() ? Math.min(capital, shares.raise() * shares.withdrawalsPerYear() / 12) : 0;
    }

    double shareInterest(double capital) {
        return capital * shares.interest() / 12;
    }

    double loansDrawn(int m) {
        return drawn[m];
    }

    double principalRepaid(int m) {
        return principal[m];
    }

    /** Interest charged on loans (add {@link #shareInterest}). */
    double loanInterest(int m) {
        return interest[m];
    }

    /** Interest paid on loans (add {@link #shareInterest}). */
    double loanInterestPaid(int m) {
        return interestPaid[m];
    }

    double loanBalance(int m) {
        return balance[m];
    }

    double interestToOwners(int m) {
        return ownerInterest[m];
    }
}
