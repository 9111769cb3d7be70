package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carecoop.model.SmallPlan.DEMAND;
import static org.carecoop.model.SmallPlan.TRAVEL;
import static org.carecoop.model.SmallPlan.WEEKS;
import static org.carecoop.model.SmallPlan.WORKERS;
import static org.carecoop.model.SmallPlan.capacity;
import static org.carecoop.model.SmallPlan.operatingCosts;
import static org.carecoop.model.SmallPlan.training;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One feature at a time on top of the small council plan ({@link SmallPlan}), each expected figure
 * worked out by hand in the test.
 */
class ProjectorFeaturesTest {
    private static final Offset<Double> EXACT = within(1e-6);

    private static void line(Projection p, Line line, int month, double expected) {
        assertThat(p.at(line, month)).as("%s in month %d", line, month).isCloseTo(expected, EXACT);
    }

    @Nested
    class GuaranteedHours {
        // 28 hours a week guaranteed, paid for the weeks worked (holiday pay covers the rest):
        // 7.7187 workers x 28 h x 4.3333 weeks x (1 - 10.77% holiday) = 835.67 hours a month
        private final Projection p = Plans.small("care_workers.contract=guaranteed-hours",
                "care_workers.guaranteed_hours_per_week=28");
        private final double guaranteed = WORKERS * 28 * WEEKS * (1 - SmallPlan.HOLIDAY_SHARE);

        @Test
        void theFirstMonthsInductionIsMoreThanTheGuaranteeSoNothingIsIdle() {
            assertThat(guaranteed).isCloseTo(835.67, within(0.01));
            // month 0 works 879.87 hours (contact, travel, training and induction) > 835.67
            line(p, Line.PAID_HOURS, 0, SmallPlan.paidHours(0));
            line(p, Line.IDLE_PAY, 0, 0);
        }

        @Test
        void laterMonthsPayTheGuaranteeAndTheShortfallIsIdlePay() {
            for (int m = 1; m < 12; m++) {
                // worked 728.58 < 835.67: paid 835.67, of which 107.09 hours x 13.00 = 1,392.18 idle
                line(p, Line.PAID_HOURS, m, guaranteed);
                line(p, Line.IDLE_PAY, m, (guaranteed - SmallPlan.paidHours(m)) * 13);
                // holiday pay accrues on every paid hour, idle ones too
                line(p, Line.HOLIDAY_PAY, m, guaranteed * 13 * 0.1207);
                // paid idle time counts as working time for the minimum wage
                line(p, Line.WORKING_HOURS, m, guaranteed);
                line(p, Line.CONTACT_PAY, m, 520 * 13.0);
            }
            assertThat(p.at(Line.IDLE_PAY, 1)).isCloseTo(1392.18, within(0.01));
        }
    }

    @Nested
    class StatutorySickPay {
        // October 2025 to September 2026: six months under the old SSP rules, six under the new
        private static final String[] ACROSS_APRIL_2026 = {"start=2025-10", "clients[council].start=2025-10",
                "care_workers.sickness_rate=4%", "care_workers.sick_pay=statutory", "care_workers.sick_spell_days=5"};

        /**
         * SSP by hand for a month: each worker is off sick 4% of working time, so 4% / 96% of a week for
         * each week worked: sick weeks = workers x 4.3333 x 0.04 / 0.96. The average weekly earnings are
         * the month's pay / (workers x 4.3333).
         */
        private double ssp(double workers, int month, boolean fromApril2026) {
            double paid = DEMAND + TRAVEL + training(workers, month);
            // SSP's normal weekly earnings include holiday pay (12.07% on top of pay)
            double weeklyEarnings = paid * 13 * (1 + SmallPlan.HOLIDAY_RATE) / (workers * WEEKS);
            // sickness is 4% of the weeks not spent on holiday
            double sickWeeks = workers * WEEKS * (1 - SmallPlan.HOLIDAY_SHARE) * 0.04;
            if (!fromApril2026) {
                // 2025-26: nothing below the lower earnings limit of 125 a week; otherwise 118.75 a week,
                // not paid for the first 3 (waiting) days of each 5-day spell: 2/5 of the days off are paid
                return weeklyEarnings < 125 ? 0 : sickWeeks * 118.75 * (5 - 3) / 5.0;
            }
            // 2026-27 (Employment Rights Act 2025): from day 1, no lower earnings limit, the lower of
            // 123.25 and 80% of weekly earnings
            return sickWeeks * Math.min(123.25, 0.8 * weeklyEarnings);
        }

