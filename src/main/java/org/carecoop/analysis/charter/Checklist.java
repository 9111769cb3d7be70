package org.carecoop.analysis.charter;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.ContractType;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.model.SickPayScheme;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;
import org.carecoop.statutory.Terms;

/**
 * Checks each requirement of a charter against one run of a plan: met or not, what the plan does, the gap in
 * the user's terms, and the parameter changes that would meet it. Pay is checked in every month (as the minimum
 * wage is); the other figures are for one plan year, a settled one by default.
 */
final class Checklist {
    private static final double EPS = 1e-9;

    private final Scenario s;
    private final Projection p;
    private final Scenario.CareWorkers cw;
    /** What the plan's jurisdiction calls its wage floors, sick pay and mileage rate. */
    private final Terms terms;
    private final int year;
    private final int from;
    private final int to;

    private Checklist(RunResult run, int year) {
        this.s = run.scenario();
        this.p = run.projection();
        this.cw = s.careWorkers();
        this.terms = s.statutory().get(0).nation().terms();
        this.year = year;
        this.from = (year - 1) * 12;
        this.to = Math.min(year * 12, p.months());
    }

    static List<Finding> check(Charter charter, RunResult run, int year) {
        Checklist list = new Checklist(run, year);
        return charter.requirements().stream().map(list::check).toList();
    }

    private Finding check(Charter.Requirement r) {
        Charter.Check c = r.check();
        if (c instanceof Charter.PayFloor floor) {
            return payFloor(r, floor);
        } else if (c instanceof Charter.TravelTimePaid) {
            return travelTime(r);
        } else if (c instanceof Charter.TravelCostsPaid costs) {
            return travelCosts(r, costs);
        } else if (c instanceof Charter.MinimumVisitMinutes visits) {
            return visits(r, visits);
        } else if (c instanceof Charter.SickPay sick) {
            return sickPay(r, sick);
        } else if (c instanceof Charter.NoZeroHours hours) {
            return zeroHours(r, hours);
        } else if (c instanceof Charter.PaidTraining training) {
            return training(r, training);
        }
        return meetings(r, (Charter.PaidMeetings) c);
    }

    // -- the plan year's figures

    private double yearSum(Line line) {
        return p.get(line).sum(from, to);
    }

    /** Average care workers employed in the plan year. */
    private double workers() {
        return yearSum(Line.CARE_WORKERS) / (to - from);
    }

    /** A total over the plan year, per care worker, for a year of twelve months. */
    private double perWorkerYear(double total) {
        double w = workers();
        return w > EPS ? total / w * 12.0 / (to - from) : Double.NaN;
    }

    private String yearWords() {
        return "plan year " + year;
    }

    // -- pay as the minimum wage counts it

    /** The approved mileage rate of the statutory pack in a month: what running a car for work is taken to cost. */
    private double approvedRate(int m) {
        return s.statutory().get(m).value(StatutoryParameter.MILEAGE_RATE);
    }

    /** The approved mileage rate in words, in the plan's jurisdiction: "the HMRC approved rate". */
    private String approvedLabel() {
        return terms.mileageRate();
    }

    /**
     * Mileage costs care workers pay and are not repaid in a month: the approved rate less the rate paid, for every
     * mile between visits. Expenses a worker pays in connection with the job and is not repaid reduce pay for the
     * minimum wage (National Minimum Wage Regulations 2015, regulation 13; HMRC National Minimum Wage Manual
     * NMWM11100 and NMWM11170); taking the approved rate as the cost of a mile is carecoop's assumption.
     */
    private double mileageNotRepaid(int m) {
        double short_ = approvedRate(m) - cw.mileageRate().at(m);
        return short_ > EPS ? short_ * p.at(Line.VISITS, m) * cw.milesPerVisit() : 0;
    }

    /** Waiting between visits that is not paid, in a month (none when waiting is paid: it is then working time). */
    private double unpaidWaiting(int m) {
        return cw.waitingPaid() ? 0 : p.at(Line.WAITING_HOURS, m);
    }

    /**
     * Working hours in a month as the check counts them: the model's (contact, travel, training, paid waiting, or the
     * hours paid when more), with unpaid waiting added when {@code countWaiting}.
     */
    private double workingHours(int m, boolean countWaiting) {
        if (!countWaiting || cw.waitingPaid()) {
            return p.at(Line.WORKING_HOURS, m);
        }
        return Math.max(p.at(Line.CONTACT_HOURS, m) + p.at(Line.TRAVEL_HOURS, m) + p.at(Line.TRAINING_HOURS, m)
                + p.at(Line.WAITING_HOURS, m), p.at(Line.PAID_HOURS, m));
    }

