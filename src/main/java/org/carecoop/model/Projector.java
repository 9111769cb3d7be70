package org.carecoop.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;

/**
 * The monthly projection: pure and deterministic, from a resolved {@link Scenario} to a
 * {@link Projection}. docs/model.md explains each step in words; the comments here say why.
 *
 * <p>The months are worked in plain arrays of doubles, one per {@link Line}. {@link #project} uses
 * fresh arrays and hands them to the projection. An analysis that runs the plan many times (Monte
 * Carlo) keeps one projector per thread instead ({@link #reusable()}): each {@link #run} writes over
 * the same arrays, and the statutory figures of each month are looked up once and kept while the
 * scenarios share their statutory packs, so a run allocates next to nothing.
 */
public final class Projector {
    private static final Line[] LINES = Line.values();

    /** Whether the arrays are handed to the projection (one run only) or reused. */
    private final boolean reuse;
    /** The scenario of the last run. */
    private Scenario s;
    /** Months of the arrays. */
    private int n = -1;
    /** Client groups the group arrays have room for. */
    private int groups = -1;
    /** One array per line, by {@link Line#ordinal()}. */
    private double[][] lines;
    private double[][] groupClients;
    private double[][] groupHours;
    private double[][] groupIncome;
    private double[] groupDemand;
    private double[] previousClients;
    private double[] receiptsDue;
    private double[] taxDue;
    private double[] memberInstalments;
    private Finance finance;
    /** The statutory figures of each month, for the packs of the last run. */
    private Calendar calendar;

    // ---- the scenario compiled into numbers: read once per run, so the months are arithmetic on arrays
    private double[] weeks;
    private double[] wage;
    private double[] mileageRate;
    private double[] pensionRate;
    private double hoursPerWeek;
    private double utilisation;
    private double milesPerVisit;
    private double trainingHoursPerYear;
    private double meetingHoursPerMonth;
    private double inductionHours;
    private double sicknessRate;
    private double turnover;
    private double recruitmentCost;
    private double maxHiresPerMonth;
    private double guaranteedHoursPerWeek;
    private boolean guaranteedHours;
    private boolean selfEmployed;
    /** Self-employed carers: the share of their rate kept by the provider. */
    private double platformDeduction;
    private boolean travelPaid;
    private boolean waitingPaid;
    // client groups, by position
    private double[] clientsAtStart;
    private double[] target;
    private int[] startMonth;
    private int[] rampMonths;
    private double[] leaveRate;
    private double[] hoursPerClient;
    private double[] visitMinutes;
    private double[] travelPerHour;
    private double[] badDebtShare;
    private int[] paymentLag;
    private double[][] fee;
    // office roles, by position
    private int roles;
    private double[] roleCount;
    private double[] rolePer;
    private int[] roleStart;
    private double[][] roleSalary;
    // overheads, by position
    private int items;
    private Scenario.Overhead.Basis[] itemBasis;
    private int[] itemStart;
    private double[][] itemAmount;
    // one-off amounts by month, added in the scenario's order
    private double[] startUpByMonth;
    private double[] grantsByMonth;
    private int[] classMonth;
    private double[] classAmount;
    private double nonContactWeekly;
    private boolean allowanceDue;
    private double managementFeeShare;
    private double centralRechargeShare;
    private boolean taxed;
    private boolean workerDividends;
    private boolean ownerDividends;
    private double reservesMonths;
    private double workerDividendShare;
    private double ownerDividendShare;
    private double sharePrice;
    private double downPayment;
    private int instalmentMonths;
    private double takeUp;

    // ---- carried from month to month
    private double workers;
    private double cash;
    private double members;
    private double memberCapital;
    private double communityCapital;
    private double retained;
    private double employmentAllowanceLeft;
    private double receivables;
    private double taxOwed;
    private double lossesCarried;
    /** Totals of the plan year so far, for tax and the surplus policy at its end. */
    private double yearBeforeTax;
    private double yearAfterTax;
    private double yearOperatingCosts;

    // ---- the month being worked, handed from step to step
    private double demand;
    private double allClients;
    private double travelShare;
    private double hires;
    private double delivered;
    private double travelHours;
    private double miles;
    private double income;
    private double badDebt;
    private double gross;
    private double careNi;
    private double carePension;
    private double mileage;
    private double recruitment;
    private double salaries;
    private double officeNi;
    private double officePension;
    private double allowance;
    private double payroll;
    private double otherCosts;
    private double operatingCosts;
    private double grants;
    private double sharesRaised;
    private double sharesWithdrawn;
    private double interestPaid;
    private double memberIn;
    private double memberOut;
    private double beforeTax;

    private Projector(boolean reuse) {
        this.reuse = reuse;
    }

    public static Projection project(Scenario scenario) {
        return new Projector(false).run(scenario).projection();
    }

    /**
     * A projector that keeps its arrays from run to run: for running the plan many times on one thread
     * (it is not safe to share between threads). What a run gives is valid until the next run.
     */
    public static Projector reusable() {
        return new Projector(true);
    }

    /** The scenario of the last run. */
    public Scenario scenario() {
        return s;
    }

    /** A line's value in a month of the last run. */
    public double at(Line line, int month) {
        return lines[line.ordinal()][month];
    }