        @Test
        void waitingDaysBeforeAprilAndTheFlatRateFromDayOneAfter() {
            Projection p = Plans.small(ACROSS_APRIL_2026);
            // sickness takes 4% off each worker's time: 520 / (67.37 x 0.96) = 8.0403 workers
            double workers = DEMAND / capacity(30, 0.04);
            assertThat(workers).isCloseTo(8.0403, within(1e-4));
            line(p, Line.CARE_WORKERS, 3, workers);
            for (int m = 0; m < 12; m++) {
                line(p, Line.SICK_PAY, m, ssp(workers, m, m >= 6));
            }
            // month 1 earns 272.40 a week, 305.27 with holiday pay: SSP 8.0403 x 4.3333 x 0.8923 x 0.04
            // = 1.2436 sick weeks x 118.75 x 0.4 = 59.07; month 7 (May 2026): 123.25 a week from day one,
            // 80% of 305.27 being more: 1.2436 x 123.25 = 153.27
            assertThat(p.at(Line.SICK_PAY, 1)).isCloseTo(59.07, within(0.01));
            assertThat(p.at(Line.SICK_PAY, 7)).isCloseTo(153.27, within(0.01));
        }

        @Test
        void lowEarnersGetNothingBeforeAprilAndEightyPercentOfEarningsAfter() {
            // 11 hours a week: 23.26 workers, about 116 a week each with holiday pay
            Projection p = Plans.small(append(ACROSS_APRIL_2026, "care_workers.hours_per_week=11"));
            double workers = DEMAND / capacity(11, 0.04);
            assertThat(workers).isCloseTo(23.2585, within(1e-3));
            for (int m = 0; m < 12; m++) {
                line(p, Line.SICK_PAY, m, ssp(workers, m, m >= 6));
            }
            // month 1: 115.58 a week with holiday pay, under the 125 limit: no SSP
            line(p, Line.SICK_PAY, 1, 0);
            // month 7: 80% x 115.58 = 92.46 < 123.25, so the cap decides:
            // 23.2585 x 4.3333 x 0.8923 x 0.04 x 92.46 = 332.61
            assertThat(p.at(Line.SICK_PAY, 7)).isCloseTo(332.61, within(0.01));
            // month 0's induction lifts earnings to 181.5 a week, above the limit: SSP with waiting days
            assertThat(p.at(Line.SICK_PAY, 0)).isGreaterThan(0);
        }

        @Test
        void occupationalSickPayIsFullPayForTheTimeOff() {
            Projection p = Plans.small("care_workers.sickness_rate=4%", "care_workers.sick_pay=occupational");
            double workers = DEMAND / capacity(30, 0.04);
            for (int m = 0; m < 12; m++) {
                // sick hours are 4% of all scheduled time: paid hours x 0.04 / 0.96, at 13.00
                double paid = DEMAND + TRAVEL + training(workers, m);
                line(p, Line.SICK_PAY, m, paid * 0.04 / 0.96 * 13);
            }
        }
    }

    @Nested
    class EmploymentAllowance {
        @Test
        void usedUpMonthByMonthAndRenewedEachApril() {
            // October 2025 to September 2027, Employment Allowance 10,500 a year in each tax year
            Projection p = Plans.small("start=2025-10", "years=2", "clients[council].start=2025-10",
                    "provider.employment_allowance=true");
            // employer NI a month (same 15% over 5,000 in 2025-26, 2026-27 and 2027-28):
            // month 0: 1,440.41 + 387.50 = 1,827.91; every later month: 1,109.80 + 387.50 = 1,497.30
            double first = SmallPlan.careNi(0) + SmallPlan.MANAGER_NI;
            double later = SmallPlan.careNi(1) + SmallPlan.MANAGER_NI;
            assertThat(later).isCloseTo(1497.30, within(0.01));
            double[] expected = new double[24];
            // 2025-26, months 0-5 (October-March): 1,827.91 + 5 x 1,497.30 = 9,314.41 < 10,500, all covered;
            // the 1,185.59 left is lost at the year's end
            expected[0] = first;
            for (int m = 1; m <= 5; m++) {
                expected[m] = later;
            }
            // 2026-27 from month 6 (April 2026): 7 months x 1,497.30 = 10,481.08 covered in months 6-12,
            // 10,500 - 10,481.08 = 18.92 in month 13, nothing in months 14-17
            for (int m = 6; m <= 12; m++) {
                expected[m] = later;
            }
            expected[13] = 10500 - 7 * later;
            // 2027-28 from month 18 (April 2027): renewed; 6 x 1,497.30 = 8,983.80, all covered
            for (int m = 18; m < 24; m++) {
                expected[m] = later;
            }
            assertThat(expected[13]).isCloseTo(18.92, within(0.01));
            for (int m = 0; m < 24; m++) {
                // shown as a negative cost
                line(p, Line.EMPLOYMENT_ALLOWANCE, m, -expected[m]);
                // the NI lines themselves stay gross
                line(p, Line.CARE_WORKER_NI, m, SmallPlan.careNi(m));
            }
            // the allowance lowers operating costs by what it covers
            line(p, Line.OPERATING_COSTS, 14, operatingCosts(14));
            line(p, Line.OPERATING_COSTS, 13, operatingCosts(13) - expected[13]);
        }