    /** Pay per hour of working time as the check counts it, mileage costs not repaid taken off; NaN with no work. */
    private double checkedPay(int m, boolean countWaiting) {
        double worked = workingHours(m, countWaiting);
        return worked > EPS ? (Metrics.basicPay(p, m) - mileageNotRepaid(m)) / worked : Double.NaN;
    }

    /** The month of least pay against the floor, or -1 when the floor covers no month with work. */
    private int worstMonth(double[] floors, boolean countWaiting) {
        double worst = Double.POSITIVE_INFINITY;
        int month = -1;
        for (int m = 0; m < p.months(); m++) {
            double pay = checkedPay(m, countWaiting);
            if (!Double.isNaN(floors[m]) && !Double.isNaN(pay) && pay - floors[m] < worst) {
                worst = pay - floors[m];
                month = m;
            }
        }
        return month;
    }

    // -- the checks

    private Finding payFloor(Charter.Requirement r, Charter.PayFloor c) {
        Charter.Floor floor = c.floor();
        boolean countWaiting = c.countUnpaidWaiting();
        int checked = 0;
        int below = 0;
        double shortfall = 0;
        double[] floors = new double[p.months()];
        for (int m = 0; m < p.months(); m++) {
            floors[m] = floor.at(s, m, r.where() + ": requirements[" + r.name() + "].floor");
            double pay = checkedPay(m, countWaiting);
            if (Double.isNaN(floors[m]) || Double.isNaN(pay)) {
                continue;
            }
            checked++;
            if (pay < floors[m] - EPS) {
                below++;
                if (m >= from && m < to) {
                    shortfall += (floors[m] - pay) * workingHours(m, countWaiting);
                }
            }
        }
        double basic = 0;
        double notRepaid = 0;
        double waiting = 0;
        for (int m = from; m < to; m++) {
            basic += Metrics.basicPay(p, m);
            notRepaid += mileageNotRepaid(m);
            waiting += unpaidWaiting(m);
        }
        double working = yearSum(Line.WORKING_HOURS);
        double contact = yearSum(Line.CONTACT_HOURS);
        double waitingMinutes = contact > EPS ? waiting / contact * 60 : 0;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("months_checked", (double) checked);
        figures.put("months_below", (double) below);
        figures.put("pay_per_working_hour_in_year", working > EPS ? basic / working : Double.NaN);
        figures.put("mileage_not_repaid_per_working_hour_in_year", working > EPS ? notRepaid / working : Double.NaN);
        figures.put("unpaid_waiting_minutes_per_contact_hour", waitingMinutes);
        int worstMonth = worstMonth(floors, countWaiting);
        if (worstMonth < 0) {
            return new Finding(r, true, "no month to check: " + floor.label(terms) + " does not apply during the plan", "",
                    figures, List.of());
        }
        double payThen = checkedPay(worstMonth, countWaiting);
        YearMonth month = s.month(worstMonth);
        figures.put("lowest_pay_per_working_hour", payThen);
        figures.put("floor_then", floors[worstMonth]);
        figures.put("shortfall_per_care_worker_per_year", perWorkerYear(shortfall));
        // what the pay would be with unpaid waiting counted as working time, for a union to argue that it is
        boolean waitingLeftOut = !countWaiting && p.get(Line.WAITING_HOURS).sum() > EPS && !cw.waitingPaid();
        int worstWithWaiting = waitingLeftOut ? worstMonth(floors, true) : -1;
        double payWithWaiting = worstWithWaiting < 0 ? Double.NaN : checkedPay(worstWithWaiting, true);
        figures.put("lowest_pay_per_working_hour_if_waiting_counted", payWithWaiting);
        String what = "pay per hour of working time, travel" + (countWaiting && !cw.waitingPaid() ? " and unpaid waiting"
                : "") + " counted";
        double mileageThen = mileageNotRepaid(worstMonth) / workingHours(worstMonth, countWaiting);
        String mileage = mileageThen > EPS ? " (" + Wording.pence(payThen + mileageThen) + " less "
                + Wording.pence(mileageThen) + " an hour of mileage costs care workers pay and are not repaid: mileage "
                + "is paid " + Wording.pence(approvedRate(worstMonth) - cw.mileageRate().at(worstMonth)) + " a mile below "
                + approvedLabel() + " of " + Wording.pence(approvedRate(worstMonth)) + ")" : "";
        if (below == 0) {
            String withWaiting = worstWithWaiting >= 0 && payWithWaiting < floors[worstWithWaiting] - EPS
                    ? "; with unpaid waiting counted it would be " + Wording.pence(payWithWaiting) + " in "
                    + s.month(worstWithWaiting) + ", below it" : "";
            return new Finding(r, true, what + ", is at least " + Wording.pence(payThen) + mileage + " (lowest in " + month
                    + ") against " + floor.label(terms) + " of " + Wording.pence(floors[worstMonth]) + withWaiting, "", figures,
                    List.of());
        }
        String gap = what + ", is lowest in " + month + ": " + Wording.pence(payThen) + mileage + ", "
                + Wording.pence(floors[worstMonth] - payThen) + " below " + floor.label(terms) + " of "
                + Wording.pence(floors[worstMonth]) + "; below it in " + below + " of " + checked + " months"
                + (shortfall > EPS ? ", a shortfall worth " + Wording.money(perWorkerYear(shortfall))
                + " a year to each care worker (" + yearWords() + ")" : "");
        if (worstWithWaiting >= 0) {
            gap += ". Not counted: " + Wording.number(waitingMinutes, 1) + " minutes of unpaid waiting between visits per "
                    + "contact hour (" + yearWords() + "), taken as time care workers are free to use; if they must stay "
                    + "available it is working time (" + terms.waitingRule() + "), and pay per "
                    + "hour of working time would be lowest in " + s.month(worstWithWaiting) + ": "
                    + Wording.pence(payWithWaiting) + " (count_unpaid_waiting: true on this requirement counts it)";
        }
        return new Finding(r, false, "pay per hour of working time falls below " + floor.label(terms), gap, figures,
                payFloorChanges(floor, floors, countWaiting));
    }