    /** A copy of a line of the last run. */
    public double[] copyOf(Line line) {
        return lines[line.ordinal()].clone();
    }

    /** The headline figures of the last run. */
    public Metrics metrics() {
        return Metrics.of(s, lines, calendar.careWorkerMinimum());
    }

    /**
     * The last run as a projection: a reusable projector copies its arrays into it; a one-run
     * projector hands them over (they are not touched again).
     */
    public Projection projection() {
        Map<Line, Series> map = new EnumMap<>(Line.class);
        for (Line line : LINES) {
            map.put(line, series(lines[line.ordinal()]));
        }
        List<Projection.GroupLines> groupLines = new ArrayList<>();
        for (int g = 0; g < s.clients().size(); g++) {
            Scenario.ClientGroup group = s.clients().get(g);
            groupLines.add(new Projection.GroupLines(group.name(), group.stream(), series(groupClients[g]),
                    series(groupHours[g]), series(groupIncome[g]), group.fee()));
        }
        return new Projection(s, map, groupLines);
    }

    private Series series(double[] values) {
        return reuse ? Series.of(values) : Series.wrap(values);
    }

    private double[] line(Line line) {
        return lines[line.ordinal()];
    }

    /** Sizes the arrays for the scenario, and clears those a run adds into. */
    private void prepare(Scenario scenario) {
        this.s = scenario;
        int months = scenario.months();
        int count = scenario.clients().size();
        if (months != n) {
            n = months;
            lines = new double[LINES.length][n];
            receiptsDue = new double[n];
            taxDue = new double[n];
            memberInstalments = new double[n];
            groups = -1;
        } else {
            // every line is written each month; these are added into ahead of their month
            Arrays.fill(receiptsDue, 0);
            Arrays.fill(taxDue, 0);
            Arrays.fill(memberInstalments, 0);
        }
        if (count != groups || !reuse) {
            groups = count;
            groupClients = new double[groups][n];
            groupHours = new double[groups][n];
            groupIncome = new double[groups][n];
            groupDemand = new double[groups];
            previousClients = new double[groups];
            clientsAtStart = new double[groups];
            target = new double[groups];
            startMonth = new int[groups];
            rampMonths = new int[groups];
            leaveRate = new double[groups];
            hoursPerClient = new double[groups];
            visitMinutes = new double[groups];
            travelPerHour = new double[groups];
            badDebtShare = new double[groups];
            paymentLag = new int[groups];
            fee = new double[groups][];
        }
        compile(scenario);
        if (finance == null) {
            finance = new Finance(scenario);
        } else {
            finance.schedule(scenario);
        }
        if (calendar == null || !calendar.covers(scenario)) {
            calendar = new Calendar(scenario);
        }
    }

    /** Reads the scenario's figures into the projector's fields and arrays. */
    private void compile(Scenario scenario) {
        Scenario.CareWorkers cw = scenario.careWorkers();
        weeks = scenario.weeks().values();
        wage = cw.wage().values();
        mileageRate = cw.mileageRate().values();
        pensionRate = cw.pensionRate().values();
        hoursPerWeek = cw.hoursPerWeek();
        utilisation = cw.utilisation();
        milesPerVisit = cw.milesPerVisit();
        trainingHoursPerYear = cw.trainingHoursPerYear();
        meetingHoursPerMonth = cw.meetingHoursPerMonth();
        inductionHours = cw.inductionHours();
        sicknessRate = cw.sicknessRate();
        turnover = cw.turnover();
        recruitmentCost = cw.recruitmentCost();
        maxHiresPerMonth = cw.maxHiresPerMonth();
        guaranteedHoursPerWeek = cw.guaranteedHoursPerWeek();
        guaranteedHours = cw.contract() == ContractType.GUARANTEED_HOURS;
        selfEmployed = cw.selfEmployed();
        platformDeduction = cw.platformDeduction();
        travelPaid = cw.travelPaid();
        waitingPaid = cw.waitingPaid();
        List<Scenario.ClientGroup> clients = scenario.clients();
        for (int g = 0; g < groups; g++) {
            Scenario.ClientGroup group = clients.get(g);
            clientsAtStart[g] = group.clientsAtStart();
            target[g] = group.target();
            startMonth[g] = group.startMonth();
            rampMonths[g] = group.rampMonths();
            leaveRate[g] = group.leaveRate();
            hoursPerClient[g] = group.hoursPerWeek();
            visitMinutes[g] = group.visitMinutes();
            travelPerHour[g] = travelPerContactHour(group, cw);
            badDebtShare[g] = group.badDebt();
            paymentLag[g] = group.paymentLagMonths();
            fee[g] = group.fee().values();
        }
        List<Scenario.OfficeRole> office = scenario.officeStaff();
        if (roleCount == null || roleCount.length != office.size()) {
            roles = office.size();
            roleCount = new double[roles];
            rolePer = new double[roles];
            roleStart = new int[roles];
            roleSalary = new double[roles][];
        }
        for (int r = 0; r < roles; r++) {
            Scenario.OfficeRole role = office.get(r);
            roleCount[r] = role.count();
            rolePer[r] = role.scales() ? role.perCareWorkers() : 0;
            roleStart[r] = role.startMonth();
            roleSalary[r] = role.salary().values();
        }
        List<Scenario.Overhead> overheads = scenario.overheads();
        if (itemBasis == null || itemBasis.length != overheads.size()) {
            items = overheads.size();
            itemBasis = new Scenario.Overhead.Basis[items];
            itemStart = new int[items];
            itemAmount = new double[items][];
        }
        for (int i = 0; i < items; i++) {
            Scenario.Overhead o = overheads.get(i);
            itemBasis[i] = o.basis();
            itemStart[i] = o.startMonth();
            itemAmount[i] = o.amount().values();
        }
        if (startUpByMonth == null || startUpByMonth.length != n) {
            startUpByMonth = new double[n];
            grantsByMonth = new double[n];
        }
        nonContactWeekly = trainingHoursPerYear / 52 + meetingHoursPerMonth * 12 / 52;
        Scenario.Provider provider = scenario.provider();
        allowanceDue = provider.employmentAllowance();
        managementFeeShare = provider.managementFeeShare();
        centralRechargeShare = provider.centralRechargeShare();
        ProviderModel model = provider.model();
        taxed = model != ProviderModel.COUNCIL_IN_HOUSE;
        workerDividends = model == ProviderModel.WORKER_COOP || model == ProviderModel.MULTI_STAKEHOLDER_COOP;
        ownerDividends = model == ProviderModel.FOR_PROFIT || model == ProviderModel.PRIVATE_EQUITY;
        reservesMonths = scenario.surplus().reservesMonths();
        workerDividendShare = scenario.surplus().workerDividend();
        ownerDividendShare = scenario.surplus().ownerDividend();
        Scenario.MemberShares ms = scenario.funding().memberShares();
        sharePrice = ms.sharePrice();
        downPayment = ms.downPayment();
        instalmentMonths = ms.instalmentMonths();
        takeUp = ms.takeUp();
        byMonth(scenario.startUpCosts(), startUpByMonth);
        byMonth(scenario.funding().grants(), grantsByMonth);
        List<Scenario.OneOff> classes = scenario.funding().memberClassShares();
        if (classMonth == null || classMonth.length != classes.size()) {
            classMonth = new int[classes.size()];
            classAmount = new double[classes.size()];
        }
        for (int c = 0; c < classMonth.length; c++) {
            classMonth[c] = classes.get(c).month();
            classAmount[c] = classes.get(c).amount();
        }
    }