        @Test
        void aCouncilInHouseServiceCannotClaimIt() {
            // public bodies cannot claim the allowance: the resolver's default for council-in-house is no
            Projection p = Plans.small("provider.model=council-in-house", "provider.employment_allowance=");
            for (int m = 0; m < 12; m++) {
                line(p, Line.EMPLOYMENT_ALLOWANCE, m, 0);
            }
        }
    }

    @Nested
    class OfficeStaff {
        @Test
        void oneCoordinatorPerThreeCareWorkersRoundedUpFromTheRolesStart() {
            Projection p = Plans.project("with-coordinator.yaml");
            for (int m = 0; m < 12; m++) {
                // ceil(7.7187 / 3) = ceil(2.573) = 3 coordinators from month 2 (June 2026)
                double coordinators = m < 2 ? 0 : 3;
                line(p, Line.OFFICE_STAFF, m, 1 + coordinators);
                // 24,000 / 12 = 2,000 a month each
                line(p, Line.OFFICE_SALARIES, m, 3000 + coordinators * 2000);
                // (2,000 - 416.67) x 15% = 237.50 NI and (2,000 - 520) x 3% = 44.40 pension each
                line(p, Line.OFFICE_NI, m, 387.5 + coordinators * 237.5);
                line(p, Line.OFFICE_PENSION, m, 74.4 + coordinators * 44.4);
            }
        }
    }

    @Nested
    class Fees {
        @Test
        void theUpliftAppliesFromTheFirstAprilAfterTheStart() {
            Projection p = Plans.small("start=2026-01", "clients[council].start=2026-01",
                    "clients[council].fee_uplift=4%");
            for (int m = 0; m < 12; m++) {
                // January-March 2026 at 35.00; from April 2026 at 35 x 1.04 = 36.40
                double fee = m < 3 ? 35.00 : 36.40;
                line(p, Line.INCOME, m, 520 * fee);   // 18,200.00 then 18,928.00
            }
        }

        @Test
        void paymentTermsBecomeWholeMonthsOfLag() {
            // 0 days: paid in the month of care; 31 days: ceil(31 / 30.44) = 2 months; 61 days: ceil(2.004) = 3
            Projection now = Plans.small("clients[council].paid_after_days=0");
            Projection two = Plans.small("clients[council].paid_after_days=31");
            Projection three = Plans.small("clients[council].paid_after_days=61");
            for (int m = 0; m < 12; m++) {
                line(now, Line.RECEIPTS, m, 18200);
                line(now, Line.RECEIVABLES, m, 0);
                line(two, Line.RECEIPTS, m, m < 2 ? 0 : 18200);
                line(three, Line.RECEIPTS, m, m < 3 ? 0 : 18200);
            }
            line(three, Line.RECEIVABLES, 11, 3 * 18200);
        }

        @Test
        void badDebtIsACostAndIsNeverReceived() {
            Projection p = Plans.small("clients[council].bad_debt=5%");
            for (int m = 0; m < 12; m++) {
                line(p, Line.INCOME, m, 18200);
                line(p, Line.BAD_DEBT, m, 910);                       // 5% of 18,200
                line(p, Line.OPERATING_COSTS, m, operatingCosts(m) + 910);
                line(p, Line.RECEIPTS, m, m == 0 ? 0 : 17290);       // 95% of last month's invoice
                line(p, Line.RECEIVABLES, m, 17290);
            }
        }
    }

    @Nested
    class Loans {
        // with-loan.yaml: 12,000 drawn in month 0 at 6% a year (0.5% a month), 12-month term, 3 months' grace