    /**
     * Pay travel time (and waiting, when the charter counts it), repay mileage at the approved rate, and lift the
     * wage to the floor in any month it is below.
     */
    private List<Change> payFloorChanges(Charter.Floor floor, double[] floors, boolean countWaiting) {
        List<Change> changes = new ArrayList<>();
        if (!cw.travelPaid() && p.get(Line.TRAVEL_HOURS).sum() > EPS) {
            changes.add(travelPaid());
        }
        if (countWaiting && !cw.waitingPaid() && p.get(Line.WAITING_HOURS).sum() > EPS) {
            changes.add(new Change("care_workers.waiting_paid", "true", "pay waiting time between visits at the wage"));
        }
        boolean mileageShort = false;
        for (int m = 0; m < p.months(); m++) {
            mileageShort |= !Double.isNaN(floors[m]) && mileageNotRepaid(m) > EPS;
        }
        if (mileageShort) {
            changes.add(approvedMileage("repay mileage at " + approvedLabel()));
        }
        boolean anyBelow = false;
        boolean neverAbove = true;
        double[] target = new double[p.months()];
        for (int m = 0; m < p.months(); m++) {
            double wage = cw.wage().at(m);
            target[m] = wage;
            if (Double.isNaN(floors[m])) {
                neverAbove = false;
                continue;
            }
            anyBelow |= wage < floors[m] - EPS;
            neverAbove &= wage <= floors[m] + EPS;
            target[m] = Math.max(wage, floors[m]);
        }
        if (!anyBelow) {
            return changes;
        }
        if (neverAbove && floor.word() != null) {
            changes.add(new Change("care_workers.wage_per_hour", floor.word(), "pay " + floor.label(terms)));
            changes.add(new Change("care_workers.wage_above_floor", "0", "no premium above it"));
        } else if (neverAbove && floor.constant() != null) {
            changes.add(new Change("care_workers.wage_per_hour", floor.written(), "pay the charter's floor"));
            changes.add(new Change("care_workers.wage_uplift", "0%", "the floor as it is, every year"));
        } else {
            // the wage where it is above the floor, the floor where it is not, as dated values
            TreeMap<YearMonth, Double> dated = new TreeMap<>();
            double last = Double.NaN;
            for (int m = 0; m < target.length; m++) {
                if (Math.abs(target[m] - last) > EPS || m == 0) {
                    dated.put(s.month(m), target[m]);
                    last = target[m];
                }
            }
            changes.add(new Change("care_workers.wage_per_hour", Charter.Floor.dated(dated).written(),
                    "the plan's wage, raised to " + floor.label(terms) + " in the months it is below"));
        }
        return changes;
    }