    /** The amounts of each month, added in the list's order. */
    private void byMonth(List<Scenario.OneOff> amounts, double[] into) {
        Arrays.fill(into, 0);
        for (int i = 0; i < amounts.size(); i++) {
            Scenario.OneOff a = amounts.get(i);
            if (a.month() >= 0 && a.month() < n) {
                into[a.month()] += a.amount();
            }
        }
    }

    /** Projects the scenario into this projector's arrays; returns this, to read the run from. */
    public Projector run(Scenario scenario) {
        prepare(scenario);
        receivables = 0;
        taxOwed = 0;
        lossesCarried = 0;
        cash = s.funding().openingCash();
        workers = s.careWorkers().workersAtStart();
        members = 0;
        memberCapital = 0;
        communityCapital = 0;
        retained = 0;
        employmentAllowanceLeft = 0;
        for (int g = 0; g < groups; g++) {
            previousClients[g] = clientsAtStart[g];
        }
        for (int m = 0; m < n; m++) {
            if (calendar.taxYearStarts[m]) {
                employmentAllowanceLeft = allowanceDue ? calendar.employmentAllowance[m] : 0;
            }
            if (m % 12 == 0) {
                yearBeforeTax = 0;
                yearAfterTax = 0;
                yearOperatingCosts = 0;
            }
            demand(m);
            workforce(m);
            deliver(m);
            pay(m);
            office(m);
            costs(m);
            funding(m);
            taxAndCash(m);
        }
        return this;
    }

    /** Demand: each group follows its ramp; leavers are replaced by new referrals. */
    private void demand(int m) {
        double weeks = this.weeks[m];
        double demand = 0;
        double travelWeighted = 0;
        double leavingClients = 0;
        double newClients = 0;
        double allClients = 0;
        for (int g = 0; g < groups; g++) {
            double planned = plannedClients(g, m);
            double leaving = previousClients[g] * leaveRate[g];
            leavingClients += leaving;
            newClients += Math.max(0, planned - (previousClients[g] - leaving));
            groupClients[g][m] = planned;
            previousClients[g] = planned;
            groupDemand[g] = planned * hoursPerClient[g] * weeks;
            demand += groupDemand[g];
            travelWeighted += groupDemand[g] * travelPerHour[g];
            allClients += planned;
        }
        line(Line.CLIENTS_LEAVING)[m] = leavingClients;
        line(Line.NEW_CLIENTS)[m] = newClients;
        line(Line.CLIENTS)[m] = allClients;
        line(Line.HOURS_DEMANDED)[m] = demand;
        this.demand = demand;
        this.allClients = allClients;
        this.travelShare = demand > 0 ? travelWeighted / demand : 0;
    }

