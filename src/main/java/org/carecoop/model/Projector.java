package org.carecoop.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;

/**
 * The monthly projection: pure and deterministic, from a resolved {@link Scenario} to a
 * {@link Projection}. docs/model.md explains each step in words; the comments here say why.
 */
public final class Projector {
    private final Scenario s;
    private final int n;
    private final EnumMap<Line, double[]> out = new EnumMap<>(Line.class);

    private Projector(Scenario scenario) {
        this.s = scenario;
        this.n = scenario.months();
        for (Line line : Line.values()) {
            out.put(line, new double[n]);
        }
    }

    public static Projection project(Scenario scenario) {
        return new Projector(scenario).run();
    }

    private double[] line(Line line) {
        return out.get(line);
    }

    private Projection run() {
        Scenario.CareWorkers cw = s.careWorkers();
        int groups = s.clients().size();
        double[][] groupClients = new double[groups][n];
        double[][] groupHours = new double[groups][n];
        double[][] groupIncome = new double[groups][n];
        double[] receiptsDue = new double[n];
        double receivables = 0;
        double[] taxDue = new double[n];
        double taxOwed = 0;
        double lossesCarried = 0;
        double[] memberInstalments = new double[n];

        Finance finance = new Finance(s);
        double cash = s.funding().openingCash();
        double workers = cw.workersAtStart();
        double members = 0;
        double memberCapital = 0;
        double communityCapital = 0;
        double retained = 0;
        double employmentAllowanceLeft = 0;
        double[] previousClients = new double[groups];
        for (int g = 0; g < groups; g++) {
            previousClients[g] = s.clients().get(g).clientsAtStart();
        }

        for (int m = 0; m < n; m++) {
            StatutoryPack pack = s.statutory().get(m);
            double weeks = s.weeks().at(m);
            double holidayRate = pack.value(StatutoryParameter.HOLIDAY_ACCRUAL_RATE);
            // holiday accrued at 12.07% of hours worked is 5.6 weeks off in 52: the share of time away
            double holidayShare = holidayRate / (1 + holidayRate);
            if (m == 0 || s.month(m).getMonthValue() == 4) {
                employmentAllowanceLeft = s.provider().employmentAllowance()
                        ? pack.value(StatutoryParameter.EMPLOYMENT_ALLOWANCE) : 0;
            }

            // demand: each group follows its ramp; leavers are replaced by new referrals
            double demand = 0;
            double travelWeighted = 0;
            double[] groupDemand = new double[groups];
            for (int g = 0; g < groups; g++) {
                Scenario.ClientGroup group = s.clients().get(g);
                double planned = plannedClients(group, m);
                double leaving = previousClients[g] * group.leaveRate();
                line(Line.CLIENTS_LEAVING)[m] += leaving;
                line(Line.NEW_CLIENTS)[m] += Math.max(0, planned - (previousClients[g] - leaving));
                groupClients[g][m] = planned;
                previousClients[g] = planned;
                groupDemand[g] = planned * group.hoursPerWeek() * weeks;
                demand += groupDemand[g];
                travelWeighted += groupDemand[g] * travelPerContactHour(group, cw);
                line(Line.CLIENTS)[m] += planned;
            }
            double travelShare = demand > 0 ? travelWeighted / demand : 0;
            line(Line.HOURS_DEMANDED)[m] = demand;

            // capacity: a care worker's rostered time after training, meetings, holiday and sickness,
            // of which the utilised part is split between contact and travel
            double nonContactWeekly = cw.trainingHoursPerYear() / 52 + cw.meetingHoursPerMonth() * 12 / 52;
            double rostered = Math.max(0, cw.hoursPerWeek() - nonContactWeekly) * (1 - holidayShare)
                    * (1 - cw.sicknessRate()) * weeks;
            double capacityPerWorker = rostered * cw.utilisation() / (1 + travelShare);
            double needed = capacityPerWorker > 0 ? demand / capacityPerWorker : 0;

            // workforce: leavers at the yearly turnover rate; hire to meet demand, up to the hiring limit
            double leavers = workers * cw.turnover() / 12;
            double staying = workers - leavers;
            double hires = Math.min(Math.max(0, needed - staying), cw.maxHiresPerMonth());
            workers = staying + hires;
            line(Line.CARE_WORKERS_NEEDED)[m] = needed;
            line(Line.CARE_WORKERS)[m] = workers;
            line(Line.HIRES)[m] = hires;
            line(Line.LEAVERS)[m] = leavers;

            double delivered = Math.min(demand, workers * capacityPerWorker);
            double deliveredShare = demand > 0 ? delivered / demand : 0;
            double travelHours = 0;
            double visits = 0;
            double miles = 0;
            double income = 0;
            for (int g = 0; g < groups; g++) {
                Scenario.ClientGroup group = s.clients().get(g);
                double hours = groupDemand[g] * deliveredShare;
                double groupVisits = hours * 60 / group.visitMinutes();
                groupHours[g][m] = hours;
                groupIncome[g][m] = hours * group.fee().at(m);
                income += groupIncome[g][m];
                travelHours += hours * travelPerContactHour(group, cw);
                visits += groupVisits;
                miles += groupVisits * cw.milesPerVisit();
                // invoiced at the month's end, paid after the group's terms; bad debt is never paid
                double collectable = groupIncome[g][m] * (1 - group.badDebt());
                line(Line.BAD_DEBT)[m] += groupIncome[g][m] * group.badDebt();
                int paidIn = m + group.paymentLagMonths();
                receivables += collectable;
                if (paidIn < n) {
                    receiptsDue[paidIn] += collectable;
                }
            }
            line(Line.CONTACT_HOURS)[m] = delivered;
            line(Line.UNMET_HOURS)[m] = demand - delivered;
            line(Line.VISITS)[m] = visits;
            line(Line.TRAVEL_HOURS)[m] = travelHours;
            line(Line.INCOME)[m] = income;

            // paid time: zero-hours contracts pay worked time only; guaranteed hours pay at least the guarantee
            double rosteredHours = cw.utilisation() > 0 ? (delivered + travelHours) / cw.utilisation() : 0;
            double waiting = Math.max(0, rosteredHours - delivered - travelHours);
            double trainingHours = workers * cw.trainingHoursPerYear() / 12 + workers * cw.meetingHoursPerMonth()
                    + hires * cw.inductionHours();
            double worked = delivered + (cw.travelPaid() ? travelHours : 0) + (cw.waitingPaid() ? waiting : 0)
                    + trainingHours;
            double guaranteed = cw.contract() == ContractType.GUARANTEED_HOURS
                    ? workers * cw.guaranteedHoursPerWeek() * weeks * (1 - holidayShare) * (1 - cw.sicknessRate()) : 0;
            double paidHours = Math.max(worked, guaranteed);
            // travel between visits is always working time for the minimum wage; free waiting time is not
            double workingHours = Math.max(delivered + travelHours + (cw.waitingPaid() ? waiting : 0) + trainingHours,
                    paidHours);
            line(Line.WAITING_HOURS)[m] = waiting;
            line(Line.TRAINING_HOURS)[m] = trainingHours;
            line(Line.PAID_HOURS)[m] = paidHours;
            line(Line.WORKING_HOURS)[m] = workingHours;

            double wage = cw.wage().at(m);
            double basic = paidHours * wage;
            line(Line.CONTACT_PAY)[m] = delivered * wage;
            line(Line.WAITING_PAY)[m] = cw.waitingPaid() ? waiting * wage : 0;
            line(Line.TRAVEL_PAY)[m] = cw.travelPaid() ? travelHours * wage : 0;
            line(Line.TRAINING_PAY)[m] = trainingHours * wage;
            line(Line.IDLE_PAY)[m] = (paidHours - worked) * wage;
            double holidayPay = basic * holidayRate;
            line(Line.HOLIDAY_PAY)[m] = holidayPay;
            double sickPay = sickPay(cw, pack, basic + holidayPay, workers, weeks, holidayShare, wage, paidHours);
            line(Line.SICK_PAY)[m] = sickPay;
            double gross = basic + holidayPay + sickPay;
            double perWorker = workers > 0 ? gross / workers : 0;
            double careNi = workers * employerNi(pack, perWorker);
            double carePension = workers * pension(pack, perWorker, cw.pensionRate().at(m));
            line(Line.MILEAGE)[m] = miles * cw.mileageRate().at(m);
            line(Line.RECRUITMENT)[m] = hires * cw.recruitmentCost();

            // office and management: fixed posts, or one per so many care workers (whole people)
            double salaries = 0;
            double officeNi = 0;
            double officePension = 0;
            double officePeople = 0;
            for (Scenario.OfficeRole role : s.officeStaff()) {
                if (m < role.startMonth()) {
                    continue;
                }
                double people = role.scales() ? Math.ceil(workers / role.perCareWorkers() - 1e-9) : role.count();
                double monthly = role.salary().at(m) / 12;
                officePeople += people;
                salaries += people * monthly;
                officeNi += people * employerNi(pack, monthly);
                officePension += people * pension(pack, monthly, cw.pensionRate().at(m));
            }
            line(Line.OFFICE_STAFF)[m] = officePeople;
            line(Line.OFFICE_SALARIES)[m] = salaries;
            double allowance = Math.min(careNi + officeNi, employmentAllowanceLeft);
            employmentAllowanceLeft -= allowance;
            line(Line.CARE_WORKER_NI)[m] = careNi;
            line(Line.CARE_WORKER_PENSION)[m] = carePension;
            line(Line.OFFICE_NI)[m] = officeNi;
            line(Line.OFFICE_PENSION)[m] = officePension;
            line(Line.EMPLOYMENT_ALLOWANCE)[m] = -allowance;

            double overheads = 0;
            for (Scenario.Overhead o : s.overheads()) {
                if (m < o.startMonth()) {
                    continue;
                }
                double amount = o.amount().at(m);
                overheads += switch (o.basis()) {
                    case PER_MONTH -> amount;
                    case PER_CLIENT -> amount * line(Line.CLIENTS)[m];
                    case PER_CARE_WORKER -> amount * workers;
                    case PER_CONTACT_HOUR -> amount * delivered;
                    case SHARE_OF_INCOME -> amount * income;
                };
            }
            line(Line.OVERHEADS)[m] = overheads;
            for (Scenario.OneOff cost : s.startUpCosts()) {
                if (cost.month() == m) {
                    line(Line.START_UP_COSTS)[m] += cost.amount();
                }
            }
            line(Line.MANAGEMENT_FEES)[m] = income * s.provider().managementFeeShare();
            line(Line.CENTRAL_RECHARGES)[m] = income * s.provider().centralRechargeShare();

            double payroll = gross + careNi + carePension + salaries + officeNi + officePension - allowance;
            double otherCosts = line(Line.MILEAGE)[m] + line(Line.RECRUITMENT)[m] + overheads
                    + line(Line.START_UP_COSTS)[m] + line(Line.MANAGEMENT_FEES)[m] + line(Line.CENTRAL_RECHARGES)[m];
            double operatingCosts = payroll + otherCosts + line(Line.BAD_DEBT)[m];
            line(Line.OPERATING_COSTS)[m] = operatingCosts;
            line(Line.OPERATING_SURPLUS)[m] = income - operatingCosts;

            // funding: grants, shares and loans
            double grants = 0;
            for (Scenario.OneOff grant : s.funding().grants()) {
                if (grant.month() == m) {
                    grants += grant.amount();
                }
            }
            line(Line.GRANT_INCOME)[m] = grants;
            Finance.Month f = finance.month(m, communityCapital);
            communityCapital += f.sharesRaised() - f.sharesWithdrawn();

            // member shares: new members pay a deposit then instalments; leaving members are refunded
            Scenario.MemberShares ms = s.funding().memberShares();
            double memberIn = 0;
            double memberOut = 0;
            if (ms.sharePrice() > 0) {
                double joining = hires * ms.takeUp();
                double leavingMembers = members * cw.turnover() / 12;
                double refund = members > 0 ? leavingMembers * memberCapital / members : 0;
                memberIn = joining * ms.downPayment();
                double rest = joining * (ms.sharePrice() - ms.downPayment());
                if (ms.instalmentMonths() == 0) {
                    memberIn += rest;
                } else {
                    for (int k = 1; k <= ms.instalmentMonths() && m + k < n; k++) {
                        memberInstalments[m + k] += rest / ms.instalmentMonths();
                    }
                }
                memberIn += memberInstalments[m];
                memberOut = refund;
                members += joining - leavingMembers;
                memberCapital += memberIn - memberOut;
            }
            // the shares of a multi-stakeholder co-op's member classes, paid in once
            for (Scenario.OneOff classShares : s.funding().memberClassShares()) {
                if (classShares.month() == m) {
                    memberIn += classShares.amount();
                    memberCapital += classShares.amount();
                }
            }

            double interest = f.interest();
            line(Line.INTEREST)[m] = interest;
            line(Line.INTEREST_TO_OWNERS)[m] = f.interestToOwners();
            double beforeTax = income + grants - operatingCosts - interest;
            line(Line.SURPLUS_BEFORE_TAX)[m] = beforeTax;

            // corporation tax on each plan year's surplus, losses carried forward, paid nine months on
            double tax = 0;
            boolean yearEnd = m % 12 == 11 || m == n - 1;
            if (yearEnd && s.provider().model() != ProviderModel.COUNCIL_IN_HOUSE) {
                double profit = sumYear(Line.SURPLUS_BEFORE_TAX, m) - lossesCarried;
                if (profit <= 0) {
                    lossesCarried = -profit;
                } else {
                    lossesCarried = 0;
                    tax = corporationTax(pack, profit, (m % 12) + 1);
                }
                if (m + 9 < n) {
                    taxDue[m + 9] += tax;
                }
            }
            line(Line.TAX)[m] = tax;
            taxOwed += tax;
            line(Line.SURPLUS_AFTER_TAX)[m] = beforeTax - tax;

            // cash before distributions
            double receipts = receiptsDue[m];
            receivables -= receipts;
            double taxPaid = taxDue[m];
            taxOwed -= taxPaid;
            double cashIn = receipts + grants + f.sharesRaised() + memberIn + f.loansDrawn();
            double cashOut = payroll + otherCosts + f.interestPaid() + f.principalRepaid() + f.sharesWithdrawn() + memberOut
                    + taxPaid;

            // surplus policy at each year's end: keep the reserves, then share what the year earned
            double workerDividend = 0;
            double ownerDividend = 0;
            if (yearEnd) {
                double yearAfterTax = sumYear(Line.SURPLUS_AFTER_TAX, m);
                double reserves = s.surplus().reservesMonths() * sumYear(Line.OPERATING_COSTS, m) / ((m % 12) + 1);
                // no more than the year earned, than the surpluses kept so far (no paying out of past
                // losses, Companies Act 2006 s.830), or than the cash above reserves and tax owed
                double accumulated = retained + beforeTax - tax;
                double spareCash = cash + cashIn - cashOut - reserves - taxOwed;
                double distributable = Math.max(0, Math.min(yearAfterTax, Math.min(accumulated, spareCash)));
                if (s.provider().model() == ProviderModel.WORKER_COOP
                        || s.provider().model() == ProviderModel.MULTI_STAKEHOLDER_COOP) {
                    workerDividend = distributable * s.surplus().workerDividend();
                }
                if (s.provider().model() == ProviderModel.FOR_PROFIT || s.provider().model() == ProviderModel.PRIVATE_EQUITY) {
                    ownerDividend = distributable * s.surplus().ownerDividend();
                }
            }
            line(Line.WORKER_DIVIDEND)[m] = workerDividend;
            line(Line.OWNER_DIVIDEND)[m] = ownerDividend;
            cashOut += workerDividend + ownerDividend;

            line(Line.OPENING_CASH)[m] = cash;
            line(Line.RECEIPTS)[m] = receipts;
            line(Line.GRANTS_RECEIVED)[m] = grants;
            line(Line.SHARE_CAPITAL_IN)[m] = f.sharesRaised() + memberIn;
            line(Line.LOANS_IN)[m] = f.loansDrawn();
            line(Line.CASH_IN)[m] = cashIn;
            line(Line.PAYROLL_PAID)[m] = payroll;
            line(Line.COSTS_PAID)[m] = otherCosts;
            line(Line.INTEREST_PAID)[m] = f.interestPaid();
            line(Line.LOAN_REPAYMENTS)[m] = f.principalRepaid();
            line(Line.SHARE_WITHDRAWALS)[m] = f.sharesWithdrawn() + memberOut;
            line(Line.TAX_PAID)[m] = taxPaid;
            line(Line.DIVIDENDS_PAID)[m] = workerDividend + ownerDividend;
            line(Line.CASH_OUT)[m] = cashOut;
            cash = cash + cashIn - cashOut;
            line(Line.CLOSING_CASH)[m] = cash;

            retained += beforeTax - tax - workerDividend - ownerDividend;
            line(Line.RECEIVABLES)[m] = receivables;
            line(Line.LOAN_BALANCE)[m] = f.loanBalance();
            line(Line.TAX_OWED)[m] = taxOwed;
            line(Line.SHARE_CAPITAL)[m] = communityCapital + memberCapital;
            line(Line.RETAINED_SURPLUS)[m] = retained;
        }

        Map<Line, Series> lines = new EnumMap<>(Line.class);
        // the arrays are this run's own and are not touched again: the series take them as they are
        out.forEach((line, values) -> lines.put(line, Series.wrap(values)));
        List<Projection.GroupLines> groupLines = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            Scenario.ClientGroup group = s.clients().get(g);
            groupLines.add(new Projection.GroupLines(group.name(), group.stream(), Series.wrap(groupClients[g]),
                    Series.wrap(groupHours[g]), Series.wrap(groupIncome[g]), group.fee()));
        }
        return new Projection(s, lines, groupLines);
    }

    private double sumYear(Line line, int yearEndMonth) {
        double total = 0;
        for (int m = yearEndMonth - (yearEndMonth % 12); m <= yearEndMonth; m++) {
            total += line(line)[m];
        }
        return total;
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
    static double sickPay(Scenario.CareWorkers cw, StatutoryPack pack, double earnings, double workers, double weeks,
                          double holidayShare, double wage, double paidHours) {
        if (workers <= 0 || cw.sicknessRate() <= 0) {
            return 0;
        }
        if (cw.sickPay() == SickPayScheme.OCCUPATIONAL) {
            return paidHours * cw.sicknessRate() / (1 - cw.sicknessRate()) * wage;
        }
        double weeklyEarnings = earnings / (workers * weeks);
        if (weeklyEarnings < pack.value(StatutoryParameter.SSP_LOWER_EARNINGS_LIMIT)) {
            return 0;
        }
        double weeklyRate = Math.min(pack.value(StatutoryParameter.SSP_WEEKLY_RATE),
                pack.value(StatutoryParameter.SSP_EARNINGS_CAP_SHARE) * weeklyEarnings);
        double payable = Math.max(0, (cw.sickSpellDays() - pack.value(StatutoryParameter.SSP_WAITING_DAYS)) / cw.sickSpellDays());
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
}
