package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carecoop.model.SmallPlan.*;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The small council plan checked line by line, month by month, against the hand arithmetic in
 * {@link SmallPlan}. The rounded figures in the comments are what a treasurer would get on paper.
 */
class SmallPlanProjectionTest {
    /** Money and hours to a thousandth of a penny or of an hour. */
    private static final Offset<Double> EXACT = within(1e-6);

    private final Projection p = Plans.small();

    private void line(Line line, int month, double expected) {
        assertThat(p.at(line, month)).as("%s in month %d", line, month).isCloseTo(expected, EXACT);
    }

    @Test
    void theHandArithmeticGivesTheRoundedFiguresInItsComments() {
        // guards the comments: if these move, the comments in SmallPlan are wrong
        assertThat(DEMAND).isCloseTo(520.0, EXACT);
        assertThat(TRAVEL).isCloseTo(173.3333, within(1e-4));
        assertThat(HOLIDAY_SHARE).isCloseTo(0.1077, within(1e-4));
        assertThat(capacity(30, 0)).isCloseTo(67.37, within(0.01));
        assertThat(WORKERS).isCloseTo(7.7187, within(1e-4));
        assertThat(paidHours(0)).isCloseTo(879.87, within(0.01));
        assertThat(paidHours(1)).isCloseTo(728.58, within(0.01));
        assertThat(careNi(0)).isCloseTo(1440.41, within(0.01));
        assertThat(careNi(1)).isCloseTo(1109.80, within(0.01));
        assertThat(carePension(1)).isCloseTo(198.03, within(0.01));
        assertThat(operatingCosts(0)).isCloseTo(27140.10, within(0.01));
        assertThat(operatingCosts(1)).isCloseTo(16974.89, within(0.01));
    }

    @Test
    void demandAndDeliveryEveryMonth() {
        assertThat(p.months()).isEqualTo(12);
        for (int m = 0; m < 12; m++) {
            line(Line.CLIENTS, m, 20);                 // no ramp: the target from the first month
            line(Line.HOURS_DEMANDED, m, 520);         // 20 x 6 x 52/12
            line(Line.CONTACT_HOURS, m, 520);          // enough care workers are hired: all delivered
            line(Line.UNMET_HOURS, m, 0);
            line(Line.VISITS, m, 1040);                // 520 h of 30-minute visits
            line(Line.TRAVEL_HOURS, m, 520.0 / 3);     // 10 minutes per 30-minute visit
            line(Line.WAITING_HOURS, m, 520.0 / 3);    // 693.33 / 0.8 - 693.33
        }
        line(Line.NEW_CLIENTS, 0, 20);
        line(Line.NEW_CLIENTS, 1, 0);
    }

    @Test
    void careWorkersNeededHiredAndLeaving() {
        for (int m = 0; m < 12; m++) {
            line(Line.CARE_WORKERS_NEEDED, m, WORKERS);   // 520 / 67.37 = 7.7187
            line(Line.CARE_WORKERS, m, WORKERS);
            // month 0: all 7.7187 hired; after: 2% of 7.7187 = 0.1544 leave and are replaced
            line(Line.HIRES, m, m == 0 ? WORKERS : WORKERS * 0.02);
            line(Line.LEAVERS, m, m == 0 ? 0 : WORKERS * 0.02);
            line(Line.TRAINING_HOURS, m, training(WORKERS, m));   // 186.54, then 35.25
            line(Line.PAID_HOURS, m, paidHours(m));               // 879.87, then 728.58
            line(Line.WORKING_HOURS, m, paidHours(m));            // travel paid, waiting not: the same hours
            line(Line.OFFICE_STAFF, m, 1);
        }
    }