    /**
     * Capacity and workforce: a care worker's rostered time after training, meetings, holiday and
     * sickness, of which the utilised part is split between contact and travel; leavers at the yearly
     * turnover rate; hires to meet demand, up to the hiring limit.
     */
    private void workforce(int m) {
        double rostered = Math.max(0, hoursPerWeek - nonContactWeekly) * (1 - calendar.holidayShare[m])
                * (1 - sicknessRate) * weeks[m];
        double capacityPerWorker = rostered * utilisation / (1 + travelShare);
        double needed = capacityPerWorker > 0 ? demand / capacityPerWorker : 0;
        double leavers = workers * turnover / 12;
        double staying = workers - leavers;
        hires = Math.min(Math.max(0, needed - staying), maxHiresPerMonth);
        workers = staying + hires;
        line(Line.CARE_WORKERS_NEEDED)[m] = needed;
        line(Line.CARE_WORKERS)[m] = workers;
        line(Line.HIRES)[m] = hires;
        line(Line.LEAVERS)[m] = leavers;
        delivered = Math.min(demand, workers * capacityPerWorker);
    }

    /** The hours delivered to each group, their fees, travel and visits; invoices fall due after each group's terms. */
    private void deliver(int m) {
        double deliveredShare = demand > 0 ? delivered / demand : 0;
        double travelHours = 0;
        double visits = 0;
        double miles = 0;
        double income = 0;
        double badDebt = 0;
        for (int g = 0; g < groups; g++) {
            double hours = groupDemand[g] * deliveredShare;
            double groupVisits = hours * 60 / visitMinutes[g];
            groupHours[g][m] = hours;
            double groupFees = hours * fee[g][m];
            groupIncome[g][m] = groupFees;
            income += groupFees;
            travelHours += hours * travelPerHour[g];
            visits += groupVisits;
            miles += groupVisits * milesPerVisit;
            // invoiced at the month's end, paid after the group's terms; bad debt is never paid
            double collectable = groupFees * (1 - badDebtShare[g]);
            badDebt += groupFees * badDebtShare[g];
            int paidIn = m + paymentLag[g];
            receivables += collectable;
            if (paidIn < n) {
                receiptsDue[paidIn] += collectable;
            }
        }
        line(Line.BAD_DEBT)[m] = badDebt;
        line(Line.CONTACT_HOURS)[m] = delivered;
        line(Line.UNMET_HOURS)[m] = demand - delivered;
        line(Line.VISITS)[m] = visits;
        line(Line.TRAVEL_HOURS)[m] = travelHours;
        line(Line.INCOME)[m] = income;
        this.travelHours = travelHours;
        this.miles = miles;
        this.income = income;
        this.badDebt = badDebt;
    }

    /**
     * Care workers' pay: zero-hours contracts pay worked time only; guaranteed hours pay at least the
     * guarantee; then holiday and sick pay, employer NI and pension, mileage and recruitment.
     */
    private void pay(int m) {
        if (selfEmployed) {
            selfEmployedPay(m);
            return;
        }
        double weeks = this.weeks[m];
        double holidayRate = calendar.holidayRate[m];
        // holiday accrued at 12.07% of hours worked is 5.6 weeks off in 52: the share of time away
        double holidayShare = calendar.holidayShare[m];
        double rosteredHours = utilisation > 0 ? (delivered + travelHours) / utilisation : 0;
        double waiting = Math.max(0, rosteredHours - delivered - travelHours);
        double trainingHours = workers * trainingHoursPerYear / 12 + workers * meetingHoursPerMonth
                + hires * inductionHours;
        double worked = delivered + (travelPaid ? travelHours : 0) + (waitingPaid ? waiting : 0) + trainingHours;
        double guaranteed = guaranteedHours
                ? workers * guaranteedHoursPerWeek * weeks * (1 - holidayShare) * (1 - sicknessRate) : 0;
        double paidHours = Math.max(worked, guaranteed);
        // travel between visits is always working time for the minimum wage; free waiting time is not
        double workingHours = Math.max(delivered + travelHours + (waitingPaid ? waiting : 0) + trainingHours, paidHours);
        line(Line.WAITING_HOURS)[m] = waiting;
        line(Line.TRAINING_HOURS)[m] = trainingHours;
        line(Line.PAID_HOURS)[m] = paidHours;
        line(Line.WORKING_HOURS)[m] = workingHours;

        double wage = this.wage[m];
        double basic = paidHours * wage;
        line(Line.CONTACT_PAY)[m] = delivered * wage;
        line(Line.WAITING_PAY)[m] = waitingPaid ? waiting * wage : 0;
        line(Line.TRAVEL_PAY)[m] = travelPaid ? travelHours * wage : 0;
        line(Line.TRAINING_PAY)[m] = trainingHours * wage;
        line(Line.IDLE_PAY)[m] = (paidHours - worked) * wage;
        double holidayPay = basic * holidayRate;
        line(Line.HOLIDAY_PAY)[m] = holidayPay;
        double sickPay = sickPay(s.careWorkers(), calendar, m, basic + holidayPay, workers, weeks, holidayShare, wage,
                paidHours);
        line(Line.SICK_PAY)[m] = sickPay;
        gross = basic + holidayPay + sickPay;
        double perWorker = workers > 0 ? gross / workers : 0;
        careNi = workers * calendar.employerNi(m, perWorker);
        carePension = workers * calendar.pension(m, perWorker, pensionRate[m]);
        mileage = miles * mileageRate[m];
        recruitment = hires * recruitmentCost;
        line(Line.MILEAGE)[m] = mileage;
        line(Line.RECRUITMENT)[m] = recruitment;
    }