    private static Change travelPaid() {
        return new Change("care_workers.travel_paid", "true", "pay travel time between visits at the wage");
    }

    private Finding travelTime(Charter.Requirement r) {
        double contact = yearSum(Line.CONTACT_HOURS);
        double travel = yearSum(Line.TRAVEL_HOURS);
        double worth = 0;
        for (int m = from; m < to; m++) {
            worth += p.at(Line.TRAVEL_HOURS, m) * cw.wage().at(m);
        }
        double minutes = contact > EPS ? travel / contact * 60 : 0;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("travel_minutes_per_contact_hour", minutes);
        figures.put("travel_pay_per_contact_hour", contact > EPS ? worth / contact : Double.NaN);
        figures.put("travel_pay_per_care_worker_per_year", perWorkerYear(worth));
        if (p.get(Line.TRAVEL_HOURS).sum() <= EPS) {
            return new Finding(r, true, "no travel between visits", "", figures, List.of());
        }
        if (cw.travelPaid()) {
            return new Finding(r, true, "travel time is paid: " + Wording.number(minutes, 1) + " minutes per contact hour ("
                    + yearWords() + ")", "", figures, List.of());
        }
        String gap = "travel time unpaid: " + Wording.number(minutes, 1) + " minutes per contact hour, worth "
                + Wording.pence(worth / contact) + " per contact hour to each care worker, about "
                + Wording.money(perWorkerYear(worth)) + " a year (" + yearWords() + ")";
        return new Finding(r, false, "travel time between visits is not paid", gap, figures, List.of(travelPaid()));
    }

    private Finding travelCosts(Charter.Requirement r, Charter.TravelCostsPaid c) {
        String label = c.perMile() == null ? approvedLabel() : "the charter's rate";
        double shortfall = 0;
        boolean below = false;
        for (int m = 0; m < p.months(); m++) {
            double rate = rate(c, m);
            double paid = cw.mileageRate().at(m);
            if (paid < rate - EPS) {
                below = true;
                if (m >= from && m < to) {
                    shortfall += p.at(Line.VISITS, m) * cw.milesPerVisit() * (rate - paid);
                }
            }
        }
        double paid = cw.mileageRate().at(from);
        double rate = rate(c, from);
        double contact = yearSum(Line.CONTACT_HOURS);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("mileage_rate_paid", paid);
        figures.put("mileage_rate_asked", rate);
        figures.put("shortfall_per_contact_hour", contact > EPS ? shortfall / contact : Double.NaN);
        figures.put("shortfall_per_care_worker_per_year", perWorkerYear(shortfall));
        if (cw.milesPerVisit() <= EPS) {
            return new Finding(r, true, "no miles driven between visits", "", figures, List.of());
        }
        if (!below) {
            return new Finding(r, true, "mileage paid at " + Wording.pence(paid) + " a mile (" + yearWords()
                    + "), at least " + label + " of " + Wording.pence(rate), "", figures, List.of());
        }
        String gap = "mileage paid at " + Wording.pence(paid) + " a mile, " + Wording.pence(Math.max(0, rate - paid))
                + " below " + label + " of " + Wording.pence(rate) + ": " + Wording.pence(shortfall / contact)
                + " per contact hour, about " + Wording.money(perWorkerYear(shortfall)) + " a year to each care worker ("
                + yearWords() + ")";
        Change change = c.perMile() == null
                ? approvedMileage("pay " + approvedLabel())
                : new Change("care_workers.mileage_rate", Wording.plain(c.perMile()), "pay the charter's rate a mile");
        return new Finding(r, false, "mileage is paid below " + label, gap, figures, List.of(change));
    }

    private double rate(Charter.TravelCostsPaid c, int m) {
        return c.perMile() != null ? c.perMile() : approvedRate(m);
    }

