package org.carecoop.model;

/**
 * The small council plan (src/test/resources/model/small-council.yaml) worked out by hand, the way a
 * treasurer would on paper, so tests can compare the model with figures it did not produce. Every
 * constant is arithmetic on the plan's own inputs and the 2026-27 statutory pack, written out with
 * its rounded value. Nothing here calls the model.
 *
 * <p>The plan: 20 council clients from the first month, 6 hours a week each in 30-minute visits,
 * 35.00 an hour, paid 28 days after the month's end; zero-hours care workers on 13.00 an hour,
 * 30 hours a week, 80% utilised, 10 minutes' paid travel and 2 miles per visit, 26 training hours a
 * year, 2 meeting hours a month, 20 induction hours, no sickness, 24% turnover, 1,000 to recruit one;
 * a manager on 36,000; rent of 500 a month; 20,000 opening cash; no Employment Allowance.
 */
final class SmallPlan {
    private SmallPlan() {}

    // ---- 2026-27 statutory pack (parameters.csv)
    static final double NI_RATE = 0.15;              // employer NI 15%
    static final double NI_THRESHOLD = 5000.0 / 12;  // 5,000 a year = 416.67 a month
    static final double PENSION_RATE = 0.03;         // auto-enrolment employer minimum 3%
    static final double PENSION_LOWER = 6240.0 / 12; // 520.00 a month
    static final double PENSION_UPPER = 50270.0 / 12; // 4,189.17 a month
    static final double HOLIDAY_RATE = 0.1207;       // 12.07% of hours worked
    static final double MILEAGE_RATE = 0.45;         // HMRC 45p a mile

    // ---- plan inputs
    static final double WAGE = 13.00;
    static final double FEE = 35.00;
    static final double OPENING_CASH = 20000;
    static final double MANAGER_MONTHLY = 36000.0 / 12; // 3,000.00
    static final double RENT = 500;

    /** Weeks in a month on the average calendar: 52 / 12 = 4.3333. */
    static final double WEEKS = 52.0 / 12;
    /** Contact hours demanded a month: 20 clients x 6 h a week x 4.3333 weeks = 520. */
    static final double DEMAND = 20 * 6 * WEEKS;
    /** Travel hours per contact hour: 10 travel minutes / 30 visit minutes = 1/3 (DOMAIN.md section 1). */
    static final double TRAVEL_SHARE = 10.0 / 30;
    /** Travel hours a month: 520 / 3 = 173.33. */
    static final double TRAVEL = DEMAND * TRAVEL_SHARE;
    /** Visits a month: 520 h x 60 / 30 minutes = 1,040. */
    static final double VISITS = DEMAND * 60 / 30;
    /** Mileage a month: 1,040 visits x 2 miles x 0.45 = 936.00. */
    static final double MILEAGE = VISITS * 2 * MILEAGE_RATE;
    /** Unpaid waiting a month: (520 + 173.33) / 80% - (520 + 173.33) = 866.67 - 693.33 = 173.33. */
    static final double WAITING = (DEMAND + TRAVEL) / 0.80 - (DEMAND + TRAVEL);
    /** Share of the year away on holiday: 12.07% accrued on hours worked is 0.1207 / 1.1207 = 10.77%. */
    static final double HOLIDAY_SHARE = HOLIDAY_RATE / (1 + HOLIDAY_RATE);
    /** Training and meetings a week: 26 / 52 + 2 x 12 / 52 = 0.5 + 0.4615 = 0.9615 hours. */
    static final double NON_CONTACT_WEEKLY = 26.0 / 52 + 2.0 * 12 / 52;

    /**
     * Contact hours one care worker gives in a month: (hours a week - training and meetings) x (1 -
     * holiday share) x (1 - sickness) x weeks is the rostered time; 80% of it is contact or travel, and
     * each contact hour brings 1/3 hour of travel. For the plan: (30 - 0.9615) x 0.8923 x 1 x 4.3333 =
     * 112.28 rostered hours; x 0.80 / (1 + 1/3) = 67.37 contact hours.
     */
    static double capacity(double hoursPerWeek, double sickness) {
        double rostered = (hoursPerWeek - NON_CONTACT_WEEKLY) * (1 - HOLIDAY_SHARE) * (1 - sickness) * WEEKS;
        return rostered * 0.80 / (1 + TRAVEL_SHARE);
    }

