package org.carecoop.model;

import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;
import org.carecoop.statutory.StatutoryPack;

/**
 * A scenario resolved for the model: every figure in the model's units (fractions, per-month
 * series, month indexes from 0), defaults filled, the statutory pack of every month attached. The
 * model reads nothing else.
 *
 * @param months      length of the plan in months
 * @param weeks       weeks in each month
 * @param statutory   the statutory pack in force in each month (with the scenario's own figures)
 */
public record Scenario(
        String name,
        String currency,
        YearMonth start,
        int months,
        Series weeks,
        List<StatutoryPack> statutory,
        Provider provider,
        List<ClientGroup> clients,
        CareWorkers careWorkers,
        List<OfficeRole> officeStaff,
        List<Overhead> overheads,
        List<OneOff> startUpCosts,
        Funding funding,
        SurplusPolicy surplus) {

    public Scenario {
        if (months < 1) {
            throw new IllegalArgumentException("a plan needs at least one month");
        }
        if (weeks.length() != months || statutory.size() != months) {
            throw new IllegalArgumentException("monthly inputs must cover the plan");
        }
        statutory = List.copyOf(statutory);
        clients = List.copyOf(clients);
        officeStaff = List.copyOf(officeStaff);
        overheads = List.copyOf(overheads);
        startUpCosts = List.copyOf(startUpCosts);
    }

    public YearMonth month(int index) {
        return start.plusMonths(index);
    }

    /** The kind of organisation and what its owners take out by way of fees and loans. */
    /**
     * @param investorVoteShare votes held by investor members together (0 without member classes)
     */
    public record Provider(ProviderModel model, double targetMargin, double managementFeeShare,
                           double centralRechargeShare, double shareholderLoan, double shareholderLoanInterest,
                           boolean employmentAllowance, double investorVoteShare) {}

    /**
     * A group of clients paid for the same way.
     *
     * @param startMonth    index of the month the group starts growing
     * @param leaveRate     share of clients leaving each month (replaced by new referrals)
     * @param fee           fee per contact hour in each month, uplifts applied
     * @param paymentLagMonths months from the month of care to the month its invoice is paid
     */
    public record ClientGroup(String name, StreamType stream, double clientsAtStart, int startMonth, double target,
                              int rampMonths, double leaveRate, double hoursPerWeek, double visitMinutes, Series fee,
                              int paymentLagMonths, double badDebt) {}

    /**
     * Care workers' pay and working patterns.
     *
     * @param wage              hourly pay in each month (self-employed carers: their own rate per contact hour)
     * @param utilisation       share of rostered time that is contact or travel
     * @param sickPay           statutory or occupational
     * @param sickSpellDays     working days in a typical spell of sickness (for SSP waiting days)
     * @param pensionRate       employer contribution on qualifying earnings
     * @param mileageRate       per mile in each month
     * @param maxHiresPerMonth  most care workers that can be recruited in a month (infinite for no limit)
     * @param platformDeduction self-employed carers: share of their rate the provider keeps from each payment
     */
    public record CareWorkers(Series wage, ContractType contract, double guaranteedHoursPerWeek, double hoursPerWeek,
                              double utilisation, double travelMinutesPerVisit, boolean waitingPaid, boolean travelPaid, double milesPerVisit,
                              Series mileageRate, double trainingHoursPerYear, double meetingHoursPerMonth,
                              double inductionHours, double sicknessRate, SickPayScheme sickPay, double sickSpellDays,
                              Series pensionRate, double turnover, double recruitmentCost, double workersAtStart,
                              double maxHiresPerMonth, double platformDeduction) {

        /** Employed care workers (no platform deduction). */
        public CareWorkers(Series wage, ContractType contract, double guaranteedHoursPerWeek, double hoursPerWeek,
                           double utilisation, double travelMinutesPerVisit, boolean waitingPaid, boolean travelPaid,
                           double milesPerVisit, Series mileageRate, double trainingHoursPerYear,
                           double meetingHoursPerMonth, double inductionHours, double sicknessRate, SickPayScheme sickPay,
                           double sickSpellDays, Series pensionRate, double turnover, double recruitmentCost,
                           double workersAtStart, double maxHiresPerMonth) {
            this(wage, contract, guaranteedHoursPerWeek, hoursPerWeek, utilisation, travelMinutesPerVisit, waitingPaid,
                    travelPaid, milesPerVisit, mileageRate, trainingHoursPerYear, meetingHoursPerMonth, inductionHours,
                    sicknessRate, sickPay, sickSpellDays, pensionRate, turnover, recruitmentCost, workersAtStart,
                    maxHiresPerMonth, 0);
        }

        /** True for self-employed carers: paid per contact hour, no employer's on-costs, no minimum wage. */
        public boolean selfEmployed() {
            return contract == ContractType.SELF_EMPLOYED;
        }
    }

    /** A management or office role: a fixed number of people, or one per so many care workers. */
    public record OfficeRole(String role, Series salary, double count, double perCareWorkers, int startMonth) {
        public boolean scales() {
            return perCareWorkers > 0;
        }
    }

    /** A running cost; exactly one basis is non-zero, each in money per month or per unit. */
    public record Overhead(String item, Basis basis, Series amount, int startMonth) {
        public enum Basis { PER_MONTH, PER_CLIENT, PER_CARE_WORKER, PER_CONTACT_HOUR, SHARE_OF_INCOME }
    }

    public record OneOff(String item, double amount, int month) {}

    /** Money put in; {@code memberClassShares} are the shares member classes buy, by the month paid in. */
    public record Funding(double openingCash, List<OneOff> grants, CommunityShares communityShares,
                          MemberShares memberShares, List<Loan> loans, List<OneOff> memberClassShares) {
        public Funding {
            grants = List.copyOf(grants);
            loans = List.copyOf(loans);
            memberClassShares = List.copyOf(memberClassShares);
        }
    }

    /** A community share raise; all zero when there is none. */
    public record CommunityShares(double raise, int month, double interest, int withdrawalsFromMonth,
                                  double withdrawalsPerYear) {
        public static CommunityShares none() {
            return new CommunityShares(0, 0, 0, Integer.MAX_VALUE, 0);
        }
    }

    /** Member shares bought by care workers; none when the price is zero. */
    public record MemberShares(double sharePrice, double downPayment, int instalmentMonths, double takeUp) {
        public static MemberShares none() {
            return new MemberShares(0, 0, 0, 0);
        }
    }

    /** A loan; {@code fromOwners} marks shareholder loans, whose interest goes to the provider's owners. */
    public record Loan(String lender, double amount, int month, double interest, int termMonths, int graceMonths,
                       RepaymentType repayment, boolean fromOwners) {}

    /**
     * @param reservesMonths  months of running costs kept before anything is paid out
     * @param workerDividend  share of the distributable surplus paid to worker members (co-operatives)
     * @param ownerDividend   share paid to owners (companies)
     */
    public record SurplusPolicy(double reservesMonths, double workerDividend, double ownerDividend) {}

    /** A function of the month index, for building series. */
    public static Series series(int months, IntFunction<Double> value) {
        double[] v = new double[months];
        for (int m = 0; m < months; m++) {
            v[m] = value.apply(m);
        }
        return Series.of(v);
    }
}