    /**
     * Mileage at the approved rate of the statutory pack: written as the rate when it is the same in every month of
     * the plan (so the change reads as it runs, and runs as the pack says); else empty, which follows the pack's rate
     * year by year, with the rates in words.
     */
    private Change approvedMileage(String why) {
        TreeMap<String, Double> byYear = new TreeMap<>();
        for (int m = 0; m < p.months(); m++) {
            byYear.put(s.statutory().get(m).taxYear().label(), approvedRate(m));
        }
        if (byYear.values().stream().distinct().count() == 1) {
            double rate = byYear.firstEntry().getValue();
            return new Change("care_workers.mileage_rate", Wording.plain(rate), why + ", " + Wording.pence(rate)
                    + " a mile");
        }
        List<String> rates = new ArrayList<>();
        byYear.forEach((taxYear, rate) -> rates.add(Wording.pence(rate) + " in " + taxYear));
        return new Change("care_workers.mileage_rate", "", why + " of the statutory pack each year ("
                + String.join(", ", rates) + "; the empty value follows the pack)");
    }

    private Finding visits(Charter.Requirement r, Charter.MinimumVisitMinutes c) {
        double contact = yearSum(Line.CONTACT_HOURS);
        double shortHours = 0;
        double shortest = Double.POSITIVE_INFINITY;
        List<String> short_ = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int g = 0; g < s.clients().size(); g++) {
            Scenario.ClientGroup group = s.clients().get(g);
            shortest = Math.min(shortest, group.visitMinutes());
            if (group.visitMinutes() >= c.minutes() - EPS) {
                continue;
            }
            shortHours += p.groups().get(g).contactHours().sum(from, to);
            short_.add(group.name() + " clients' visits are " + Wording.number(group.visitMinutes(), 0) + " minutes");
            String at = "clients[" + group.name() + "]";
            changes.add(new Change(at + ".visit_minutes", Wording.plain(c.minutes()),
                    "visits of " + Wording.number(c.minutes(), 0) + " minutes for " + group.name() + " clients"));
            if (c.sameVisits()) {
                double hours = group.hoursPerWeek() * c.minutes() / group.visitMinutes();
                changes.add(new Change(at + ".hours_per_week", Wording.plain(hours), "the same visits, each longer: "
                        + Wording.hours(hours) + " hours a week in place of " + Wording.hours(group.hoursPerWeek())));
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("shortest_visit_minutes", shortest);
        figures.put("share_of_contact_hours_in_short_visits", contact > EPS ? shortHours / contact : Double.NaN);
        if (short_.isEmpty()) {
            return new Finding(r, true, "every visit is at least " + Wording.number(c.minutes(), 0) + " minutes (shortest "
                    + Wording.number(shortest, 0) + ")", "", figures, List.of());
        }
        String gap = String.join("; ", short_) + ", under " + Wording.number(c.minutes(), 0) + " minutes: "
                + Wording.number(contact > EPS ? shortHours / contact * 100 : 0, 0) + "% of contact hours ("
                + yearWords() + ")";
        return new Finding(r, false, "visits shorter than " + Wording.number(c.minutes(), 0) + " minutes", gap, figures,
                changes);
    }

    private Finding sickPay(Charter.Requirement r, Charter.SickPay c) {
        StatutoryPack pack = s.statutory().get(from);
        Map<String, Double> figures = new LinkedHashMap<>();
        double contact = yearSum(Line.CONTACT_HOURS);
        figures.put("sick_pay_per_contact_hour", contact > EPS ? yearSum(Line.SICK_PAY) / contact : Double.NaN);
        Change occupational = new Change("care_workers.sick_pay", SickPayScheme.OCCUPATIONAL.key(),
                "full pay when off sick");
        if (cw.sickPay() == SickPayScheme.OCCUPATIONAL) {
            return new Finding(r, true, "full pay when off sick (occupational sick pay)", "", figures, List.of());
        }
        String ssp = statutorySickPay(pack);
        if (c.least() == SickPayScheme.OCCUPATIONAL) {
            return new Finding(r, false, terms.sickPay() + " only", terms.sickPay() + " only (" + ssp
                    + "), not full pay when off sick", figures, List.of(occupational));
        }
        int unpaid = 0;
        for (int m = 0; m < p.months(); m++) {
            if (cw.sicknessRate() > 0 && p.at(Line.CARE_WORKERS, m) > EPS && p.at(Line.SICK_PAY, m) <= EPS) {
                unpaid++;
            }
        }
        figures.put("months_without_sick_pay", (double) unpaid);
        if (unpaid == 0) {
            return new Finding(r, true, terms.sickPay() + ", by the rules of the statutory pack (" + ssp + ")", "",
                    figures, List.of());
        }
        return new Finding(r, false, "no sick pay in some months", "no sick pay in " + unpaid + " months: care workers' "
                + "weekly earnings are below the " + terms.sickPay() + " lower earnings limit", figures,
                List.of(occupational));
    }

    /**
     * The statutory scheme in a few words: a flat weekly rate ("118.75 a week in 2025-26"), or, where the law pays
     * full pay (New York's paid sick leave), "full pay from the first day in 2027".
     */
    private static String statutorySickPay(StatutoryPack pack) {
        if (pack.value(StatutoryParameter.SSP_EARNINGS_CAP_SHARE) >= 1 - EPS
                && pack.value(StatutoryParameter.SSP_LOWER_EARNINGS_LIMIT) <= EPS
                && pack.value(StatutoryParameter.SSP_WAITING_DAYS) <= EPS) {
            return "full pay from the first day in " + pack.taxYear().label();
        }
        return Wording.pence(pack.value(StatutoryParameter.SSP_WEEKLY_RATE)) + " a week in " + pack.taxYear().label();
    }

    private Finding zeroHours(Charter.Requirement r, Charter.NoZeroHours c) {
        Map<String, Double> figures = new LinkedHashMap<>();
        boolean guaranteed = cw.contract() == ContractType.GUARANTEED_HOURS;
        double hours = guaranteed ? cw.guaranteedHoursPerWeek() : 0;
        figures.put("guaranteed_hours_per_week", hours);
        figures.put("guaranteed_hours_asked", c.hoursPerWeek());
        String asked = Wording.hours(c.hoursPerWeek());
        if (guaranteed && hours >= c.hoursPerWeek() - EPS) {
            return new Finding(r, true, "guaranteed-hours contracts: " + Wording.hours(hours)
                    + " hours a week", "", figures, List.of());
        }
        String gap = guaranteed ? "only " + Wording.hours(hours) + " hours a week guaranteed, under the "
                + asked + " the charter's plan guarantees"
                : "care workers on zero-hours contracts: no hours guaranteed (the compliant plan guarantees " + asked
                + " hours a week)";
        List<Change> changes = new ArrayList<>();
        if (!guaranteed) {
            changes.add(new Change("care_workers.contract", ContractType.GUARANTEED_HOURS.key(),
                    "guaranteed-hours contracts"));
        }
        changes.add(new Change("care_workers.guaranteed_hours_per_week", Wording.plain(c.hoursPerWeek()),
                asked + " hours a week guaranteed"));
        return new Finding(r, false, guaranteed ? "too few hours guaranteed" : "zero-hours contracts", gap, figures, changes);
    }

    private Finding training(Charter.Requirement r, Charter.PaidTraining c) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("training_hours_per_year", cw.trainingHoursPerYear());
        figures.put("induction_hours", cw.inductionHours());
        String found = "training in paid time: " + Wording.number(cw.trainingHoursPerYear(), 0) + " hours a year after "
                + Wording.number(cw.inductionHours(), 0) + " hours' paid induction";
        if (cw.trainingHoursPerYear() >= c.hoursPerYear() - EPS) {
            return new Finding(r, true, found, "", figures, List.of());
        }
        return new Finding(r, false, found, Wording.number(cw.trainingHoursPerYear(), 0) + " hours of paid training a "
                + "year, under the " + Wording.number(c.hoursPerYear(), 0) + " the charter asks", figures,
                List.of(new Change("care_workers.training_hours_per_year", Wording.plain(c.hoursPerYear()),
                        Wording.number(c.hoursPerYear(), 0) + " hours of paid training a year")));
    }

    private Finding meetings(Charter.Requirement r, Charter.PaidMeetings c) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("meeting_hours_per_month", cw.meetingHoursPerMonth());
        String found = "paid team meetings and supervision: " + Wording.hoursWord(cw.meetingHoursPerMonth())
                + " a month";
        if (cw.meetingHoursPerMonth() >= c.hoursPerMonth() - EPS) {
            return new Finding(r, true, found, "", figures, List.of());
        }
        return new Finding(r, false, found, Wording.hoursWord(cw.meetingHoursPerMonth()) + " a month of paid time "
                + "to meet co-workers, under the " + Wording.hours(c.hoursPerMonth()) + " the charter asks", figures,
                List.of(new Change("care_workers.meeting_hours_per_month", Wording.plain(c.hoursPerMonth()),
                        Wording.hoursWord(c.hoursPerMonth()) + " a month of paid meetings")));
    }
}
