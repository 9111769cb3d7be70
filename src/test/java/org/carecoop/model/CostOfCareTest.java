package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryTables;
import org.carecoop.statutory.TaxYear;
import org.junit.jupiter.api.Test;

/** The hourly build-up of a plan, checked against arithmetic done by hand. */
class CostOfCareTest {

    /** A care worker on the 2026-27 NLW, 30 hours a week, no travel, sickness or training; 2026-27 England pack. */
    private static Scenario scenario(double travelMinutes, double milesPerVisit, double visitMinutes) {
        int months = 12;
        StatutoryPack pack = StatutoryTables.load().pack(Nation.ENGLAND, TaxYear.of("2026-27"));
        Scenario.CareWorkers cw = new Scenario.CareWorkers(Series.constant(months, 12.71), ContractType.ZERO_HOURS, 0,
                30, 1.0, travelMinutes, false, true, milesPerVisit, Series.constant(months, 0.45), 0, 0, 0, 0,
                SickPayScheme.STATUTORY, 5, Series.constant(months, 0.03), 0, 0, 0, Double.POSITIVE_INFINITY);
        Scenario.ClientGroup council = new Scenario.ClientGroup("council", StreamType.COUNCIL, 10, 0, 10, 0, 0, 10,
                visitMinutes, Series.constant(months, 24.10), 1, 0);
        return new Scenario("test", "GBP", YearMonth.of(2026, 4), months, Series.constant(months, 52.0 / 12),
                Collections.nCopies(months, pack),
                new Scenario.Provider(ProviderModel.WORKER_COOP, 0.03, 0, 0, 0, 0, true, 0), List.of(council), cw, List.of(),
                List.of(new Scenario.Overhead("office", Scenario.Overhead.Basis.PER_MONTH, Series.constant(months, 1000), 0)),
                List.of(), new Scenario.Funding(0, List.of(), Scenario.CommunityShares.none(),
                Scenario.MemberShares.none(), List.of(), List.of()), new Scenario.SurplusPolicy(0, 0, 0));
    }

    @Test
    void buildsTheCareWorkerLinesOfATypicalWorker() {
        CostOfCare cost = CostOfCare.of(Projector.project(scenario(0, 0, 60)), 1, 0.03);
        HourlyCost.BuildUp b = cost.buildUp();
        // holiday share of time: 0.1207 / 1.1207 = 0.1077005; contact hours a week 30 x 0.8922995 = 26.768984,
        // a year 26.768984 x 52 = 1391.9872
        double contactYear = 30 * (1 - 0.1207 / 1.1207) * 52;
        assertThat(b.line("contact_pay")).isCloseTo(12.71, within(1e-9));
        assertThat(b.line("travel_pay")).isZero();
        assertThat(b.line("holiday_pay")).isCloseTo(12.71 * 0.1207, within(1e-9));      // 1.534097
        // earnings a year (12.71 + 1.534097) x 1391.9872 = 19,827.6; NI 15% above 5,000; pension 3% above 6,240
        double earnings = (12.71 + 12.71 * 0.1207) * contactYear;
        assertThat(earnings).isCloseTo(19827.6, within(0.1));
        assertThat(b.line("employer_ni")).isCloseTo((earnings - 5000) * 0.15 / contactYear, within(1e-9));  // 1.5978
        assertThat(b.line("employer_ni")).isCloseTo(1.5978, within(0.0001));
        assertThat(b.line("pension")).isCloseTo((earnings - 6240) * 0.03 / contactYear, within(1e-9));      // 0.2928
        assertThat(b.line("sick_pay")).isZero();
        // business: 12,000 of overheads over 10 clients x 10 hours x 52 weeks = 5,200 hours delivered
        assertThat(b.line("business_costs")).isCloseTo(12000.0 / 5200, within(1e-6));
        // the Employment Allowance (10,500 a year) covers all employer NI here: it comes off at NI's own rate
        assertThat(b.line("employment_allowance")).isCloseTo(-b.line("employer_ni"), within(0.01));
        // full cost = 12.71 + 1.534097 + 1.5978 + 0.2928 + 2.3077 - 1.5978 = 16.8446; price = full / 0.97
        double full = b.price() - b.surplus();
        assertThat(full).isCloseTo(12.71 + 1.534097 + 0.292843 + 2.307692, within(0.01));
        assertThat(b.price()).isCloseTo(full / 0.97, within(1e-9));
        assertThat(cost.groups().get(0).marginPerHour()).isCloseTo(24.10 - full, within(1e-9));
    }

    @Test
    void shorterVisitsCostMoreBecauseTravelWeighsMore() {
        CostOfCare cost = CostOfCare.of(Projector.project(scenario(10, 3, 30)), 1, 0.03);
        // 15-minute visits: 10 / 15 = 0.667 travel hours per contact hour, 4 visits x 3 miles x 0.45 = 5.40 mileage
        CostOfCare.VisitLength quarter = cost.byVisit().get(0);
        assertThat(quarter.minutes()).isEqualTo(15);
        assertThat(quarter.buildUp().line("travel_pay")).isCloseTo(12.71 * 10 / 15, within(1e-9));
        assertThat(quarter.buildUp().line("mileage")).isCloseTo(5.40, within(1e-9));
        double previous = Double.POSITIVE_INFINITY;
        for (CostOfCare.VisitLength v : cost.byVisit()) {
            assertThat(v.buildUp().price()).isLessThan(previous);
            previous = v.buildUp().price();
        }
        // the plan's own 30-minute visits cost the same as the 30-minute column
        assertThat(cost.buildUp().price()).isCloseTo(cost.byVisit().get(1).buildUp().price(), within(1e-9));
    }
}