        @Test
        void amortisingAfterGraceRepaysByTheAnnuityFormula() {
            Projection p = Plans.project("with-loan.yaml");
            double r = 0.06 / 12;
            // level payment over the 12 - 3 = 9 months after grace: 12,000 x r / (1 - (1 + r)^-9) = 1,366.89
            double payment = 12000 * r / (1 - Math.pow(1 + r, -9));
            assertThat(payment).isCloseTo(1366.89, within(0.01));
            line(p, Line.LOANS_IN, 0, 12000);
            line(p, Line.LOAN_BALANCE, 0, 12000);
            line(p, Line.INTEREST, 0, 0);                // payments start the month after the money arrives
            for (int k = 1; k <= 3; k++) {               // grace: interest only, 12,000 x 0.5% = 60.00
                line(p, Line.INTEREST, k, 60);
                line(p, Line.INTEREST_PAID, k, 60);
                line(p, Line.LOAN_REPAYMENTS, k, 0);
                line(p, Line.LOAN_BALANCE, k, 12000);
            }
            for (int j = 1; j <= 9; j++) {
                int m = 3 + j;
                // balance after j level payments: 12,000 (1 + r)^j - payment ((1 + r)^j - 1) / r
                double before = 12000 * Math.pow(1 + r, j - 1) - payment * (Math.pow(1 + r, j - 1) - 1) / r;
                double after = 12000 * Math.pow(1 + r, j) - payment * (Math.pow(1 + r, j) - 1) / r;
                line(p, Line.INTEREST, m, before * r);
                line(p, Line.INTEREST_PAID, m, before * r);
                line(p, Line.LOAN_REPAYMENTS, m, before - Math.max(0, after));
                line(p, Line.LOAN_BALANCE, m, Math.max(0, after));
                assertThat(p.at(Line.INTEREST_PAID, m) + p.at(Line.LOAN_REPAYMENTS, m)).isCloseTo(payment, within(1e-6));
            }
            for (int m = 13; m < 24; m++) {
                line(p, Line.LOAN_BALANCE, m, 0);
                line(p, Line.INTEREST, m, 0);
            }
            // the interest is a cost before tax; the operating surplus does not include it
            line(p, Line.SURPLUS_BEFORE_TAX, 5, p.at(Line.OPERATING_SURPLUS, 5) - p.at(Line.INTEREST, 5));
        }

        @Test
        void interestOnlyPaysTheCapitalAtTheEndOfTheTerm() {
            Projection p = Plans.project("with-loan.yaml", "funding.loans[bank].repayment=interest-only",
                    "funding.loans[bank].grace_months=0");
            for (int m = 1; m <= 12; m++) {
                line(p, Line.INTEREST_PAID, m, 60);                 // 12,000 x 0.5%
                line(p, Line.LOAN_REPAYMENTS, m, m == 12 ? 12000 : 0);
                line(p, Line.LOAN_BALANCE, m, m == 12 ? 0 : 12000);
            }
            line(p, Line.INTEREST, 13, 0);
        }

        @Test
        void bulletRollsTheInterestUpAndPaysItWithTheCapital() {
            Projection p = Plans.project("with-loan.yaml", "funding.loans[bank].repayment=bullet",
                    "funding.loans[bank].grace_months=0");
            for (int k = 1; k <= 12; k++) {
                // interest charged on the balance with last month's interest added: 12,000 x 1.005^(k-1) x 0.5%
                line(p, Line.INTEREST, k, 12000 * Math.pow(1.005, k - 1) * 0.005);
                line(p, Line.INTEREST_PAID, k, k == 12 ? 12000 * (Math.pow(1.005, 12) - 1) : 0);
                line(p, Line.LOAN_REPAYMENTS, k, k == 12 ? 12000 : 0);
                line(p, Line.LOAN_BALANCE, k, k == 12 ? 0 : 12000 * Math.pow(1.005, k));
            }
            // 12,000 x (1.005^12 - 1) = 740.13 of interest paid at the end
            assertThat(p.at(Line.INTEREST_PAID, 12)).isCloseTo(740.13, within(0.01));
        }
    }