    /**
     * Self-employed carers: paid for contact hours only, at their own rate less the provider's deduction;
     * no employer's on-costs. Their working time for earnings per hour is contact and (unpaid) travel.
     */
    private void selfEmployedPay(int m) {
        double rosteredHours = utilisation > 0 ? (delivered + travelHours) / utilisation : 0;
        line(Line.WAITING_HOURS)[m] = Math.max(0, rosteredHours - delivered - travelHours);
        line(Line.TRAINING_HOURS)[m] = 0;
        line(Line.PAID_HOURS)[m] = delivered;
        line(Line.WORKING_HOURS)[m] = delivered + travelHours;
        double contactPay = delivered * wage[m] * (1 - platformDeduction);
        line(Line.CONTACT_PAY)[m] = contactPay;
        for (Line unpaid : new Line[] {Line.WAITING_PAY, Line.TRAVEL_PAY, Line.TRAINING_PAY, Line.IDLE_PAY,
            Line.HOLIDAY_PAY, Line.SICK_PAY}) {
            line(unpaid)[m] = 0;
        }
        gross = contactPay;
        careNi = 0;
        carePension = 0;
        mileage = miles * mileageRate[m];
        recruitment = hires * recruitmentCost;
        line(Line.MILEAGE)[m] = mileage;
        line(Line.RECRUITMENT)[m] = recruitment;
    }

    /**
     * Office and management: fixed posts, or one per so many care workers (whole people); the
     * Employment Allowance takes employer NI off until the tax year's allowance is used.
     */
    private void office(int m) {
        double salaries = 0;
        double officeNi = 0;
        double officePension = 0;
        double officePeople = 0;
        for (int r = 0; r < roles; r++) {
            if (m < roleStart[r]) {
                continue;
            }
            double people = rolePer[r] > 0 ? Math.ceil(workers / rolePer[r] - 1e-9) : roleCount[r];
            double monthly = roleSalary[r][m] / 12;
            officePeople += people;
            salaries += people * monthly;
            officeNi += people * calendar.employerNi(m, monthly);
            officePension += people * calendar.pension(m, monthly, pensionRate[m]);
        }
        line(Line.OFFICE_STAFF)[m] = officePeople;
        line(Line.OFFICE_SALARIES)[m] = salaries;
        allowance = Math.min(careNi + officeNi, employmentAllowanceLeft);
        employmentAllowanceLeft -= allowance;
        line(Line.CARE_WORKER_NI)[m] = careNi;
        line(Line.CARE_WORKER_PENSION)[m] = carePension;
        line(Line.OFFICE_NI)[m] = officeNi;
        line(Line.OFFICE_PENSION)[m] = officePension;
        line(Line.EMPLOYMENT_ALLOWANCE)[m] = -allowance;
        this.salaries = salaries;
        this.officeNi = officeNi;
        this.officePension = officePension;
    }

    /** Overheads, start-up costs, fees to a parent and the month's operating costs. */
    private void costs(int m) {
        double overheads = 0;
        for (int i = 0; i < items; i++) {
            if (m < itemStart[i]) {
                continue;
            }
            double amount = itemAmount[i][m];
            overheads += switch (itemBasis[i]) {
                case PER_MONTH -> amount;
                case PER_CLIENT -> amount * allClients;
                case PER_CARE_WORKER -> amount * workers;
                case PER_CONTACT_HOUR -> amount * delivered;
                case SHARE_OF_INCOME -> amount * income;
            };
        }
        line(Line.OVERHEADS)[m] = overheads;
        double startUp = startUpByMonth[m];
        line(Line.START_UP_COSTS)[m] = startUp;
        double managementFees = income * managementFeeShare;
        double centralRecharges = income * centralRechargeShare;
        line(Line.MANAGEMENT_FEES)[m] = managementFees;
        line(Line.CENTRAL_RECHARGES)[m] = centralRecharges;

        payroll = gross + careNi + carePension + salaries + officeNi + officePension - allowance;
        otherCosts = mileage + recruitment + overheads + startUp + managementFees + centralRecharges;
        operatingCosts = payroll + otherCosts + badDebt;
        line(Line.OPERATING_COSTS)[m] = operatingCosts;
        line(Line.OPERATING_SURPLUS)[m] = income - operatingCosts;
        yearOperatingCosts += operatingCosts;
    }

