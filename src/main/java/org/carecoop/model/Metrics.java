package org.carecoop.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures of a projection, the ones a steering group, a union or a council asks first.
 * Months are indexes into the plan; a missing month (never) is -1.
 *
 * @param costPerContactHour      operating costs over the plan per contact hour delivered
 * @param surplusMargin           surplus before tax as a share of fee income, over the plan
 * @param frontlinePayShare       care workers' pay (with holiday and sick pay) as a share of fee income
 * @param lowestEffectivePay      the lowest monthly pay per hour over all working time (contact, travel,
 *                                waiting, training), as the minimum wage rules count it
 * @param monthsBelowWageFloor    months in which that pay is below the legal minimum for care workers (the
 *                                National Living Wage; New York's home care aide minimum wage)
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
        int n = p.months();
        double income = p.get(Line.INCOME).sum();
        double costs = p.get(Line.OPERATING_COSTS).sum();
        double hours = p.get(Line.CONTACT_HOURS).sum();
        double beforeTax = p.get(Line.SURPLUS_BEFORE_TAX).sum();
        double carePay = 0;
        double basicPay = 0;
        double workingHours = 0;
        double lowestPay = Double.POSITIVE_INFINITY;
        int lowestPayMonth = -1;
        int belowFloor = 0;
        for (int m = 0; m < n; m++) {
            double basic = basicPay(p, m);
            carePay += basic + p.at(Line.HOLIDAY_PAY, m) + p.at(Line.SICK_PAY, m);
            double worked = p.at(Line.WORKING_HOURS, m);
            basicPay += basic;
            workingHours += worked;
            if (worked > 1e-9) {
                double effective = basic / worked;
                if (effective < lowestPay) {
                    lowestPay = effective;
                    lowestPayMonth = m;
                }
                if (effective < p.scenario().statutory().get(m).careWorkerMinimum() - 1e-9) {
                    belowFloor++;
                }
            }
        }
        Series cash = p.get(Line.CLOSING_CASH);
        double lowestCash = Double.POSITIVE_INFINITY;
        int lowestCashMonth = -1;
        int firstBelow = -1;
        int below = 0;
        for (int m = 0; m < n; m++) {
            if (cash.at(m) < lowestCash) {
                lowestCash = cash.at(m);
                lowestCashMonth = m;
            }
            if (cash.at(m) < -1e-9) {
                below++;
                if (firstBelow < 0) {
                    firstBelow = m;
                }
            }
        }
        List<Year> years = new ArrayList<>();
        for (int y = 1; y <= p.years(); y++) {
            double workersAverage = p.get(Line.CARE_WORKERS).sum((y - 1) * 12, Math.min(y * 12, n))
                    / Math.min(12, n - (y - 1) * 12);
            double yearPay = 0;
            for (Line line : List.of(Line.CONTACT_PAY, Line.TRAVEL_PAY, Line.WAITING_PAY, Line.TRAINING_PAY, Line.IDLE_PAY,
                    Line.HOLIDAY_PAY, Line.SICK_PAY)) {
                yearPay += p.year(line, y);
            }
            double yearHours = p.year(Line.CONTACT_HOURS, y);
            years.add(new Year(y, p.scenario().month((y - 1) * 12), p.year(Line.INCOME, y), p.year(Line.OPERATING_COSTS, y),
                    p.year(Line.OPERATING_SURPLUS, y), p.year(Line.SURPLUS_BEFORE_TAX, y), p.year(Line.TAX, y),
                    p.year(Line.SURPLUS_AFTER_TAX, y), p.year(Line.WORKER_DIVIDEND, y) + p.year(Line.OWNER_DIVIDEND, y),
                    p.year(Line.CLOSING_CASH, y), yearHours, p.year(Line.CLIENTS, y), p.year(Line.CARE_WORKERS, y),
                    workersAverage > 1e-9 ? yearPay / workersAverage : 0,
                    yearHours > 1e-9 ? p.year(Line.OPERATING_COSTS, y) / yearHours : Double.NaN));
        }
        return new Metrics(income, costs, beforeTax, p.get(Line.SURPLUS_AFTER_TAX).sum(),
                income > 0 ? beforeTax / income : Double.NaN, hours, p.get(Line.UNMET_HOURS).sum(),
                hours > 0 ? costs / hours : Double.NaN, hours > 0 ? income / hours : Double.NaN,
                income > 0 ? carePay / income : Double.NaN,
                workingHours > 0 ? basicPay / workingHours : Double.NaN,
                lowestPayMonth >= 0 ? lowestPay : Double.NaN, lowestPayMonth, belowFloor,
                breakEven(p.get(Line.OPERATING_SURPLUS), false), breakEven(p.get(Line.OPERATING_SURPLUS), true),
                lowestCash, lowestCashMonth, firstBelow, below, Math.max(0, -lowestCash), cash.at(n - 1),
                p.get(Line.WORKER_DIVIDEND).sum(), p.get(Line.OWNER_DIVIDEND).sum(), turnoverCost(p), years);
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

    /** Each month, the hires that replace leavers (the rest are for growth) cost recruitment and induction pay. */
    static double turnoverCost(Projection p) {
        Scenario.CareWorkers cw = p.scenario().careWorkers();
        double cost = 0;
        for (int m = 0; m < p.months(); m++) {
            double replacing = Math.min(p.at(Line.HIRES, m), p.at(Line.LEAVERS, m));
            cost += replacing * (cw.recruitmentCost() + cw.inductionHours() * cw.wage().at(m));
        }
        return cost;
    }

    /**
     * The first month from which the surplus (or, when cumulative, the running total) stays at or
     * above zero to the end of the plan; -1 when it never does.
     */
    static int breakEven(Series surplus, boolean cumulative) {
        int n = surplus.length();
        double[] values = surplus.toArray();
        if (cumulative) {
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