    @Nested
    class Shares {
        @Test
        void communityShareInterestMonthlyAndWithdrawalsFromTheSecondYear() {
            Projection p = Plans.project("with-community-shares.yaml");
            line(p, Line.SHARE_CAPITAL_IN, 2, 30000);   // raised in June 2026
            line(p, Line.INTEREST, 2, 0);              // no capital at the start of that month
            for (int m = 3; m < 12; m++) {
                line(p, Line.INTEREST, m, 100);        // 30,000 x 4% / 12
                line(p, Line.SHARE_WITHDRAWALS, m, 0); // locked in the first plan year
                line(p, Line.SHARE_CAPITAL, m, 30000);
            }
            for (int m = 12; m < 24; m++) {
                // 6% of the raise a year: 30,000 x 6% / 12 = 150 a month, interest on the capital at the month's start
                double capitalAtStart = 30000 - 150 * (m - 12);
                line(p, Line.SHARE_WITHDRAWALS, m, 150);
                line(p, Line.INTEREST, m, capitalAtStart * 0.04 / 12);   // 100.00, 99.50, 99.00, ...
                line(p, Line.INTEREST_PAID, m, capitalAtStart * 0.04 / 12);
                line(p, Line.SHARE_CAPITAL, m, capitalAtStart - 150);
            }
        }

        @Test
        void withdrawalsAreCappedByTheSocietysRules() {
            // 20% a year asked, 10% allowed: 30,000 x 10% / 12 = 250 a month
            Projection p = Plans.project("with-community-shares.yaml", "funding.community_shares.withdrawals_per_year=20%");
            line(p, Line.SHARE_WITHDRAWALS, 12, 250);
            line(p, Line.SHARE_CAPITAL, 23, 30000 - 12 * 250);
        }

        @Test
        void memberSharesDownPaymentThenInstalmentsAndRefundsToLeavers() {
            Projection p = Plans.project("with-member-shares.yaml");
            // month 0: 7.7187 hired, half join: 3.8594 members, 50 each down = 192.97;
            // the other 250 each is paid over months 1-5: 3.8594 x 250 / 5 = 192.97 a month
            double joined0 = WORKERS / 2;
            line(p, Line.SHARE_CAPITAL_IN, 0, joined0 * 50);
            line(p, Line.SHARE_WITHDRAWALS, 0, 0);
            double capital = joined0 * 50;
            line(p, Line.SHARE_CAPITAL, 0, capital);
            // month 1: 0.1544 hired, 0.0772 join and pay 50 down; month 0's instalment 192.97 arrives;
            // 2% of the 3.8594 members leave and take their share of the capital paid so far
            double joined1 = WORKERS * 0.02 / 2;
            double in1 = joined1 * 50 + joined0 * 250 / 5;
            double out1 = joined0 * 0.02 * capital / joined0;      // 0.0772 x 50 = 3.86
            line(p, Line.SHARE_CAPITAL_IN, 1, in1);
            line(p, Line.SHARE_WITHDRAWALS, 1, out1);
            capital += in1 - out1;
            line(p, Line.SHARE_CAPITAL, 1, capital);
            // month 2: the same joiners and down payments, both cohorts' instalments, 2% of members refunded
            double members = joined0 + joined1 - joined0 * 0.02;    // still 3.8594
            double in2 = joined1 * 50 + joined0 * 250 / 5 + joined1 * 250 / 5;
            double out2 = members * 0.02 * capital / members;
            line(p, Line.SHARE_CAPITAL_IN, 2, in2);
            line(p, Line.SHARE_WITHDRAWALS, 2, out2);
            line(p, Line.SHARE_CAPITAL, 2, capital + in2 - out2);
        }
    }

    @Nested
    class CorporationTax {
        @Test
        void marginalReliefOnTheYearsProfitPaidNineMonthsAfterTheYearEnds() {
            // at 45.00 an hour: income 520 x 45 = 23,400 a month
            Projection p = Plans.small("years=2", "clients[council].fee_per_hour=45");
            // year 1: 12 x 23,400 - (27,140.10 + 11 x 16,974.89) = 280,800 - 213,863.90 = 66,936.10
            double year1 = 12 * 23400 - SmallPlan.yearOperatingCosts(true);
            // year 2: 12 x (23,400 - 16,974.89) = 77,101.32
            double year2 = 12 * 23400 - SmallPlan.yearOperatingCosts(false);
            assertThat(year1).isCloseTo(66936.10, within(0.01));
            // between 50,000 and 250,000: 25% less 3/200 of (250,000 - profit)
            double tax1 = 0.25 * year1 - 0.015 * (250000 - year1);    // 16,734.03 - 2,745.96 = 13,988.07
            double tax2 = 0.25 * year2 - 0.015 * (250000 - year2);
            assertThat(tax1).isCloseTo(13988.07, within(0.01));
            line(p, Line.TAX, 11, tax1);
            line(p, Line.TAX, 23, tax2);
            for (int m = 0; m < 24; m++) {
                if (m != 11 && m != 23) {
                    line(p, Line.TAX, m, 0);
                }
                // owed from the year's end until paid 9 months later, in month 20 (December 2027)
                double owed = (m >= 11 && m < 20 ? tax1 : 0) + (m >= 23 ? tax2 : 0);
                line(p, Line.TAX_OWED, m, owed);
                line(p, Line.TAX_PAID, m, m == 20 ? tax1 : 0);
            }
        }