    /** Funding: grants, community shares, member shares and loans; interest; the surplus before tax. */
    private void funding(int m) {
        grants = grantsByMonth[m];
        line(Line.GRANT_INCOME)[m] = grants;
        sharesRaised = finance.sharesRaised(m);
        sharesWithdrawn = finance.sharesWithdrawn(m, communityCapital);
        double shareInterest = finance.shareInterest(communityCapital);
        double interest = finance.loanInterest(m) + shareInterest;
        interestPaid = finance.loanInterestPaid(m) + shareInterest;
        communityCapital += sharesRaised - sharesWithdrawn;

        // member shares: new members pay a deposit then instalments; leaving members are refunded
        double memberIn = 0;
        double memberOut = 0;
        if (sharePrice > 0) {
            double joining = hires * takeUp;
            double leavingMembers = members * turnover / 12;
            double refund = members > 0 ? leavingMembers * memberCapital / members : 0;
            memberIn = joining * downPayment;
            double rest = joining * (sharePrice - downPayment);
            if (instalmentMonths == 0) {
                memberIn += rest;
            } else {
                for (int k = 1; k <= instalmentMonths && m + k < n; k++) {
                    memberInstalments[m + k] += rest / instalmentMonths;
                }
            }
            memberIn += memberInstalments[m];
            memberOut = refund;
            members += joining - leavingMembers;
            memberCapital += memberIn - memberOut;
        }
        // the shares of a multi-stakeholder co-op's member classes, paid in once
        for (int c = 0; c < classMonth.length; c++) {
            if (classMonth[c] == m) {
                memberIn += classAmount[c];
                memberCapital += classAmount[c];
            }
        }
        this.memberIn = memberIn;
        this.memberOut = memberOut;

        line(Line.INTEREST)[m] = interest;
        line(Line.INTEREST_TO_OWNERS)[m] = finance.interestToOwners(m);
        beforeTax = income + grants - operatingCosts - interest;
        line(Line.SURPLUS_BEFORE_TAX)[m] = beforeTax;
        yearBeforeTax += beforeTax;
    }

    /**
     * Corporation tax on each plan year's surplus (losses carried forward, paid nine months on), the
     * surplus policy at each year's end, and the month's cash.
     */
    private void taxAndCash(int m) {
        double tax = 0;
        boolean yearEnd = m % 12 == 11 || m == n - 1;
        if (yearEnd && taxed) {
            double profit = yearBeforeTax - lossesCarried;
            if (profit <= 0) {
                lossesCarried = -profit;
            } else {
                lossesCarried = 0;
                tax = calendar.corporationTax(m, profit, (m % 12) + 1);
            }
            if (m + 9 < n) {
                taxDue[m + 9] += tax;
            }
        }
        line(Line.TAX)[m] = tax;
        taxOwed += tax;
        line(Line.SURPLUS_AFTER_TAX)[m] = beforeTax - tax;
        yearAfterTax += beforeTax - tax;

        // cash before distributions
        double receipts = receiptsDue[m];
        receivables -= receipts;
        double taxPaid = taxDue[m];
        taxOwed -= taxPaid;
        double loansDrawn = finance.loansDrawn(m);
        double principalRepaid = finance.principalRepaid(m);
        double cashIn = receipts + grants + sharesRaised + memberIn + loansDrawn;
        double cashOut = payroll + otherCosts + interestPaid + principalRepaid + sharesWithdrawn + memberOut + taxPaid;

        // surplus policy at each year's end: keep the reserves, then share what the year earned
        double workerDividend = 0;
        double ownerDividend = 0;
        if (yearEnd) {
            double reserves = reservesMonths * yearOperatingCosts / ((m % 12) + 1);
            // no more than the year earned, than the surpluses kept so far (no paying out of past
            // losses, Companies Act 2006 s.830), or than the cash above reserves and tax owed
            double accumulated = retained + beforeTax - tax;
            double spareCash = cash + cashIn - cashOut - reserves - taxOwed;
            double distributable = Math.max(0, Math.min(yearAfterTax, Math.min(accumulated, spareCash)));
            if (workerDividends) {
                workerDividend = distributable * workerDividendShare;
            }
            if (ownerDividends) {
                ownerDividend = distributable * ownerDividendShare;
            }
        }
        line(Line.WORKER_DIVIDEND)[m] = workerDividend;
        line(Line.OWNER_DIVIDEND)[m] = ownerDividend;
        cashOut += workerDividend + ownerDividend;

        line(Line.OPENING_CASH)[m] = cash;
        line(Line.RECEIPTS)[m] = receipts;
        line(Line.GRANTS_RECEIVED)[m] = grants;
        line(Line.SHARE_CAPITAL_IN)[m] = sharesRaised + memberIn;
        line(Line.LOANS_IN)[m] = loansDrawn;
        line(Line.CASH_IN)[m] = cashIn;
        line(Line.PAYROLL_PAID)[m] = payroll;
        line(Line.COSTS_PAID)[m] = otherCosts;
        line(Line.INTEREST_PAID)[m] = interestPaid;
        line(Line.LOAN_REPAYMENTS)[m] = principalRepaid;
        line(Line.SHARE_WITHDRAWALS)[m] = sharesWithdrawn + memberOut;
        line(Line.TAX_PAID)[m] = taxPaid;
        line(Line.DIVIDENDS_PAID)[m] = workerDividend + ownerDividend;
        line(Line.CASH_OUT)[m] = cashOut;
        cash = cash + cashIn - cashOut;
        line(Line.CLOSING_CASH)[m] = cash;

        retained += beforeTax - tax - workerDividend - ownerDividend;
        line(Line.RECEIVABLES)[m] = receivables;
        line(Line.LOAN_BALANCE)[m] = finance.loanBalance(m);
        line(Line.TAX_OWED)[m] = taxOwed;
        line(Line.SHARE_CAPITAL)[m] = communityCapital + memberCapital;
        line(Line.RETAINED_SURPLUS)[m] = retained;
    }

