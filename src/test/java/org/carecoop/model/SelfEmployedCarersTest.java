package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.carecoop.model.SmallPlan.DEMAND;
import static org.carecoop.model.SmallPlan.MANAGER_MONTHLY;
import static org.carecoop.model.SmallPlan.MILEAGE;
import static org.carecoop.model.SmallPlan.NI_RATE;
import static org.carecoop.model.SmallPlan.NI_THRESHOLD;
import static org.carecoop.model.SmallPlan.PENSION_LOWER;
import static org.carecoop.model.SmallPlan.PENSION_RATE;
import static org.carecoop.model.SmallPlan.RENT;
import static org.carecoop.model.SmallPlan.TRAVEL;
import static org.carecoop.model.SmallPlan.WORKERS;
import static org.carecoop.model.SmallPlan.hires;

import java.util.List;
import org.assertj.core.data.Offset;
import org.carecoop.scenario.Draws;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Self-employed carers on a platform co-operative, at Equal Care Co-op's terms (play.equal.care, Care and
 * Support Rates, 2025: 17.5% added to the carer's rate on the client's bill, 7.5% deducted from it), on the
 * small council plan of {@link SmallPlan}: the same 520 contact hours a month, 173.33 hours of travel and
 * 7.7187 carers, with every figure below worked out by hand.
 */
class SelfEmployedCarersTest {
    private static final Offset<Double> EXACT = within(1e-6);
    /** The carer's own rate per contact hour. */
    private static final double RATE = 16.00;
    /** What the client pays an hour: 16.00 x (1 + 17.5%) = 18.80. */
    private static final double CLIENT_PAYS = RATE * 1.175;
    /** What the carer is paid for a contact hour: 16.00 x (1 - 7.5%) = 14.80. */
    private static final double CARER_GETS = RATE * 0.925;
    private static final String[] PLATFORM = {"care_workers.contract=self-employed", "care_workers.wage_per_hour=16",
        "care_workers.platform_fee=17.5%", "care_workers.platform_deduction=7.5%",
        "clients[council].fee_per_hour=carer-rate-plus-platform-fee"};

    private static Projection platform(String... more) {
        String[] overrides = new String[PLATFORM.length + more.length];
        System.arraycopy(PLATFORM, 0, overrides, 0, PLATFORM.length);
        System.arraycopy(more, 0, overrides, PLATFORM.length, more.length);
        return Plans.small(overrides);
    }

    @Test
    void theClientPaysTheRatePlusTheFeeAndTheCarerTheRateLessTheDeduction() {
        assertThat(CLIENT_PAYS).isCloseTo(18.80, EXACT);
        assertThat(CARER_GETS).isCloseTo(14.80, EXACT);
        Projection p = platform();
        for (int m = 0; m < 12; m++) {
            assertThat(p.groups().get(0).fee().at(m)).isCloseTo(18.80, EXACT);
            assertThat(p.at(Line.CONTACT_HOURS, m)).isCloseTo(DEMAND, EXACT);                   // 520
            assertThat(p.at(Line.CARE_WORKERS, m)).isCloseTo(WORKERS, within(1e-9));          // 7.7187, as employed
            assertThat(p.at(Line.INCOME, m)).isCloseTo(520 * 18.80, EXACT);                   // 9,776.00
            assertThat(p.at(Line.CONTACT_PAY, m)).isCloseTo(520 * 14.80, EXACT);              // 7,696.00
            // the platform keeps 9,776.00 - 7,696.00 = 2,080.00 = 520 x 16.00 x (17.5% + 7.5%)
            assertThat(p.at(Line.INCOME, m) - p.at(Line.CONTACT_PAY, m)).isCloseTo(520 * 16 * 0.25, within(1e-6));
        }
    }

    @Test
    void noOnCostsNoPaidTravelTrainingOrTimeOff() {
        Projection p = platform();
        for (int m = 0; m < 12; m++) {
            for (Line unpaid : List.of(Line.TRAVEL_PAY, Line.WAITING_PAY, Line.TRAINING_PAY, Line.IDLE_PAY,
                    Line.HOLIDAY_PAY, Line.SICK_PAY, Line.CARE_WORKER_NI, Line.CARE_WORKER_PENSION, Line.TRAINING_HOURS)) {
                assertThat(p.at(unpaid, m)).as(unpaid + " in month " + m).isZero();
            }
            assertThat(p.at(Line.PAID_HOURS, m)).isCloseTo(520, EXACT);                       // contact only
            assertThat(p.at(Line.WORKING_HOURS, m)).isCloseTo(DEMAND + TRAVEL, EXACT);         // 520 + 173.33
            assertThat(p.at(Line.MILEAGE, m)).isCloseTo(MILEAGE, EXACT);                      // 936.00, as written
        }
        // month 1: 7,696.00 pay + 936.00 mileage + 0.1544 hires x 1,000 + the manager's 3,000.00 with NI
        // (3,000 - 416.67) x 15% = 387.50 and pension (3,000 - 520) x 3% = 74.40 + rent 500 = 12,748.27
        double office = MANAGER_MONTHLY + (MANAGER_MONTHLY - NI_THRESHOLD) * NI_RATE
                + (MANAGER_MONTHLY - PENSION_LOWER) * PENSION_RATE;
        double costs = 520 * 14.80 + MILEAGE + hires(WORKERS, 1) * 1000 + office + RENT;
        assertThat(costs).isCloseTo(12748.27, within(0.01));
        assertThat(p.at(Line.OPERATING_COSTS, 1)).isCloseTo(costs, EXACT);
        assertThat(p.at(Line.OPERATING_SURPLUS, 1)).isCloseTo(9776 - costs, EXACT);       // -2,972.27
    }

