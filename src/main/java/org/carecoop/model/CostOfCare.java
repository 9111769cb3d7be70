package org.carecoop.model;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;

/**
 * The cost of a contact hour for a plan in one of its years, in the Homecare Association's
 * structure. Care worker costs are built for a typical care worker in a settled year (pay, travel,
 * on-costs from the statutory pack of the year's first month); business costs are the plan's own
 * for that year, per contact hour delivered; the surplus is a share of the price.
 *
 * @param year        plan year, from 1
 * @param buildUp     the build-up at the plan's mix of visit lengths
 * @param byVisit     the same for visits of 15, 30, 45 and 60 minutes
 * @param groups      each client group's fee against the cost
 */
public record CostOfCare(int year, double surplusShare, double averageVisitMinutes, HourlyCost.BuildUp buildUp,
                         List<VisitLength> byVisit, List<GroupMargin> groups) {

    /** Visit lengths the sector compares (the HCA publishes costs by visit length since 2025-26). */
    public static final List<Integer> VISIT_LENGTHS = List.of(15, 30, 45, 60);

    public CostOfCare {
        byVisit = List.copyOf(byVisit);
        groups = List.copyOf(groups);
    }

    public record VisitLength(int minutes, HourlyCost.BuildUp buildUp) {}

    /**
     * @param fee            the group's fee per contact hour in the year's first month
     * @param fullCost       the cost of an hour before any surplus
     * @param marginPerHour  fee less the full cost: the surplus (or, below zero, deficit) per hour
     */
    public record GroupMargin(String name, StreamType stream, double visitMinutes, double fee, double fullCost,
                              double marginPerHour) {}

    public static CostOfCare of(Projection projection, int year, double surplusShare) {
        Scenario s = projection.scenario();
        if (year < 1 || year > projection.years()) {
            throw new IllegalArgumentException("the plan has years 1 to " + projection.years());
        }
        int month = (year - 1) * 12;
        double hours = projection.year(Line.CONTACT_HOURS, year);
        double business = 0;
        for (Line line : List.of(Line.OFFICE_SALARIES, Line.OFFICE_NI, Line.OFFICE_PENSION, Line.OVERHEADS,
                Line.MANAGEMENT_FEES, Line.CENTRAL_RECHARGES, Line.RECRUITMENT, Line.BAD_DEBT)) {
            business += projection.year(line, year);
        }
        double businessPerHour = hours > 0 ? business / hours : 0;
        // the allowance is the employer's, not any one worker's: spread over the year's hours
        double allowancePerHour = hours > 0 ? -projection.year(Line.EMPLOYMENT_ALLOWANCE, year) / hours : 0;

        // the plan's mix of visits, weighted by the hours each group will settle at
        double weight = 0;
        double minutesWeighted = 0;
        double travelWeighted = 0;
        for (Scenario.ClientGroup g : s.clients()) {
            double h = g.target() * g.hoursPerWeek();
            weight += h;
            minutesWeighted += h * g.visitMinutes();
            travelWeighted += h * s.careWorkers().travelMinutesPerVisit() / g.visitMinutes();
        }
        double averageVisit = weight > 0 ? minutesWeighted / weight : 60;
        double travelShare = weight > 0 ? travelWeighted / weight : s.careWorkers().travelMinutesPerVisit() / 60;
        double visitsPerHour = weight > 0 ? visitsPerHour(s, weight) : 1;

        HourlyCost.BuildUp base = HourlyCost.of(inputs(s, month, travelShare, visitsPerHour, businessPerHour, allowancePerHour, surplusShare));
        List<VisitLength> byVisit = new ArrayList<>();
        for (int minutes : VISIT_LENGTHS) {
            double travel = s.careWorkers().travelMinutesPerVisit() / minutes;
            byVisit.add(new VisitLength(minutes, HourlyCost.of(inputs(s, month, travel, 60.0 / minutes, businessPerHour,
                    allowancePerHour, surplusShare))));
        }
        List<GroupMargin> groups = new ArrayList<>();
        double fullCost = base.price() - base.surplus();
        for (Scenario.ClientGroup g : s.clients()) {
            double fee = g.fee().at(month);
            groups.add(new GroupMargin(g.name(), g.stream(), g.visitMinutes(), fee, fullCost, fee - fullCost));
        }
        return new CostOfCare(year, surplusShare, averageVisit, base, byVisit, groups);
    }

    private static double visitsPerHour(Scenario s, double weight) {
        double visits = 0;
        for (Scenario.ClientGroup g : s.clients()) {
            visits += g.target() * g.hoursPerWeek() * 60 / g.visitMinutes();
        }
        return visits / weight;
    }

    /**
     * A typical care worker's week, averaged over the year: rostered time after training, meetings,
     * holiday and sickness; the utilised part split between contact and travel; each cost line per
     * contact hour.
     */
    static HourlyCost.Inputs inputs(Scenario s, int month, double travelShare, double visitsPerHour,
                                    double businessPerHour, double allowancePerHour, double surplusShare) {
        Scenario.CareWorkers cw = s.careWorkers();
        StatutoryPack pack = s.statutory().get(month);
        double wage = cw.wage().at(month);
        double holidayRate = pack.value(StatutoryParameter.HOLIDAY_ACCRUAL_RATE);
        double holidayShare = holidayRate / (1 + holidayRate);
        double trainingWeekly = cw.trainingHoursPerYear() / 52 + cw.meetingHoursPerMonth() * 12 / 52
                + cw.inductionHours() * cw.turnover() / 52;
        double rostered = Math.max(0, cw.hoursPerWeek() - trainingWeekly) * (1 - holidayShare) * (1 - cw.sicknessRate());
        double contactWeekly = rostered * cw.utilisation() / (1 + travelShare);
        if (contactWeekly <= 0) {
            throw new IllegalArgumentException("care workers have no time left for visits");
        }
        double mileage = visitsPerHour * cw.milesPerVisit() * cw.mileageRate().at(month);
        if (cw.selfEmployed()) {
            // self-employed carers: their rate for contact time, less the provider's deduction; no on-costs
            return new HourlyCost.Inputs(wage * (1 - cw.platformDeduction()), 0, mileage, 0, 0, 0, 0, 0,
                    businessPerHour, allowancePerHour, 0, surplusShare);
        }
        double waitingPerHour = (1 - cw.utilisation()) / cw.utilisation() * (1 + travelShare);
        double paidPerHour = 1 + (cw.travelPaid() ? travelShare : 0) + (cw.waitingPaid() ? waitingPerHour : 0)
                + trainingWeekly / contactWeekly;
        double guaranteedWeekly = cw.contract() == ContractType.GUARANTEED_HOURS
                ? cw.guaranteedHoursPerWeek() * (1 - holidayShare) * (1 - cw.sicknessRate()) : 0;
        double idlePerHour = Math.max(0, guaranteedWeekly - paidPerHour * contactWeekly) / contactWeekly;
        double contactPay = wage;
        double travelPay = cw.travelPaid() ? wage * travelShare : 0;
        double otherPay = wage * (paidPerHour - 1 - (cw.travelPaid() ? travelShare : 0) + idlePerHour);
        double pay = contactPay + travelPay + otherPay;
        double holiday = pay * holidayRate;
        double sick;
        // SSP's normal weekly earnings include holiday pay
        double weeklyEarnings = pay * (1 + holidayRate) * contactWeekly;
        if (cw.sickPay() == SickPayScheme.OCCUPATIONAL) {
            sick = pay * cw.sicknessRate() / (1 - cw.sicknessRate());
        } else if (weeklyEarnings < pack.value(StatutoryParameter.SSP_LOWER_EARNINGS_LIMIT)) {
            sick = 0;
        } else {
            double weeklySsp = Math.min(pack.value(StatutoryParameter.SSP_WEEKLY_RATE),
                    pack.value(StatutoryParameter.SSP_EARNINGS_CAP_SHARE) * weeklyEarnings);
            double payable = Math.max(0, (cw.sickSpellDays() - pack.value(StatutoryParameter.SSP_WAITING_DAYS))
                    / cw.sickSpellDays());
            // sickness is a share of the weeks not on holiday
            sick = (1 - holidayShare) * cw.sicknessRate() * weeklySsp * payable / contactWeekly;
        }
        double contactYearly = contactWeekly * 52;
        double earnings = (pay + holiday + sick) * contactYearly;
        double ni = Math.max(0, earnings - pack.value(StatutoryParameter.NI_SECONDARY_THRESHOLD))
                * pack.value(StatutoryParameter.EMPLOYER_NI_RATE) / contactYearly;
        double pension = Math.max(0, Math.min(earnings, pack.value(StatutoryParameter.PENSION_QUALIFYING_UPPER))
                - pack.value(StatutoryParameter.PENSION_QUALIFYING_LOWER)) * cw.pensionRate().at(month) / contactYearly;
        return new HourlyCost.Inputs(contactPay, travelPay, mileage, ni, pension, holiday, sick, otherPay,
                businessPerHour, allowancePerHour, 0, surplusShare);
    }
}