    /** Clients in a month: the clients at start until the group starts, then an even ramp to the target. */
    static double plannedClients(Scenario.ClientGroup group, int month) {
        if (month < group.startMonth()) {
            return group.clientsAtStart();
        }
        if (group.rampMonths() == 0) {
            return group.target();
        }
        double progress = Math.min(1.0, (month - group.startMonth() + 1) / (double) group.rampMonths());
        return group.clientsAtStart() + (group.target() - group.clientsAtStart()) * progress;
    }

    /** As {@link #plannedClients(Scenario.ClientGroup, int)}, for group g of the compiled scenario. */
    private double plannedClients(int g, int month) {
        if (month < startMonth[g]) {
            return clientsAtStart[g];
        }
        if (rampMonths[g] == 0) {
            return target[g];
        }
        double progress = Math.min(1.0, (month - startMonth[g] + 1) / (double) rampMonths[g]);
        return clientsAtStart[g] + (target[g] - clientsAtStart[g]) * progress;
    }

    /** Travel hours per contact hour: (60 / visit minutes) visits, each with its travel time. */
    static double travelPerContactHour(Scenario.ClientGroup group, Scenario.CareWorkers cw) {
        return cw.travelMinutesPerVisit() / group.visitMinutes();
    }

    /**
     * Sick pay for the month. Occupational: full pay for the time off. Statutory: SSP for the weeks
     * off, less the waiting days of each spell, at the flat rate or the cap on earnings. Sickness is
     * a share of the weeks not on holiday; SSP's normal weekly earnings include holiday pay.
     *
     * @param earnings pay and holiday pay of all care workers in the month
     */
    private static double sickPay(Scenario.CareWorkers cw, Calendar cal, int m, double earnings, double workers,
                                  double weeks, double holidayShare, double wage, double paidHours) {
        if (workers <= 0 || cw.sicknessRate() <= 0) {
            return 0;
        }
        if (cw.sickPay() == SickPayScheme.OCCUPATIONAL) {
            return paidHours * cw.sicknessRate() / (1 - cw.sicknessRate()) * wage;
        }
        double weeklyEarnings = earnings / (workers * weeks);
        double[] ssp = cal.ssp(m);
        if (weeklyEarnings < ssp[0]) {
            return 0;
        }
        double weeklyRate = Math.min(ssp[1], ssp[2] * weeklyEarnings);
        double payable = Math.max(0, (cw.sickSpellDays() - ssp[3]) / cw.sickSpellDays());
        double sickWeeks = workers * weeks * (1 - holidayShare) * cw.sicknessRate();
        return sickWeeks * weeklyRate * payable;
    }

    /** Employer NI on one person's monthly earnings above the secondary threshold. */
    static double employerNi(StatutoryPack pack, double monthlyEarnings) {
        double threshold = pack.value(StatutoryParameter.NI_SECONDARY_THRESHOLD) / 12;
        return Math.max(0, monthlyEarnings - threshold) * pack.value(StatutoryParameter.EMPLOYER_NI_RATE);
    }

    /** Employer pension on one person's monthly qualifying earnings. */
    static double pension(StatutoryPack pack, double monthlyEarnings, double rate) {
        double lower = pack.value(StatutoryParameter.PENSION_QUALIFYING_LOWER) / 12;
        double upper = pack.value(StatutoryParameter.PENSION_QUALIFYING_UPPER) / 12;
        return Math.max(0, Math.min(monthlyEarnings, upper) - lower) * rate;
    }

    /**
     * Corporation tax on a year's profit: the small profits rate up to the lower limit, the main
     * rate above the upper limit, and marginal relief between. Limits are scaled for a short year.
     */
    public static double corporationTax(StatutoryPack pack, double profit, int monthsInYear) {
        if (profit <= 0) {
            return 0;
        }
        double scale = monthsInYear / 12.0;
        double lower = pack.value(StatutoryParameter.CORPORATION_TAX_LOWER_LIMIT) * scale;
        double upper = pack.value(StatutoryParameter.CORPORATION_TAX_UPPER_LIMIT) * scale;
        if (profit <= lower) {
            return profit * pack.value(StatutoryParameter.CORPORATION_TAX_SMALL_RATE);
        }
        double main = profit * pack.value(StatutoryParameter.CORPORATION_TAX_MAIN_RATE);
        if (profit >= upper) {
            return main;
        }
        return main - pack.value(StatutoryParameter.CORPORATION_TAX_MARGINAL_RELIEF_FRACTION) * (upper - profit);
    }

