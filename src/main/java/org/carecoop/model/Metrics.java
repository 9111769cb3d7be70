package org.carecoop.model;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.carecoop.statutory.StatutoryParameter;

/**
 * The headline figures of a projection, the ones a steering group, a union or a council asks first.
 * Months are indexes into the plan; a missing month (never) is -1.
 *
 * @param costPerContactHour      operating costs over the plan per contact hour delivered
 * @param surplusMargin           surplus before tax as a share of fee income, over the plan
 * @param frontlinePayShare       care workers' pay (with holiday and sick pay) as a share of fee income
 * @param averageEffectivePay      care workers' basic pay per working hour over the plan (self-employed
 *                                carers: their earnings, after the provider's deduction, per hour of contact
 *                                and unpaid travel)
 * @param lowestEffectivePay      the lowest monthly pay per hour over all working time (contact, travel,
 *                                waiting, training), as the minimum wage rules count it; for self-employed
 *                                carers, the lowest monthly earnings per hour of contact and travel
 * @param monthsBelowWageFloor    months in which that pay is below the legal minimum for care workers (the
 *                                National Living Wage; New York's home care aide minimum wage); always 0 for
 *                                self-employed carers, whom the minimum wage does not cover
 * @param operatingBreakEvenMonth first month from which every month's operating surplus is zero or more
 * @param cumulativeBreakEvenMonth first month from which the cumulative operating surplus stays zero or more
 * @param fundingNeeded           the least extra cash on day one that keeps cash at zero or more throughout
 * @param turnoverCost            recruiting and inducting the care workers who replace leavers (not the
 *                                hiring for growth)
 */
