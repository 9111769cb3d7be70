package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carecoop.model.SmallPlan.WORKERS;
import static org.carecoop.model.SmallPlan.gross;
import static org.carecoop.model.SmallPlan.operatingCosts;

import org.junit.jupiter.api.Test;

/** The headline figures of the small council plan, against the hand arithmetic of {@link SmallPlan}. */
class MetricsTest {
    private final Metrics metrics = Metrics.of(Plans.small());

    @Test
    void totalsOverThePlan() {
        double costs = operatingCosts(0) + 11 * operatingCosts(1);          // 213,863.90
        double surplus = 12 * 18200 - costs;                                // 4,536.10
        assertThat(metrics.income()).isCloseTo(218400, within(1e-6));       // 12 x 18,200
        assertThat(metrics.operatingCosts()).isCloseTo(costs, within(1e-6));
        assertThat(metrics.surplusBeforeTax()).isCloseTo(surplus, within(1e-6));
        assertThat(metrics.surplusAfterTax()).isCloseTo(surplus * 0.81, within(1e-6));   // 19% small profits rate
        assertThat(metrics.surplusMargin()).isCloseTo(surplus / 218400, within(1e-12));  // 2.08%
        assertThat(metrics.contactHours()).isCloseTo(12 * 520, within(1e-6));
        assertThat(metrics.unmetHours()).isCloseTo(0, within(1e-6));
        assertThat(metrics.costPerContactHour()).isCloseTo(costs / 6240, within(1e-9));  // 34.27
        assertThat(metrics.incomePerContactHour()).isCloseTo(35, within(1e-9));
        // care workers' pay with holiday pay, over fee income: (12,818.90 + 11 x 10,614.79) / 218,400 = 59.3%
        assertThat(metrics.frontlinePayShare()).isCloseTo((gross(0) + 11 * gross(1)) / 218400, within(1e-12));
    }

    @Test
    void effectivePayWhenEveryWorkingHourIsPaid() {
        // travel, training and induction paid at 13.00, waiting unpaid and not working time: 13.00 an hour
        assertThat(metrics.averageEffectivePay()).isCloseTo(13, within(1e-9));
        assertThat(metrics.lowestEffectivePay()).isCloseTo(13, within(1e-9));
        assertThat(metrics.monthsBelowWageFloor()).isZero();   // NLW 2026-27 is 12.71
    }

    @Test
    void unpaidTravelPullsEffectivePayBelowTheWageFloor() {
        Metrics unpaid = Metrics.of(Plans.small("care_workers.travel_paid=false"));
        // month 1: paid 728.58 - 173.33 = 555.25 h x 13 = 7,218.21 over 728.58 working hours = 9.91 an hour
        double paid1 = SmallPlan.paidHours(1) - SmallPlan.TRAVEL;
        double effective = paid1 * 13 / SmallPlan.paidHours(1);
        assertThat(effective).isCloseTo(9.91, within(0.01));
        assertThat(unpaid.lowestEffectivePay()).isCloseTo(effective, within(1e-9));
        assertThat(unpaid.lowestEffectivePayMonth()).isEqualTo(1);   // month 0's induction is paid: higher
        assertThat(unpaid.monthsBelowWageFloor()).isEqualTo(12);
    }

    @Test
    void breakEvenAndCash() {
        // monthly operating surplus: -8,940.10 then 1,225.11 every month
        assertThat(metrics.operatingBreakEvenMonth()).isEqualTo(1);
        // cumulative: -8,940.10 + 7 x 1,225.11 = -364.32 in month 7, + 860.79 in month 8
        assertThat(metrics.cumulativeBreakEvenMonth()).isEqualTo(8);
        // cash: 20,000 - 27,140.10 = -7,140.10 in month 0, rising 1,225.11 a month: below zero in months 0-5
        assertThat(metrics.lowestCash()).isCloseTo(-7140.10, within(0.01));
        assertThat(metrics.lowestCashMonth()).isZero();
        assertThat(metrics.firstMonthBelowZero()).isZero();
        assertThat(metrics.monthsBelowZero()).isEqualTo(6);
        assertThat(metrics.fundingNeeded()).isCloseTo(7140.10, within(0.01));
        assertThat(metrics.closingCash()).isCloseTo(6336.11, within(0.01));
        assertThat(metrics.workerDividends()).isZero();
        assertThat(metrics.ownerDividends()).isZero();
    }

    @Test
    void fundingNeededIsEnoughWhenAddedToTheOpeningCash() {
        Metrics topped = Metrics.of(Plans.small("funding.opening_cash=" + (20000 + metrics.fundingNeeded())));
        assertThat(topped.lowestCash()).isCloseTo(0, within(1e-6));
        assertThat(topped.monthsBelowZero()).isZero();
    }

    @Test
    void theYearsFigures() {
        assertThat(metrics.years()).hasSize(1);
        Metrics.Year year = metrics.years().get(0);
        assertThat(year.year()).isEqualTo(1);
        assertThat(year.from()).hasToString("2026-04");
        assertThat(year.income()).isCloseTo(218400, within(1e-6));
        assertThat(year.clients()).isCloseTo(20, within(1e-9));            // at the year's end
        assertThat(year.careWorkers()).isCloseTo(WORKERS, within(1e-9));   // at the year's end
        // pay with holiday pay over the year's average headcount
        assertThat(year.payPerCareWorker()).isCloseTo((gross(0) + 11 * gross(1)) / WORKERS, within(1e-6));
        assertThat(year.closingCash()).isCloseTo(6336.11, within(0.01));
    }

    @Test
    void breakEvenIsTheFirstMonthFromWhichTheSurplusStaysNonNegative() {
        Series surplus = Series.of(-1, 2, -1, 3, 4);
        assertThat(Metrics.breakEven(surplus, false)).isEqualTo(3);
        // running totals -1, 1, 0, 3, 7: from month 1
        assertThat(Metrics.breakEven(surplus, true)).isEqualTo(1);
        assertThat(Metrics.breakEven(Series.of(1, 1, -1), false)).isEqualTo(-1);
        assertThat(Metrics.breakEven(Series.of(1, 1, 1), true)).isZero();
    }
}
