package org.carecoop.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.carecoop.model.CalendarBasis;
import org.carecoop.model.ContractType;
import org.carecoop.model.ProviderModel;
import org.carecoop.model.RepaymentType;
import org.carecoop.model.SickPayScheme;
import org.carecoop.model.StreamType;

/**
 * The scenario format, as a user writes it. Each component's {@link Param} is the one place a key
 * is described: its meaning, unit, default and the source of that default. The loader, the JSON
 * Schema, {@code params} and docs/scenario-format.md are all derived from these records.
 *
 * <p>Money is a plain number in the scenario's currency. Percentages are written {@code 12.07%} or
 * as a fraction up to 1. Months are {@code YYYY-MM}.
 */
@Section(doc = "A care provider's plan: who it cares for, what it pays, how it is funded.")
public record ScenarioFile(
        @Param(doc = "Name of the plan, shown on every report", required = true)
        String scenario,
        @Param(doc = "A sentence or two on what the plan is and where its figures come from")
        String description,
        @Param(key = "extends", doc = "Another scenario file this one builds on, relative to this file; "
                + "keys written here replace the other file's, list items with the same name are merged")
        String parent,
        @Param(doc = "Currency of every money figure, as a three-letter code; it must be the currency of the "
                + "nation's statutory figures (GBP for the UK nations, USD for us-new-york-city)", def = "GBP")
        String currency,
        @Param(doc = "First month of the plan", unit = "YYYY-MM", required = true)
        YearMonth start,
        @Param(doc = "Length of the plan", unit = "years", def = "5", min = 1, max = 30)
        int years,
        @Param(doc = "Where the plan is, for the wage floors and tax rules that apply: a UK nation (tax years "
                + "April to March), or us-new-york-city (New York State and City rules with US federal taxes; "
                + "calendar tax years, wage rates changing each January)", def = "england",
                words = {"england", "wales", "scotland", "northern-ireland", "us-new-york-city"})
        String nation,
        @Param(doc = "Weeks in a month", def = "average")
        CalendarBasis calendar,
        @Param(doc = "Yearly rise in the wage floors (National Living Wage, Real and London Living Wage, care sector "
                + "floors) and the Statutory Sick Pay rate after the latest published tax year, each April; other "
                + "statutory figures are carried forward unchanged", unit = "%/year", percent = true, def = "3%",
                source = "assumption; the National Living Wage rose 9.8%, 6.7% and 4.1% in the three Aprils to 2026 "
                        + "(gov.uk National Minimum Wage rates)")
        double wageFloorGrowth,
        @Param(doc = "Statutory figures to replace for this plan, by name (listed below); each a number or dated numbers")
        Map<String, Schedule> statutory,
        @Param(doc = "The kind of organisation and its ownership")
        Provider provider,
        @Param(doc = "Groups of clients by who pays for their care", required = true)
        List<ClientStream> clients,
        @Param(doc = "Care workers: pay, contracts, travel, time off, turnover", required = true)
        CareWorkers careWorkers,
        @Param(doc = "Managers and office staff")
        List<OfficeRole> officeStaff,
        @Param(doc = "Running costs other than staff")
        List<Overhead> overheads,
        @Param(doc = "One-off costs of setting up")
        List<StartUpCost> startUpCosts,
        @Param(doc = "Money put in: opening cash, grants, shares and loans")
        Funding funding,
        @Param(doc = "What happens to a surplus")
        SurplusPolicy surplus,
        @Param(doc = "A council's commissioning question for 'carecoop commission': the hours of care to buy, the wage "
                + "required and the options to compare, each a version of this plan or a mix of them")
        Commissioning commissioning,
        @Param(doc = "Named alternative versions of this plan, each a block of 'path: value' changes "
                + "(for example a for-profit version of a co-op plan)")
        Map<String, Node> variants,
        @Param(doc = "Ranges or distributions for uncertain inputs, by parameter path, for sensitivity analysis "
                + "(uniform(a, b), triangular(min, mode, max), pert(min, mode, max), normal(mean, sd), "
                + "lognormal(mean, sd), discrete(v: w, ...))")
        Map<String, String> uncertainty,
        @Param(doc = "Correlations between uncertain inputs, written 'PATH ~ PATH: r' with r from -1 to 1 (for example "
                + "'care_workers.wage_per_hour ~ clients[council].fee_uplift: 0.6'); pairs not written are independent. "
                + "Applied with a Gaussian copula in Monte Carlo runs")
        Map<String, String> correlations) {

    @Section(doc = "The kind of organisation and its ownership.")
    public record Provider(
            @Param(doc = "The kind of provider", def = "worker-coop")
            ProviderModel model,
            @Param(doc = "Paid time each care worker spends on running the organisation (member meetings, the "
                    + "board, committees), on top of team meetings", unit = "hours/month", def = "0", min = 0, max = 40)
            double governanceHoursPerMonth,
            @Param(doc = "Surplus the provider aims for, as a share of the price: the surplus built into the cost "
                    + "of an hour ('carecoop cost')", unit = "%", percent = true, def = "3%",
                    source = "the Homecare Association's minimum price assumes 3% (HCA, Minimum Price for Homecare); "
                            + "councils' Fair Cost of Care returns (2022) show a median return on operations of 5%")
            double targetMargin,
            @Param(doc = "Management fee paid to a parent company, as a share of income", unit = "%",
                    percent = true, def = "0%")
            double managementFee,
            @Param(doc = "Central overheads recharged by a group or council, as a share of income", unit = "%",
                    percent = true, def = "0%")
            double centralRecharge,
            @Param(doc = "Shareholder loans from the owners", unit = "money", def = "0", min = 0)
            double shareholderLoan,
            @Param(doc = "Interest on shareholder loans", unit = "%/year", percent = true, def = "0%")
            double shareholderLoanInterest,
            @Param(doc = "Classes of members of a multi-stakeholder co-operative (workers, people supported, "
                    + "community supporters, investors), with their shares and votes")
            List<MemberClass> memberClasses,
            @Param(doc = "Most of the votes that investor (non-user) members may hold together", unit = "%",
                    percent = true, def = "25%",
                    source = "investor members are usually capped at 25% of votes (Co-operatives UK model rules)")
            double investorVoteCap,
            @Param(doc = "Whether the Employment Allowance reduces employer National Insurance; leave out for yes, "
                    + "except for a council in-house service (public bodies cannot claim it)",
                    source = "HMRC Employment Allowance eligibility")
            Boolean employmentAllowance) {}

    @Section(doc = "A class of members of a multi-stakeholder co-operative.", keyedBy = {"name"})
    public record MemberClass(
            @Param(doc = "Name of the class, for example workers, people supported, community, investors",
                    required = true)
            String name,
            @Param(doc = "Members in the class", unit = "count", required = true, min = 0)
            double members,
            @Param(doc = "Share each member buys", unit = "money", def = "1", min = 0,
                    source = "assumption: a nominal 1 share, common in co-operative societies' rules")
            double sharePrice,
            @Param(doc = "Month the members' shares are paid in", unit = "YYYY-MM")
            YearMonth month,
            @Param(doc = "Share of the votes at general meetings held by the class", unit = "%", percent = true,
                    required = true)
            double votes,
            @Param(doc = "Whether the class is of investor members (who do not work for or receive care from the "
                    + "co-operative); their votes together are capped by provider.investor_vote_cap", def = "false")
            boolean investor) {}

    @Section(doc = "A group of clients paid for the same way.", keyedBy = {"name", "stream"})
    public record ClientStream(
            @Param(doc = "Who pays for this group's care", required = true)
            StreamType stream,
            @Param(doc = "A name for this group when there are two of the same kind (for example 'rural'); "
                    + "names the group in paths: clients[rural].fee_per_hour")
            String name,
            @Param(doc = "Clients already cared for on the first day", unit = "count", def = "0", min = 0)
            int clientsAtStart,
            @Param(doc = "Month the first new clients of this group start; leave out to start with the plan", unit = "YYYY-MM")
            YearMonth start,
            @Param(doc = "Number of clients the group grows to", unit = "count", required = true, min = 0)
            int target,
            @Param(doc = "Months to grow from the clients at start to the target, evenly", unit = "months",
                    def = "12", min = 0, source = "assumption")
            int rampMonths,
            @Param(doc = "Share of clients who stop receiving care each month (because they die, move into a care home "
                    + "or recover); new referrals replace them up to the target", unit = "%/month", percent = true,
                    def = "2%", source = "assumption")
            double leaveRate,
            @Param(doc = "Hours of care each client receives per week", unit = "hours/week", required = true,
                    min = 0, max = 168)
            double hoursPerWeek,
            @Param(doc = "Length of a typical visit", unit = "minutes", required = true, min = 5, max = 720)
            double visitMinutes,
            @Param(doc = "Fee per contact hour, or dated fees; or carer-rate-plus-platform-fee: self-employed carers' "
                    + "own rate (care_workers.wage_per_hour, with its uplifts) plus care_workers.platform_fee, as a "
                    + "platform co-operative bills its clients", unit = "money/hour", required = true, min = 0,
                    words = {"carer-rate-plus-platform-fee"})
            Schedule feePerHour,
            @Param(doc = "Rise in the fee each April after the plan starts (ignored for dated fees)",
                    unit = "%/year", percent = true, def = "0%", min = -0.5)
            double feeUplift,
            @Param(doc = "Days from the end of a month's care to payment of its invoice", unit = "days",
                    def = "28", min = 0, max = 365,
                    source = "councils typically pay 4-weekly in arrears (Homecare Association fee-rate reports)")
            int paidAfterDays,
            @Param(doc = "Share of invoices never paid", unit = "%", percent = true, def = "0%")
            double badDebt) {}

    @Section(doc = "Care workers: pay, contracts, travel, time off and turnover.")
    public record CareWorkers(
            @Param(doc = "Hourly pay: a number, dated numbers, or a wage floor that follows the statutory pack "
                    + "(national-living-wage, real-living-wage, london-living-wage, care-sector-pay-floor). For "
                    + "self-employed carers, the rate they set for a contact hour",
                    unit = "money/hour", required = true, min = 0,
                    words = {"national-living-wage", "real-living-wage", "london-living-wage", "care-sector-pay-floor"})
            Schedule wagePerHour,
            @Param(doc = "Added to a wage floor named in wage_per_hour", unit = "money/hour", def = "0", min = 0)
            double wageAboveFloor,
            @Param(doc = "Rise in a numeric wage each April after the plan starts (ignored for dated wages and floors)",
                    unit = "%/year", percent = true, def = "0%", min = -0.5)
            double wageUplift,
            @Param(doc = "How care workers are employed", def = "zero-hours",
                    source = "37% of domiciliary care jobs are zero-hours (Skills for Care 2023-24)")
            ContractType contract,
            @Param(doc = "Hours a week paid to each care worker even when there is less work (guaranteed-hours "
                    + "contracts)", unit = "hours/week", def = "0", min = 0, max = 60)
            double guaranteedHoursPerWeek,
            @Param(doc = "Self-employed carers on a platform: share of the carer's rate added to the client's bill and "
                    + "kept by the provider; client groups whose fee_per_hour is carer-rate-plus-platform-fee pay the "
                    + "rate plus this share (Equal Care Co-op adds 17.5%: play.equal.care, Care and Support Rates, "
                    + "2025)", unit = "%", percent = true, def = "0%")
            double platformFee,
            @Param(doc = "Self-employed carers on a platform: share of the carer's rate the provider keeps from each "
                    + "payment to the carer (Equal Care Co-op deducts 7.5%: play.equal.care, Care and Support Rates, "
                    + "2025)", unit = "%", percent = true, def = "0%")
            double platformDeduction,
            @Param(doc = "Average working hours of a care worker a week, counting contact, travel and other paid "
                    + "time; sets how many care workers are needed", unit = "hours/week", def = "30", min = 1,
                    max = 60, source = "assumption")
            double hoursPerWeek,
            @Param(doc = "Share of rostered time that is contact or travel (the rest is waiting between visits)",
                    unit = "%", percent = true, def = "85%", source = "assumption")
            double utilisation,
            @Param(doc = "Travel time between visits", unit = "minutes", def = "10", min = 0, max = 240,
                    source = "assumption; HCA's 2020-21 build-up implies about 11.7 minutes per contact hour")
            double travelMinutesPerVisit,
            @Param(doc = "Whether the waiting time between visits is paid (as on shift-based rotas); unpaid waiting is "
                    + "not counted as working time for the minimum wage, on the footing that the care worker is free to "
                    + "use it", def = "false", source = "assumption; HMRC's National Minimum Wage manual counts such time "
                    + "only when the worker must stay available")
            boolean waitingPaid,
            @Param(doc = "Whether travel time is paid", def = "true",
                    source = "about 75% of homecare workers are not paid for travel (Homecare Workers' Group)")
            boolean travelPaid,
            @Param(doc = "Miles driven between visits", unit = "miles", def = "3", min = 0, max = 200,
                    source = "assumption")
            double milesPerVisit,
            @Param(doc = "Mileage paid per mile; leave out to pay the HMRC approved rate in the statutory pack",
                    unit = "money/mile", min = 0)
            Double mileageRate,
            @Param(doc = "Paid training hours per care worker a year, after induction", unit = "hours/year",
                    def = "12", min = 0, max = 500, source = "assumption")
            double trainingHoursPerYear,
            @Param(doc = "Paid team meetings and supervision per care worker a month", unit = "hours/month",
                    def = "2", min = 0, max = 100, source = "assumption")
            double meetingHoursPerMonth,
            @Param(doc = "Paid induction for each new care worker", unit = "hours", def = "30", min = 0, max = 500,
                    source = "assumption")
            double inductionHours,
            @Param(doc = "Share of working days lost to sickness", unit = "%", percent = true, def = "3%",
                    source = "assumption")
            double sicknessRate,
            @Param(doc = "What care workers are paid when off sick", def = "statutory")
            SickPayScheme sickPay,
            @Param(doc = "Working days in a typical spell of sickness; with Statutory Sick Pay's waiting days (until "
                    + "April 2026) it sets how much of the time off is paid", unit = "days", def = "5", min = 1, max = 260,
                    source = "assumption")
            double sickSpellDays,
            @Param(doc = "Employer pension contribution on qualifying earnings; leave out for the auto-enrolment "
                    + "minimum in the statutory pack", unit = "%", percent = true)
            Double pensionRate,
            @Param(doc = "Share of care workers who leave each year", unit = "%/year", percent = true,
                    def = "28.5%", source = "Skills for Care, care workers' turnover 2024-25")
            double turnover,
            @Param(doc = "Cost of recruiting one care worker (advertising, interviews, DBS check)", unit = "money",
                    def = "3600", min = 0, source = "Skills for Care estimate")
            double recruitmentCost,
            @Param(doc = "Care workers employed on the first day (for example transferred with their clients)",
                    unit = "count", def = "0", min = 0)
            double workersAtStart,
            @Param(doc = "Most care workers that can be recruited in a month; leave out for as many as are needed. "
                    + "When recruitment falls short, the hours that cannot be covered are reported as unmet",
                    unit = "count", min = 0)
            Double maxHiresPerMonth) {}

    @Section(doc = "A manager or office role.", keyedBy = {"role"})
    public record OfficeRole(
            @Param(doc = "Name of the role", required = true)
            String role,
            @Param(doc = "Salary per person", unit = "money/year", required = true, min = 0)
            Schedule salary,
            @Param(doc = "Number of people in the role (give this or per_care_workers)", unit = "count", min = 0)
            Double count,
            @Param(doc = "Number of care workers for each person in the role, for example 15 for one coordinator per 15 care workers (give this or count)",
                    unit = "count", min = 1)
            Double perCareWorkers,
            @Param(doc = "Month the role starts; leave out to start with the plan", unit = "YYYY-MM")
            YearMonth start,
            @Param(doc = "Rise in a numeric salary each April after the plan starts", unit = "%/year", percent = true,
                    def = "0%", min = -0.5)
            double salaryUplift) {}

    @Section(doc = "A running cost other than staff; give exactly one of the amounts.", keyedBy = {"item"})
    public record Overhead(
            @Param(doc = "What the cost is for", required = true)
            String item,
            @Param(doc = "Cost each month", unit = "money/month", min = 0)
            Double perMonth,
            @Param(doc = "Cost each year, spread evenly over its months", unit = "money/year", min = 0)
            Double perYear,
            @Param(doc = "Cost per client each month", unit = "money/client/month", min = 0)
            Double perClientPerMonth,
            @Param(doc = "Cost per care worker each month", unit = "money/care worker/month", min = 0)
            Double perCareWorkerPerMonth,
            @Param(doc = "Cost per contact hour delivered", unit = "money/hour", min = 0)
            Double perContactHour,
            @Param(doc = "Cost as a share of income", unit = "%", percent = true)
            Double shareOfIncome,
            @Param(doc = "Month the cost starts; leave out to start with the plan", unit = "YYYY-MM")
            YearMonth start,
            @Param(doc = "Rise each April after the plan starts", unit = "%/year", percent = true, def = "0%", min = -0.5)
            double uplift) {}

    @Section(doc = "A one-off cost of setting up.", keyedBy = {"item"})
    public record StartUpCost(
            @Param(doc = "What the cost is for", required = true)
            String item,
            @Param(doc = "Amount", unit = "money", required = true, min = 0)
            double amount,
            @Param(doc = "Month it is paid; leave out for the plan's first month", unit = "YYYY-MM")
            YearMonth month) {}

    @Section(doc = "Money put in: opening cash, grants, shares and loans.")
    public record Funding(
            @Param(doc = "Cash in the bank on the first day", unit = "money", def = "0", min = 0)
            double openingCash,
            @Param(doc = "Grants received")
            List<Grant> grants,
            @Param(doc = "A community share offer")
            CommunityShares communityShares,
            @Param(doc = "Shares bought by worker members")
            MemberShares memberShares,
            @Param(doc = "Loans")
            List<Loan> loans) {}

    @Section(doc = "A grant.", keyedBy = {"funder"})
    public record Grant(
            @Param(doc = "Who gives the grant", required = true)
            String funder,
            @Param(doc = "Amount", unit = "money", required = true, min = 0)
            double amount,
            @Param(doc = "Month it is received; leave out for the plan's first month", unit = "YYYY-MM")
            YearMonth month) {}

    @Section(doc = "A community share offer: withdrawable shares sold to supporters.")
    public record CommunityShares(
            @Param(doc = "Amount raised", unit = "money", required = true, min = 0)
            double raise,
            @Param(doc = "Month the money arrives; leave out for the plan's first month", unit = "YYYY-MM")
            YearMonth month,
            @Param(doc = "Interest paid to members each year (an operating cost, not a distribution)",
                    unit = "%/year", percent = true, def = "3%",
                    source = "typical 2-5% (Co-operatives UK community shares handbook); assumption")
            double interest,
            @Param(doc = "Plan year from which members may withdraw shares", unit = "years", def = "4", min = 1,
                    source = "withdrawals usually locked for the first 3 years (Community Shares Handbook)")
            int withdrawalsFromYear,
            @Param(doc = "Share of the raise withdrawn each year once withdrawals are allowed", unit = "%/year",
                    percent = true, def = "5%", source = "assumption")
            double withdrawalsPerYear,
            @Param(doc = "Most that may be withdrawn in a year, as a share of the raise", unit = "%/year",
                    percent = true, def = "10%", source = "assumption; set by the society's rules")
            double withdrawalCap) {}

    @Section(doc = "Shares that worker members buy, in instalments.")
    public record MemberShares(
            @Param(doc = "Price of one member share", unit = "money", required = true, min = 0)
            double sharePrice,
            @Param(doc = "Paid when joining", unit = "money", def = "0", min = 0)
            double downPayment,
            @Param(doc = "Months over which the rest is paid", unit = "months", def = "0", min = 0, max = 240)
            int instalmentMonths,
            @Param(doc = "Share of care workers who become members", unit = "%", percent = true, def = "100%")
            double takeUp) {}

    @Section(doc = "A loan.", keyedBy = {"lender"})
    public record Loan(
            @Param(doc = "Who lends", required = true)
            String lender,
            @Param(doc = "Amount borrowed", unit = "money", required = true, min = 0)
            double amount,
            @Param(doc = "Month the money arrives; leave out for the plan's first month", unit = "YYYY-MM")
            YearMonth month,
            @Param(doc = "Interest rate", unit = "%/year", percent = true, required = true)
            double interest,
            @Param(doc = "Term, including any grace period", unit = "months", required = true, min = 1, max = 600)
            int termMonths,
            @Param(doc = "Months at the start when only interest is paid", unit = "months", def = "0", min = 0)
            int graceMonths,
            @Param(doc = "How the loan is paid back", def = "amortising")
            RepaymentType repayment) {}

    @Section(doc = "A council's commissioning question, answered by 'carecoop commission': the contact hours it needs to "
            + "buy each year, the wage it requires care workers to be paid, and the options to compare. Each option is a "
            + "version of this plan (the base plan or a variant) or a mix of versions by share of the hours; each runs "
            + "as an established service that delivers its hours from the first month (docs/commissioning.md).")
    public record Commissioning(
            @Param(doc = "Contact hours of care the council buys each year. They are shared between the plan's client "
                    + "groups as the groups' weekly hours are (target x hours_per_week as written), each group getting "
                    + "whole clients at the start and no ramp", unit = "hours/year", required = true, min = 1)
            double hoursPerYear,
            @Param(doc = "Hourly pay the council requires of every option, in place of each version's own: a number, "
                    + "dated numbers, or a wage floor that follows the statutory pack (national-living-wage, "
                    + "real-living-wage, london-living-wage, care-sector-pay-floor); leave out to keep each version's "
                    + "own pay", unit = "money/hour", min = 0,
                    words = {"national-living-wage", "real-living-wage", "london-living-wage", "care-sector-pay-floor"})
            Schedule wagePerHour,
            @Param(doc = "Added to a wage floor named in wage_per_hour", unit = "money/hour", def = "0", min = 0)
            double wageAboveFloor,
            @Param(doc = "Rise in a numeric required wage each April after the start (ignored for dated wages and "
                    + "floors)", unit = "%/year", percent = true, def = "0%", min = -0.5)
            double wageUplift,
            @Param(doc = "Length of the contract: every option's plan runs this many years; leave out for the plan's "
                    + "own years", unit = "years", min = 1, max = 30)
            Integer years,
            @Param(doc = "Whether each option starts with the care workers its hours need already employed (an "
                    + "established service, or staff transferred with the contract); false makes each option recruit "
                    + "them all, and pay their recruitment and induction, in its first month", def = "true",
                    source = "assumption: staff usually transfer with a home care contract under TUPE")
            boolean staffInPost,
            @Param(doc = "Whether a provider with part of the hours in a mix has that part of its plan's money put in "
                    + "(opening cash, grants, community shares, loans and owners' loans), as a smaller firm would; false "
                    + "keeps the amounts as written. Fixed posts and costs stay as written either way", def = "true",
                    source = "assumption: working capital follows turnover")
            boolean scaleFunding,
            @Param(doc = "The options to compare, each a version of this plan or a mix of versions", required = true)
            List<CommissioningOption> options) {}

    @Section(doc = "An option for the council: one provider (a version of this plan) or a mix of providers, each with "
            + "its share of the hours.", keyedBy = {"name", "variant"})
    public record CommissioningOption(
            @Param(doc = "Name of the option in reports, for example 'in-house' or 'current market'; leave out to use "
                    + "the variant's name")
            String name,
            @Param(doc = "The version of this plan that provides all the hours: base, or the name of one of its variants "
                    + "(give this or mix)")
            String variant,
            @Param(doc = "Providers sharing the hours, each a version of this plan with its share (give this or "
                    + "variant); each provider is costed at its own share of the hours")
            List<MixPart> mix) {}

    @Section(doc = "One provider's part of a mixed option.", keyedBy = {"variant"})
    public record MixPart(
            @Param(doc = "The version of this plan: base, or the name of one of its variants", required = true)
            String variant,
            @Param(doc = "Share of the commissioned hours this provider delivers; the shares of a mix add up to 100%",
                    unit = "%", percent = true, required = true)
            double share) {}

    @Section(doc = "What happens to a surplus after tax.")
    public record SurplusPolicy(
            @Param(doc = "Months of running costs to hold as reserves before anything is paid out", unit = "months",
                    def = "3", min = 0, max = 60, source = "assumption")
            double reservesMonths,
            @Param(doc = "Share of the surplus above reserves paid to worker members by hours worked "
                    + "(co-operative societies only)", unit = "%", percent = true, def = "0%")
            double workerDividend,
            @Param(doc = "Share of the surplus above reserves paid to owners or shareholders (for-profit and "
                    + "private-equity providers only)", unit = "%", percent = true, def = "0%")
            double ownerDividend) {}
}