    @Test
    void earningsPerWorkingHourAreShownButNoMinimumWageFindingIsMade() {
        Metrics m = Metrics.of(platform());
        // 14.80 for each contact hour over 520 + 173.33 hours worked: 14.80 x 520 / 693.33 = 14.80 x 0.75 = 11.10,
        // below the 2026-27 National Living Wage of 12.71, but the minimum wage does not cover the self-employed
        assertThat(m.averageEffectivePay()).isCloseTo(11.10, within(1e-9));
        assertThat(m.lowestEffectivePay()).isCloseTo(11.10, within(1e-9));
        assertThat(m.monthsBelowWageFloor()).isZero();
        // the carers' share of what clients pay: 14.80 / 18.80 = 78.72%
        assertThat(m.frontlinePayShare()).isCloseTo(14.80 / 18.80, within(1e-12));
        // replacing the 2% who leave each month costs recruitment only (no paid induction): 11 months x
        // 0.15437 x 1,000 = 1,698.12
        assertThat(m.turnoverCost()).isCloseTo(11 * hires(WORKERS, 1) * 1000, within(1e-6));
        assertThat(m.turnoverCost()).isCloseTo(1698.12, within(0.01));
        // the same earnings for employed care workers would be a finding in every month
        Metrics employed = Metrics.of(Plans.small("care_workers.wage_per_hour=11"));
        assertThat(employed.monthsBelowWageFloor()).isEqualTo(12);
    }

    @Test
    void aFlatFeeIsWhatTheClientPaysWhateverTheCarersRate() {
        // a council contracting at a flat 22.00 an hour: income 520 x 22.00 = 11,440.00; the carer still gets 14.80
        Projection p = platform("clients[council].fee_per_hour=22");
        assertThat(p.at(Line.INCOME, 3)).isCloseTo(11440, EXACT);
        assertThat(p.at(Line.CONTACT_PAY, 3)).isCloseTo(7696, EXACT);
    }

    @Test
    void theCostOfAnHourHasTheCarersPayAndMileageOnly() {
        HourlyCost.BuildUp b = CostOfCare.of(platform(), 1, 0.03).buildUp();
        assertThat(b.line("contact_pay")).isCloseTo(14.80, EXACT);
        for (String none : List.of("travel_pay", "employer_ni", "pension", "holiday_pay", "sick_pay", "other_paid_time")) {
            assertThat(b.line(none)).as(none).isZero();
        }
        // 2 visits an hour (30-minute visits) x 2 miles x 0.45 = 1.80
        assertThat(b.line("mileage")).isCloseTo(1.80, EXACT);
    }

    @Test
    void platformTermsBelongToSelfEmployedCarersOnly() {
        assertThatThrownBy(() -> ScenarioLoader.load(Plans.resource("small-council.yaml"), null,
                List.of("clients[council].fee_per_hour=carer-rate-plus-platform-fee")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("clients[council].fee_per_hour")
                .hasMessageContaining("self-employed");
        assertThatThrownBy(() -> ScenarioLoader.load(Plans.resource("small-council.yaml"), null,
                List.of("care_workers.platform_deduction=7.5%")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("care_workers.platform_deduction");
        assertThatThrownBy(() -> ScenarioLoader.load(Plans.resource("small-council.yaml"), null,
                List.of("care_workers.contract=self-employed", "care_workers.guaranteed_hours_per_week=10")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("guaranteed hours are given for self-employed carers");
    }

    @Test
    void aSensitivityRunOnTheCarersRateMovesWhatClientsPay() {
        LoadedScenario loaded = ScenarioLoader.load(Plans.resource("small-council.yaml"), null, List.of(PLATFORM));
        // the fee is written as a word: its value for a tornado or solver is the first month's, 16.00 x 1.175
        assertThat(Parameterised.of(loaded, "clients[council].fee_per_hour").current()).isCloseTo(18.80, EXACT);
        // a Monte Carlo draw of the carer's rate at 20.00: clients pay 20.00 x 1.175 = 23.50, carers get 18.50
        Projection p = Projector.project(Draws.of(loaded, List.of("care_workers.wage_per_hour")).at(new double[] {20}));
        assertThat(p.groups().get(0).fee().at(0)).isCloseTo(23.50, EXACT);
        assertThat(p.at(Line.CONTACT_PAY, 0)).isCloseTo(520 * 18.50, EXACT);
    }
}