public record Metrics(
        double income,
        double operatingCosts,
        double surplusBeforeTax,
        double surplusAfterTax,
        double surplusMargin,
        double contactHours,
        double unmetHours,
        double costPerContactHour,
        double incomePerContactHour,
        double frontlinePayShare,
        double averageEffectivePay,
        double lowestEffectivePay,
        int lowestEffectivePayMonth,
        int monthsBelowWageFloor,
        int operatingBreakEvenMonth,
        int cumulativeBreakEvenMonth,
        double lowestCash,
        int lowestCashMonth,
        int firstMonthBelowZero,
        int monthsBelowZero,
        double fundingNeeded,
        double closingCash,
        double workerDividends,
        double ownerDividends,
        double turnoverCost,
        List<Year> years) {

    public Metrics {
        years = List.copyOf(years);
    }

    /** One plan year (twelve months from the plan's start month). */
    public record Year(int year, YearMonth from, double income, double operatingCosts, double operatingSurplus,
                       double surplusBeforeTax, double tax, double surplusAfterTax, double dividends, double closingCash,
                       double contactHours, double clients, double careWorkers, double payPerCareWorker,
                       double costPerContactHour) {}

    public static Metrics of(Projection p) {
        double[][] lines = new double[Line.values().length][];
        for (Line line : Line.values()) {
            lines[line.ordinal()] = p.get(line).values();
        }
        double[] wageFloor = new double[p.months()];
        for (int m = 0; m < wageFloor.length; m++) {
            wageFloor[m] = p.scenario().statutory().get(m).careWorkerMinimum();
        }
        return of(p.scenario(), lines, wageFloor);
    }

    /**
     * The headline figures of a projection held as arrays.
     *
     * @param v         each line's months, by {@link Line#ordinal()} (read, never changed)
     * @param wageFloor the legal minimum for care workers in each month (the National Living Wage in the UK)
     */
    static Metrics of(Scenario s, double[][] v, double[] wageFloor) {
        int n = s.months();
        double income = sum(v[Line.INCOME.ordinal()], 0, n);
        double costs = sum(v[Line.OPERATING_COSTS.ordinal()], 0, n);
        double hours = sum(v[Line.CONTACT_HOURS.ordinal()], 0, n);
        double beforeTax = sum(v[Line.SURPLUS_BEFORE_TAX.ordinal()], 0, n);
        // the minimum wage covers workers, not the self-employed (National Minimum Wage Act 1998 s.54)
        Pay pay = Pay.of(v, s.careWorkers().selfEmployed() ? null : wageFloor, n);
        Cash cash = Cash.of(v[Line.CLOSING_CASH.ordinal()], n);
        double[] surplus = v[Line.OPERATING_SURPLUS.ordinal()];
        return new Metrics(income, costs, beforeTax, sum(v[Line.SURPLUS_AFTER_TAX.ordinal()], 0, n),
                income > 0 ? beforeTax / income : Double.NaN, hours, sum(v[Line.UNMET_HOURS.ordinal()], 0, n),
                hours > 0 ? costs / hours : Double.NaN, hours > 0 ? income / hours : Double.NaN,
                income > 0 ? pay.carePay / income : Double.NaN,
                pay.workingHours > 0 ? pay.basicPay / pay.workingHours : Double.NaN,
                pay.lowestMonth >= 0 ? pay.lowest : Double.NaN, pay.lowestMonth, pay.belowFloor,
                breakEven(surplus, n, false), breakEven(surplus, n, true),
                cash.lowest, cash.lowestMonth, cash.firstBelow, cash.below, Math.max(0, -cash.lowest),
                v[Line.CLOSING_CASH.ordinal()][n - 1],
                sum(v[Line.WORKER_DIVIDEND.ordinal()], 0, n), sum(v[Line.OWNER_DIVIDEND.ordinal()], 0, n),
                turnoverCost(s, v[Line.HIRES.ordinal()], v[Line.LEAVERS.ordinal()]), years(s, v, n));
    }

    /**
     * Care workers' pay for working time in a month (contact, travel, waiting, training and guaranteed hours
     * not worked), without holiday and sick pay: the pay the minimum wage rules count.
     */
    public static double basicPay(Projection p, int m) {
        return p.at(Line.CONTACT_PAY, m) + p.at(Line.TRAVEL_PAY, m) + p.at(Line.WAITING_PAY, m)
                + p.at(Line.TRAINING_PAY, m) + p.at(Line.IDLE_PAY, m);
    }

    /**
     * Pay per hour of working time in a month, as HMRC counts the minimum wage over a pay reference period:
     * {@link #basicPay} over the working hours (travel always counted); NaN in a month with no working time.
     */
    public static double payPerWorkingHour(Projection p, int m) {
        double worked = p.at(Line.WORKING_HOURS, m);
        return worked > 1e-9 ? basicPay(p, m) / worked : Double.NaN;
    }

    /** The pay lines of the plan, by month. */
    private static double[][] payLines(double[][] v) {
        return new double[][] {v[Line.CONTACT_PAY.ordinal()], v[Line.TRAVEL_PAY.ordinal()], v[Line.WAITING_PAY.ordinal()],
            v[Line.TRAINING_PAY.ordinal()], v[Line.IDLE_PAY.ordinal()], v[Line.HOLIDAY_PAY.ordinal()],
            v[Line.SICK_PAY.ordinal()]};
    }

    /** Care workers' pay over the plan, and the lowest pay per working hour against the wage floor. */
    private record Pay(double carePay, double basicPay, double workingHours, double lowest, int lowestMonth,
                       int belowFloor) {
        /** @param wageFloor the wage floor of each month; null when it does not apply */
        static Pay of(double[][] v, double[] wageFloor, int n) {
            double[] contactPay = v[Line.CONTACT_PAY.ordinal()];
            double[] travelPay = v[Line.TRAVEL_PAY.ordinal()];
            double[] waitingPay = v[Line.WAITING_PAY.ordinal()];
            double[] trainingPay = v[Line.TRAINING_PAY.ordinal()];
            double[] idlePay = v[Line.IDLE_PAY.ordinal()];
            double[] holidayPay = v[Line.HOLIDAY_PAY.ordinal()];
            double[] sickPay = v[Line.SICK_PAY.ordinal()];
            double[] working = v[Line.WORKING_HOURS.ordinal()];
            double carePay = 0;
            double basicPay = 0;
            double workingHours = 0;
            double lowestPay = Double.POSITIVE_INFINITY;
            int lowestPayMonth = -1;
            int belowFloor = 0;
            for (int m = 0; m < n; m++) {
                double basic = contactPay[m] + travelPay[m] + waitingPay[m] + trainingPay[m] + idlePay[m];
                carePay += basic + holidayPay[m] + sickPay[m];
                double worked = working[m];
                basicPay += basic;
                workingHours += worked;
                if (worked > 1e-9) {
                    double effective = basic / worked;
                    if (effective < lowestPay) {
                        lowestPay = effective;
                        lowestPayMonth = m;
                    }
                    if (wageFloor != null && effective < wageFloor[m] - 1e-9) {
                        belowFloor++;
                    }
                }
            }
            return new Pay(carePay, basicPay, workingHours, lowestPay, lowestPayMonth, belowFloor);
        }
    }

    /** The lowest cash and the months below zero. */
    private record Cash(double lowest, int lowestMonth, int firstBelow, int below) {
        static Cash of(double[] cash, int n) {
            double lowestCash = Double.POSITIVE_INFINITY;
            int lowestCashMonth = -1;
            int firstBelow = -1;
            int below = 0;
            for (int m = 0; m < n; m++) {
                if (cash[m] < lowestCash) {
                    lowestCash = cash[m];
                    lowestCashMonth = m;
                }
                if (cash[m] < -1e-9) {
                    below++;
                    if (firstBelow < 0) {
                        firstBelow = m;
                    }
                }
            }
            return new Cash(lowestCash, lowestCashMonth, firstBelow, below);
        }
    }

    private static List<Year> years(Scenario s, double[][] v, int n) {
        int yearCount = (n + 11) / 12;
        double[][] pay = payLines(v);
        Year[] years = new Year[yearCount];
        for (int y = 1; y <= yearCount; y++) {
            years[y - 1] = year(s, v, pay, y, n);
        }
        return Arrays.asList(years);
    }

    /** Plan year y (from 1): totals of flows, levels of stocks at its end. */
    private static Year year(Scenario s, double[][] v, double[][] pay, int y, int n) {
        int from = (y - 1) * 12;
        int to = Math.min(y * 12, n);
        double workersAverage = sum(v[Line.CARE_WORKERS.ordinal()], from, to) / Math.min(12, n - (y - 1) * 12);
        double yearPay = 0;
        for (double[] line : pay) {
            yearPay += sum(line, from, to);
        }
        double yearHours = sum(v[Line.CONTACT_HOURS.ordinal()], from, to);
        double yearCosts = sum(v[Line.OPERATING_COSTS.ordinal()], from, to);
        return new Year(y, s.month(from), sum(v[Line.INCOME.ordinal()], from, to), yearCosts,
                sum(v[Line.OPERATING_SURPLUS.ordinal()], from, to), sum(v[Line.SURPLUS_BEFORE_TAX.ordinal()], from, to),
                sum(v[Line.TAX.ordinal()], from, to), sum(v[Line.SURPLUS_AFTER_TAX.ordinal()], from, to),
                sum(v[Line.WORKER_DIVIDEND.ordinal()], from, to) + sum(v[Line.OWNER_DIVIDEND.ordinal()], from, to),
                v[Line.CLOSING_CASH.ordinal()][to - 1], yearHours, v[Line.CLIENTS.ordinal()][to - 1],
                v[Line.CARE_WORKERS.ordinal()][to - 1], workersAverage > 1e-9 ? yearPay / workersAverage : 0,
                yearHours > 1e-9 ? yearCosts / yearHours : Double.NaN);
    }

    /** The sum over months [from, to), in month order (as {@link Series#sum(int, int)} adds them). */
    private static double sum(double[] values, int from, int to) {
        double total = 0;
        for (int m = from; m < to; m++) {
            total += values[m];
        }
        return total;
    }

    /**
     * Each month, the hires that replace leavers (the rest are for growth) cost recruitment and induction pay
     * (self-employed carers are not paid for induction).
     */
    private static double turnoverCost(Scenario s, double[] hires, double[] leavers) {
        Scenario.CareWorkers cw = s.careWorkers();
        double inductionHours = cw.selfEmployed() ? 0 : cw.inductionHours();
        double cost = 0;
        for (int m = 0; m < s.months(); m++) {
            double replacing = Math.min(hires[m], leavers[m]);
            cost += replacing * (cw.recruitmentCost() + inductionHours * cw.wage().at(m));
        }
        return cost;
    }

    /**
     * The first month from which the surplus (or, when cumulative, the running total) stays at or
     * above zero to the end of the plan; -1 when it never does.
     */
    static int breakEven(Series surplus, boolean cumulative) {
        return breakEven(surplus.values(), surplus.length(), cumulative);
    }

    private static int breakEven(double[] surplus, int n, boolean cumulative) {
        double[] values = surplus;
        if (cumulative) {
            values = Arrays.copyOf(surplus, n);
            for (int m = 1; m < n; m++) {
                values[m] += values[m - 1];
            }
        }
        int month = -1;
        for (int m = n - 1; m >= 0; m--) {
            if (values[m] >= -1e-9) {
                month = m;
            } else {
                break;
            }
        }
        return month;
    }
}