    @Test
    void payLinesHolidayNiAndPension() {
        for (int m = 0; m < 12; m++) {
            line(Line.CONTACT_PAY, m, 520 * 13.0);                    // 6,760.00
            line(Line.TRAVEL_PAY, m, 520.0 / 3 * 13);                 // 2,253.33
            line(Line.TRAINING_PAY, m, training(WORKERS, m) * 13);    // 2,424.97, then 458.24
            line(Line.WAITING_PAY, m, 0);                             // waiting is unpaid
            line(Line.IDLE_PAY, m, 0);                                // zero hours: no guarantee
            line(Line.HOLIDAY_PAY, m, paidHours(m) * 13 * 0.1207);   // 1,380.60, then 1,143.22
            line(Line.SICK_PAY, m, 0);
            line(Line.CARE_WORKER_NI, m, careNi(m));                  // 1,440.41, then 1,109.80
            line(Line.CARE_WORKER_PENSION, m, carePension(m));        // 264.15, then 198.03
            line(Line.EMPLOYMENT_ALLOWANCE, m, 0);                    // switched off in this plan
            line(Line.MILEAGE, m, 936);                               // 1,040 x 2 miles x 0.45
            line(Line.RECRUITMENT, m, recruitment(m));                  // 1,000 a hire: 7,718.73, then 154.37
            line(Line.OFFICE_SALARIES, m, 3000);                      // 36,000 / 12
            line(Line.OFFICE_NI, m, 387.5);                           // (3,000 - 416.67) x 15%
            line(Line.OFFICE_PENSION, m, 74.4);                       // (3,000 - 520) x 3%
            line(Line.OVERHEADS, m, 500);
            line(Line.START_UP_COSTS, m, 0);
            line(Line.MANAGEMENT_FEES, m, 0);
            line(Line.BAD_DEBT, m, 0);
        }
    }

    @Test
    void incomeReceiptsSurplusAndCash() {
        double cash = 20000;
        for (int m = 0; m < 12; m++) {
            line(Line.INCOME, m, 18200);                               // 520 h x 35.00
            // 28 days after the month's end is ceil(28 / 30.44) = 1 month: paid the next month
            double receipts = m == 0 ? 0 : 18200;
            line(Line.RECEIPTS, m, receipts);
            line(Line.RECEIVABLES, m, 18200);                          // one month's invoice outstanding
            line(Line.OPERATING_COSTS, m, operatingCosts(m));          // 27,140.10, then 16,974.89
            line(Line.OPERATING_SURPLUS, m, 18200 - operatingCosts(m)); // -8,940.10, then 1,225.11
            line(Line.INTEREST, m, 0);
            line(Line.OPENING_CASH, m, cash);
            // every cost is paid in the month it is incurred; no tax is paid within the year
            cash += receipts - operatingCosts(m);
            line(Line.CLOSING_CASH, m, cash);
        }
        // month 0: 20,000 - 27,140.10 = -7,140.10; month 11: -7,140.10 + 11 x 1,225.11 = 6,336.11
        assertThat(p.at(Line.CLOSING_CASH, 0)).isCloseTo(-7140.10, within(0.01));
        assertThat(p.at(Line.CLOSING_CASH, 11)).isCloseTo(6336.11, within(0.01));
    }

    @Test
    void theYearsSurplusIsTaxedAtTheSmallProfitsRateAndOwed() {
        // year: -8,940.10 + 11 x 1,225.11 = 4,536.11; under 50,000, so 19%: 861.86, owed at the year's end,
        // due 9 months later (beyond this one-year plan)
        double profit = SmallPlan.operatingSurplus(35, 0) + 11 * SmallPlan.operatingSurplus(35, 1);
        assertThat(profit).isCloseTo(4536.11, within(0.01));
        for (int m = 0; m < 11; m++) {
            line(Line.TAX, m, 0);
        }
        line(Line.TAX, 11, profit * 0.19);
        line(Line.TAX_OWED, 11, profit * 0.19);
        line(Line.TAX_PAID, 11, 0);
        line(Line.WORKER_DIVIDEND, 11, 0);                         // the plan shares nothing (0%)
        line(Line.RETAINED_SURPLUS, 11, profit - profit * 0.19);
    }
}