    /**
     * The statutory figures the months need, looked up once per plan into arrays (monthly thresholds
     * already divided by 12), and kept while later scenarios share the same packs (as Monte Carlo
     * draws do).
     */
    private static final class Calendar {
        /** The packs these figures came from (compared by identity). */
        private final List<StatutoryPack> packs;
        private final YearMonth start;
        /** The plan's first month, and each April: the Employment Allowance starts again. */
        final boolean[] taxYearStarts;
        final double[] holidayRate;
        final double[] holidayShare;
        /** The year's Employment Allowance, in the months it starts again (0 in others). */
        final double[] employmentAllowance;
        final double[] niThreshold;
        final double[] niRate;
        final double[] pensionLower;
        final double[] pensionUpper;
        // looked up when first needed: Statutory Sick Pay (plans that pay it), the wage floor (metrics),
        // corporation tax (year ends)
        private double[][] ssp;
        private double[] careWorkerMinimum;
        private double[][] tax;

        Calendar(Scenario s) {
            packs = s.statutory();
            start = s.start();
            int n = s.months();
            taxYearStarts = new boolean[n];
            holidayRate = new double[n];
            holidayShare = new double[n];
            employmentAllowance = new double[n];
            niThreshold = new double[n];
            niRate = new double[n];
            pensionLower = new double[n];
            pensionUpper = new double[n];
            StatutoryPack previous = null;
            for (int m = 0; m < n; m++) {
                taxYearStarts[m] = m == 0 || start.plusMonths(m).getMonthValue() == 4;
                StatutoryPack pack = packs.get(m);
                if (taxYearStarts[m]) {
                    employmentAllowance[m] = pack.value(StatutoryParameter.EMPLOYMENT_ALLOWANCE);
                }
                if (pack == previous) {
                    for (double[] a : new double[][] {holidayRate, holidayShare, niThreshold, niRate, pensionLower,
                        pensionUpper}) {
                        a[m] = a[m - 1];
                    }
                    continue;
                }
                previous = pack;
                holidayRate[m] = pack.value(StatutoryParameter.HOLIDAY_ACCRUAL_RATE);
                holidayShare[m] = holidayRate[m] / (1 + holidayRate[m]);
                niThreshold[m] = pack.value(StatutoryParameter.NI_SECONDARY_THRESHOLD) / 12;
                niRate[m] = pack.value(StatutoryParameter.EMPLOYER_NI_RATE);
                pensionLower[m] = pack.value(StatutoryParameter.PENSION_QUALIFYING_LOWER) / 12;
                pensionUpper[m] = pack.value(StatutoryParameter.PENSION_QUALIFYING_UPPER) / 12;
            }
        }

        /** True when these figures are the scenario's: the same packs, from the same month. */
        boolean covers(Scenario s) {
            return s.statutory() == packs && s.start().equals(start);
        }

        /** Statutory Sick Pay's lower earnings limit, weekly rate, cap on earnings and waiting days in month m. */
        double[] ssp(int m) {
            if (ssp == null) {
                ssp = new double[packs.size()][];
            }
            if (ssp[m] == null) {
                StatutoryPack pack = packs.get(m);
                ssp[m] = new double[] {pack.value(StatutoryParameter.SSP_LOWER_EARNINGS_LIMIT),
                    pack.value(StatutoryParameter.SSP_WEEKLY_RATE), pack.value(StatutoryParameter.SSP_EARNINGS_CAP_SHARE),
                    pack.value(StatutoryParameter.SSP_WAITING_DAYS)};
            }
            return ssp[m];
        }

        /** The legal minimum for care workers of each month (the National Living Wage in the UK). */
        double[] careWorkerMinimum() {
            if (careWorkerMinimum == null) {
                double[] floor = new double[packs.size()];
                for (int m = 0; m < floor.length; m++) {
                    floor[m] = packs.get(m).careWorkerMinimum();
                }
                careWorkerMinimum = floor;
            }
            return careWorkerMinimum;
        }

        /** As {@link Projector#employerNi}, from the month's figures. */
        double employerNi(int m, double monthlyEarnings) {
            return Math.max(0, monthlyEarnings - niThreshold[m]) * niRate[m];
        }

        /** As {@link Projector#corporationTax}, from the month's figures (looked up once per month). */
        double corporationTax(int m, double profit, int monthsInYear) {
            if (profit <= 0) {
                return 0;
            }
            if (tax == null) {
                tax = new double[packs.size()][];
            }
            if (tax[m] == null) {
                StatutoryPack pack = packs.get(m);
                tax[m] = new double[] {pack.value(StatutoryParameter.CORPORATION_TAX_LOWER_LIMIT),
                    pack.value(StatutoryParameter.CORPORATION_TAX_UPPER_LIMIT),
                    pack.value(StatutoryParameter.CORPORATION_TAX_SMALL_RATE),
                    pack.value(StatutoryParameter.CORPORATION_TAX_MAIN_RATE),
                    pack.value(StatutoryParameter.CORPORATION_TAX_MARGINAL_RELIEF_FRACTION)};
            }
            double[] t = tax[m];
            double scale = monthsInYear / 12.0;
            double lower = t[0] * scale;
            double upper = t[1] * scale;
            if (profit <= lower) {
                return profit * t[2];
            }
            double main = profit * t[3];
            if (profit >= upper) {
                return main;
            }
            return main - t[4] * (upper - profit);
        }

        /** As {@link Projector#pension}, from the month's figures. */
        double pension(int m, double monthlyEarnings, double rate) {
            return Math.max(0, Math.min(monthlyEarnings, pensionUpper[m]) - pensionLower[m]) * rate;
        }
    }
}