        @Test
        void aLossIsCarriedForwardAgainstTheNextYearsProfit() {
            Projection p = Plans.small("years=2", "clients[council].fee_per_hour={2026-04: 25, 2027-04: 45}");
            // year 1 at 25.00: 12 x 13,000 - 213,863.90 = -57,863.90, no tax
            double year1 = 12 * 13000 - SmallPlan.yearOperatingCosts(true);
            // year 2 at 45.00: 77,101.32 less the loss carried, 57,863.90 = 19,237.42, at 19% = 3,655.11
            double year2 = 12 * 23400 - SmallPlan.yearOperatingCosts(false);
            assertThat(year1).isCloseTo(-57863.90, within(0.01));
            line(p, Line.TAX, 11, 0);
            line(p, Line.TAX, 23, (year2 + year1) * 0.19);
            assertThat(p.at(Line.TAX, 23)).isCloseTo(3655.11, within(0.01));
        }

        @Test
        void theRatesAndMarginalReliefOfDomainMd() {
            var pack = org.carecoop.statutory.StatutoryTables.load().pack(org.carecoop.statutory.Nation.ENGLAND,
                    org.carecoop.statutory.TaxYear.of("2026-27"));
            // DOMAIN.md section 3: 19% to 50,000, 25% above 250,000, marginal relief between
            assertThat(Projector.corporationTax(pack, 100000, 12)).isCloseTo(25000 - 0.015 * 150000, EXACT); // 22,750
            assertThat(Projector.corporationTax(pack, 100000, 12)).isCloseTo(22750, EXACT);
            assertThat(Projector.corporationTax(pack, 40000, 12)).isCloseTo(7600, EXACT);     // 19%
            assertThat(Projector.corporationTax(pack, 50000, 12)).isCloseTo(9500, EXACT);     // both ways: 19% x 50,000
            assertThat(0.25 * 50000 - 0.015 * 200000).isCloseTo(9500, EXACT);               // = 12,500 - 3,000
            assertThat(Projector.corporationTax(pack, 250000, 12)).isCloseTo(62500, EXACT);   // 25%
            assertThat(Projector.corporationTax(pack, 300000, 12)).isCloseTo(75000, EXACT);
            assertThat(Projector.corporationTax(pack, -5000, 12)).isZero();
            // a 6-month period halves the limits to 25,000 and 125,000: 12,500 - 3/200 x 75,000 = 11,375
            assertThat(Projector.corporationTax(pack, 50000, 6)).isCloseTo(11375, EXACT);
        }

        @Test
        void aCouncilInHouseServicePaysNone() {
            Projection p = Plans.small("years=2", "clients[council].fee_per_hour=45", "provider.model=council-in-house",
                    "provider.employment_allowance=false");
            assertThat(p.get(Line.TAX).sum()).isZero();
            assertThat(p.get(Line.TAX_PAID).sum()).isZero();
        }
    }

    @Nested
    class SurplusPolicy {
        // at 45.00 an hour, year 1: surplus 66,936.10, tax 13,988.07, after tax 52,948.04.
        // Cash at the end of month 11 before any dividend: 20,000 + 11 x 23,400 received - 213,863.90 paid
        // = 63,536.10; the tax of 13,988.07 is owed (paid in month 20), so it is not spare cash.
        // Reserves: months x the year's average operating costs, 213,863.90 / 12 = 17,821.99 a month.
        private final double profit = 12 * 23400 - SmallPlan.yearOperatingCosts(true);
        private final double tax = 0.25 * profit - 0.015 * (250000 - profit);
        private final double afterTax = profit - tax;
        private final double cashBefore = 20000 + 11 * 23400 - SmallPlan.yearOperatingCosts(true);
        private final double monthOfCosts = SmallPlan.yearOperatingCosts(true) / 12;