    /** Care workers needed (and employed, since hiring is not limited): 520 / 67.37 = 7.7187. */
    static final double WORKERS = DEMAND / capacity(30, 0);

    /** Hires: all 7.7187 in the first month, then the 2% a month who leave (24% / 12): 0.1544. */
    static double hires(double workers, int month) {
        return month == 0 ? workers : workers * 0.24 / 12;
    }

    /**
     * Training, meetings and induction hours: workers x 26 / 12 + workers x 2 + hires x 20. Month 0:
     * 7.7187 x 4.1667 + 7.7187 x 20 = 186.54; later months: 32.16 + 0.1544 x 20 = 35.25.
     */
    static double training(double workers, int month) {
        return workers * 26.0 / 12 + workers * 2 + hires(workers, month) * 20;
    }

    /** Paid hours on zero hours: contact + paid travel + training. Month 0: 879.87; later: 728.58. */
    static double paidHours(int month) {
        return DEMAND + TRAVEL + training(WORKERS, month);
    }

    /** Pay for paid hours: month 0 879.87 x 13 = 11,438.30; later 728.58 x 13 = 9,471.57. */
    static double basicPay(int month) {
        return paidHours(month) * WAGE;
    }

    /** Holiday pay at 12.07% of pay: month 0 1,380.60; later 1,143.22. */
    static double holidayPay(int month) {
        return basicPay(month) * HOLIDAY_RATE;
    }

    /** Pay, holiday pay and (here no) sick pay: month 0 12,818.90; later 10,614.79. */
    static double gross(int month) {
        return basicPay(month) + holidayPay(month);
    }

    /**
     * Employer NI on the average care worker's month, times the care workers: month 0 12,818.90 / 7.7187
     * = 1,660.74 each, (1,660.74 - 416.67) x 15% x 7.7187 = 1,440.41; later 1,375.21 each,
     * (1,375.21 - 416.67) x 15% x 7.7187 = 1,109.80.
     */
    static double careNi(int month) {
        double each = gross(month) / WORKERS;
        return WORKERS * Math.max(0, each - NI_THRESHOLD) * NI_RATE;
    }

    /** Employer pension, 3% of each worker's earnings above 520: month 0 264.15; later (1,375.21 - 520) x 3% x 7.7187 = 198.03. */
    static double carePension(int month) {
        double each = gross(month) / WORKERS;
        return WORKERS * Math.max(0, Math.min(each, PENSION_UPPER) - PENSION_LOWER) * PENSION_RATE;
    }

    /** Manager's employer NI: (3,000 - 416.67) x 15% = 387.50. */
    static final double MANAGER_NI = (MANAGER_MONTHLY - NI_THRESHOLD) * NI_RATE;
    /** Manager's employer pension: (3,000 - 520) x 3% = 74.40. */
    static final double MANAGER_PENSION = (MANAGER_MONTHLY - PENSION_LOWER) * PENSION_RATE;

    /** Recruitment at 1,000 a hire: month 0 7,718.73; later 154.37. */
    static double recruitment(int month) {
        return hires(WORKERS, month) * 1000;
    }

    /**
     * Operating costs: pay, holiday pay, employer NI and pension for care workers and the manager,
     * mileage, recruitment and rent. Month 0: 12,818.90 + 1,440.41 + 264.15 + 3,000 + 387.50 + 74.40
     * + 936 + 7,718.73 + 500 = 27,140.10; later: 10,614.79 + 1,109.80 + 198.03 + 3,000 + 387.50 + 74.40
     * + 936 + 154.37 + 500 = 16,974.89.
     */
    static double operatingCosts(int month) {
        return gross(month) + careNi(month) + carePension(month) + MANAGER_MONTHLY + MANAGER_NI + MANAGER_PENSION
                + MILEAGE + recruitment(month) + RENT;
    }

    /** Fee income: 520 h x fee; 520 x 35 = 18,200 a month in the plan as written. */
    static double income(double fee) {
        return DEMAND * fee;
    }

    /** Operating surplus at a fee: at 35, month 0 18,200 - 27,140.10 = -8,940.10; later 1,225.11. */
    static double operatingSurplus(double fee, int month) {
        return income(fee) - operatingCosts(month);
    }

    /** Operating costs repeat every month after the first, so a plan year's total is month 0 + 11 later months. */
    static double yearOperatingCosts(boolean firstYear) {
        return firstYear ? operatingCosts(0) + 11 * operatingCosts(1) : 12 * operatingCosts(1);
    }
}