        @Test
        void aWorkerCoopSharesWhatIsLeftAboveItsReservesAndTaxOwed() {
            Projection p = Plans.small("clients[council].fee_per_hour=45", "surplus.worker_dividend=50%",
                    "surplus.reserves_months=1");
            assertThat(cashBefore).isCloseTo(63536.10, within(0.01));
            assertThat(tax).isCloseTo(13988.07, within(0.01));
            // distributable = the least of the year's 52,948.04 after tax, the 52,948.04 kept so far, and
            // 63,536.10 - 17,821.99 reserves - 13,988.07 tax owed = 31,726.04; half is 15,863.02
            double distributable = Math.min(afterTax, cashBefore - monthOfCosts - tax);
            assertThat(distributable).isCloseTo(31726.04, within(0.01));
            assertThat(p.at(Line.WORKER_DIVIDEND, 11)).isCloseTo(0.5 * distributable, within(0.01));
            assertThat(p.at(Line.WORKER_DIVIDEND, 11)).isCloseTo(15863.02, within(0.01));
            assertThat(p.at(Line.OWNER_DIVIDEND, 11)).isZero();
            assertThat(p.at(Line.DIVIDENDS_PAID, 11)).isCloseTo(15863.02, within(0.01));
            assertThat(p.get(Line.WORKER_DIVIDEND).sum(0, 11)).isZero();     // only at the year's end
        }

        @Test
        void threeMonthsOfReservesLeaveNothingToShareInTheFirstYear() {
            // 63,536.10 - 3 x 17,821.99 - 13,988.07 = -3,917.94: nothing is spare
            Projection p = Plans.small("clients[council].fee_per_hour=45", "surplus.worker_dividend=50%");
            assertThat(p.at(Line.WORKER_DIVIDEND, 11)).isZero();
        }

        @Test
        void withoutReservesTheCashAfterTaxOwedLimitsTheDividend() {
            Projection p = Plans.small("clients[council].fee_per_hour=45", "surplus.worker_dividend=50%",
                    "surplus.reserves_months=0");
            assertThat(p.at(Line.WORKER_DIVIDEND, 11)).isCloseTo(0.5 * Math.min(afterTax, cashBefore - tax), EXACT);
            // the lesser of 52,948.04 and 63,536.10 - 13,988.07 = 49,548.03: half is 24,774.02
            assertThat(p.at(Line.WORKER_DIVIDEND, 11)).isCloseTo(24774.02, within(0.01));
        }

        @Test
        void onlyCoOperativesPayWorkerDividendsAndOnlyCompaniesPayOwners() {
            Projection cbs = Plans.small("clients[council].fee_per_hour=45", "surplus.worker_dividend=50%",
                    "surplus.reserves_months=1", "provider.model=community-benefit-society");
            assertThat(cbs.get(Line.WORKER_DIVIDEND).sum() + cbs.get(Line.OWNER_DIVIDEND).sum()).isZero();
            Projection multi = Plans.small("clients[council].fee_per_hour=45", "surplus.worker_dividend=50%",
                    "surplus.reserves_months=1", "provider.model=multi-stakeholder-coop");
            assertThat(multi.at(Line.WORKER_DIVIDEND, 11)).isCloseTo(15863.02, within(0.01));
            Projection company = Plans.small("clients[council].fee_per_hour=45", "surplus.owner_dividend=100%",
                    "surplus.reserves_months=1", "provider.model=for-profit");
            assertThat(company.at(Line.WORKER_DIVIDEND, 11)).isZero();
            assertThat(company.at(Line.OWNER_DIVIDEND, 11)).isCloseTo(31726.04, within(0.01));
        }

        @Test
        void nothingIsPaidOutWhileEarlierLossesRemain() {
            // year 1 at 25.00 an hour loses money; year 2 at 45.00 earns: the year-2 dividend is capped by
            // what has been kept over both years, never by year 2's surplus alone
            Projection p = Plans.small("years=2", "clients[council].fee_per_hour={2026-04: 25, 2027-04: 45}",
                    "surplus.worker_dividend=100%", "surplus.reserves_months=0");
            double kept = p.get(Line.SURPLUS_AFTER_TAX).sum();
            assertThat(p.get(Line.SURPLUS_AFTER_TAX).sum(0, 12)).isNegative();
            assertThat(p.at(Line.WORKER_DIVIDEND, 23)).isLessThanOrEqualTo(Math.max(0, kept) + 1e-6);
            assertThat(p.get(Line.RETAINED_SURPLUS).at(23)).isGreaterThanOrEqualTo(-1e-6);
        }

        @Test
        void nothingIsPaidOutOfALoss() {
            Projection p = Plans.small("clients[council].fee_per_hour=25", "surplus.worker_dividend=50%",
                    "surplus.reserves_months=0");
            assertThat(p.get(Line.WORKER_DIVIDEND).sum()).isZero();
        }
    }

    @Nested
    class EmployerNationalInsurance {
        @Test
        void domainMdWorkedChecksOnA25000Salary() {
            var tables = org.carecoop.statutory.StatutoryTables.load();
            var england = org.carecoop.statutory.Nation.ENGLAND;
            double monthly = 25000.0 / 12;
            // 2024-25: (25,000 - 9,100) x 13.8% = 2,194.20 (DOMAIN.md section 3: 2,194)
            double ni2024 = 12 * Projector.employerNi(tables.pack(england, org.carecoop.statutory.TaxYear.of("2024-25")), monthly);
            assertThat(ni2024).isCloseTo(2194.20, within(1e-6));
            // 2025-26: (25,000 - 5,000) x 15% = 3,000
            double ni2025 = 12 * Projector.employerNi(tables.pack(england, org.carecoop.statutory.TaxYear.of("2025-26")), monthly);
            assertThat(ni2025).isCloseTo(3000, within(1e-6));
            // below the threshold there is none
            assertThat(Projector.employerNi(tables.pack(england, org.carecoop.statutory.TaxYear.of("2025-26")), 400)).isZero();
        }

        @Test
        void pensionOnQualifyingEarningsOnly() {
            var pack = org.carecoop.statutory.StatutoryTables.load().pack(org.carecoop.statutory.Nation.ENGLAND,
                    org.carecoop.statutory.TaxYear.of("2026-27"));
            // (25,000 - 6,240) x 3% = 562.80 a year
            assertThat(12 * Projector.pension(pack, 25000.0 / 12, 0.03)).isCloseTo(562.80, within(1e-6));
            // above the upper limit only the band counts: (50,270 - 6,240) x 3% = 1,320.90
            assertThat(12 * Projector.pension(pack, 60000.0 / 12, 0.03)).isCloseTo(1320.90, within(1e-6));
            assertThat(Projector.pension(pack, 500, 0.03)).isZero();
        }
    }

    @Nested
    class Demand {
        @Test
        void anEvenRampFromTheGroupsStartToItsTarget() {
            var group = new Scenario.ClientGroup("council", StreamType.COUNCIL, 4, 2, 20, 4, 0, 6, 30,
                    Series.constant(8, 35), 1, 0);
            // 4 clients until month 2; then a quarter of the way to 20 each month: 8, 12, 16, 20, and 20 after
            double[] expected = {4, 4, 8, 12, 16, 20, 20, 20};
            for (int m = 0; m < 8; m++) {
                assertThat(Projector.plannedClients(group, m)).as("month %d", m).isCloseTo(expected[m], EXACT);
            }
        }

        @Test
        void travelPerContactHourIsTravelMinutesOverVisitMinutes() {
            // Fair Cost of Care Annex A: (60 / 45) visits an hour x 15 minutes = 20 minutes = 1/3 hour
            Scenario s = Plans.scenario("small-council.yaml", "care_workers.travel_minutes_per_visit=15",
                    "clients[council].visit_minutes=45");
            assertThat(Projector.travelPerContactHour(s.clients().get(0), s.careWorkers())).isCloseTo(1.0 / 3, EXACT);
        }

        @Test
        void hiringLimitsLeaveHoursUnmet() {
            // at most 5 hires a month: month 0 delivers 5 x 67.37 = 336.84 of the 520 hours
            Projection p = Plans.small("care_workers.max_hires_per_month=5");
            line(p, Line.CARE_WORKERS, 0, 5);
            line(p, Line.CONTACT_HOURS, 0, 5 * capacity(30, 0));
            line(p, Line.UNMET_HOURS, 0, 520 - 5 * capacity(30, 0));
            // month 1: 5 x 98% = 4.9 stay, up to 5 more, 7.7187 needed: all delivered again
            line(p, Line.CARE_WORKERS, 1, WORKERS);
            line(p, Line.UNMET_HOURS, 1, 0);
            // income follows the hours delivered, not demanded
            line(p, Line.INCOME, 0, 5 * capacity(30, 0) * 35);
        }
    }

    private static String[] append(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
