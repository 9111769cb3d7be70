package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.StatutoryParameter;
import org.carecoop.statutory.StatutoryTables;
import org.carecoop.statutory.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A New York City payroll month worked by hand from the published figures (parameters.csv, US rows),
 * and the US year turning over in January rather than April.
 */
class UsPayrollMonthTest {
    /** To a thousandth of a cent. */
    private static final Offset<Double> EXACT = within(1e-5);

    @TempDir
    Path dir;

    /**
     * Ten clients of 10 hours a week in 60-minute visits at 30 USD, no travel, a 20 USD wage on
     * zero-hours contracts, 5% of time off sick on statutory (New York) sick leave, one manager on
     * 60,000 a year. Everything else is switched off so the month can be worked on paper.
     */
    private Path plan(String start, String wage) throws IOException {
        Path file = dir.resolve("nyc.yaml");
        Files.writeString(file, """
                scenario: New York City payroll month
                currency: USD
                nation: us-new-york-city
                start: %s
                years: 1
                clients:
                  - {stream: council, clients_at_start: 10, target: 10, ramp_months: 0, leave_rate: 0%%,
                     hours_per_week: 10, visit_minutes: 60, fee_per_hour: 30, paid_after_days: 0}
                care_workers:
                  wage_per_hour: %s
                  contract: zero-hours
                  hours_per_week: 30
                  utilisation: 100%%
                  travel_minutes_per_visit: 0
                  miles_per_visit: 1
                  training_hours_per_year: 0
                  meeting_hours_per_month: 0
                  induction_hours: 0
                  sickness_rate: 5%%
                  sick_pay: statutory
                  sick_spell_days: 5
                  turnover: 0%%
                  recruitment_cost: 0
                office_staff:
                  - {role: manager, salary: 60000, count: 1}
                """.formatted(start, wage));
        return file;
    }

    private static Projection project(Path file) {
        return Projector.project(Resolver.resolve(ScenarioLoader.load(file)));
    }

    @Test
    void aJanuary2026MonthWorkedByHand() throws IOException {
        Projection p = project(plan("2026-01", "20"));
        // weeks in a month 52/12 = 4.33333; demand 10 clients x 10 h x 4.33333 = 433.333 h, all delivered
        assertThat(p.at(Line.CONTACT_HOURS, 0)).isCloseTo(4333.3333333 / 10, within(1e-6));
        // no statutory holiday in the US: capacity 30 h x (1 - 5% sick) x 4.33333 = 123.5 h a care worker,
        // so 433.333 / 123.5 = 3.508772 care workers
        double workers = (10 * 10 * 52.0 / 12) / (30 * 0.95 * 52.0 / 12);
        assertThat(workers).isCloseTo(3.508772, within(1e-6));
        assertThat(p.at(Line.CARE_WORKERS, 0)).isCloseTo(workers, EXACT);
        // pay: 433.333 h x 20 = 8,666.67; holiday pay 0 (FLSA requires none)
        assertThat(p.at(Line.CONTACT_PAY, 0)).isCloseTo(8666.666667, within(1e-5));
        assertThat(p.at(Line.HOLIDAY_PAY, 0)).isZero();
        // New York sick leave at full pay, no waiting days: weekly pay 30 x 0.95 x 20 = 570, sick weeks
        // 3.508772 x 4.33333 x 5% = 0.760234, so 0.760234 x 570 = 433.33 (5% of the 8,666.67 pay)
        assertThat(p.at(Line.SICK_PAY, 0)).isCloseTo(433.333333, within(1e-5));
        // employer FICA 7.65% from the first dollar: (8,666.67 + 433.33) x 7.65% = 696.15;
        // the manager 5,000 x 7.65% = 382.50
        assertThat(p.at(Line.CARE_WORKER_NI, 0)).isCloseTo(696.15, EXACT);
        assertThat(p.at(Line.OFFICE_NI, 0)).isCloseTo(382.50, EXACT);
        // no Employment Allowance, no statutory pension
        assertThat(p.at(Line.EMPLOYMENT_ALLOWANCE, 0)).isZero();
        assertThat(p.at(Line.CARE_WORKER_PENSION, 0)).isZero();
        assertThat(p.at(Line.OFFICE_PENSION, 0)).isZero();
        // unemployment insurance per person a year: FUTA 0.6% x 7,000 = 42 plus New York 4.1% x 17,600
        // = 721.60, so 763.60 / 12 = 63.6333 a month; for 3.508772 care workers and the manager
        // (3.508772 + 1) x 63.6333 = 286.9082
        double perPerson = (0.006 * 7000 + 0.041 * 17600) / 12;
        assertThat(perPerson).isCloseTo(63.633333, within(1e-6));
        assertThat(p.at(Line.OVERHEADS, 0)).isCloseTo((workers + 1) * perPerson, EXACT);
        assertThat(p.at(Line.OVERHEADS, 0)).isCloseTo(286.9082, within(1e-4));
        // mileage at the IRS rate, 72.5 cents: 433.333 one-hour visits x 1 mile = 314.17
        assertThat(p.at(Line.MILEAGE, 0)).isCloseTo(433.333333 * 0.725, within(1e-5));
        // costs 8,666.67 + 433.33 + 696.15 + 5,000 + 382.50 + 286.91 + 314.17 = 15,779.72
        assertThat(p.at(Line.OPERATING_COSTS, 0)).isCloseTo(15779.7249, within(1e-4));
        // income 433.333 x 30 = 13,000
        assertThat(p.at(Line.INCOME, 0)).isCloseTo(13000, within(1e-6));
    }

    @Test
    void theUsYearTurnsOverInJanuaryNotApril() throws IOException {
        // December 2025 to November 2026 on the home care aide minimum wage
        Projection p = project(plan("2025-12", "care-sector-pay-floor"));
        Scenario s = p.scenario();
        assertThat(s.statutory().get(0).taxYear()).isEqualTo(TaxYear.of("2025"));
        assertThat(s.statutory().get(1).taxYear()).isEqualTo(TaxYear.of("2026"));
        // wage: 19.10 in December 2025 (PHL 3614-f), the 2026 figure from January, unchanged in April
        assertThat(s.careWorkers().wage().at(0)).isEqualTo(19.10);
        assertThat(s.careWorkers().wage().at(1)).isEqualTo(19.60);
        assertThat(s.careWorkers().wage().at(4)).isEqualTo(19.60);
        // mileage: 70 cents in 2025, 72.5 cents from January 2026 (IRS Notices 2025-5 and 2026-10)
        assertThat(s.careWorkers().mileageRate().at(0)).isEqualTo(0.70);
        assertThat(s.careWorkers().mileageRate().at(1)).isEqualTo(0.725);
        // unemployment insurance per person a month: (42 + 4.1% x 12,800) / 12 = 47.2333 in 2025,
        // (42 + 4.1% x 17,600) / 12 = 63.6333 in 2026
        double workers = p.at(Line.CARE_WORKERS, 0);
        assertThat(p.at(Line.OVERHEADS, 0)).isCloseTo((workers + 1) * (42 + 0.041 * 12800) / 12, EXACT);
        assertThat(p.at(Line.OVERHEADS, 1)).isCloseTo((p.at(Line.CARE_WORKERS, 1) + 1) * (42 + 0.041 * 17600) / 12,
                EXACT);
        // after the latest published year (2026) the wage floors grow by 3% a year from January 2027,
        // not from April
        Projection later = project(plan("2026-12", "care-sector-pay-floor"));
        assertThat(later.scenario().careWorkers().wage().at(0)).isEqualTo(19.60);
        assertThat(later.scenario().careWorkers().wage().at(1)).isCloseTo(19.60 * 1.03, within(1e-9));
        assertThat(later.scenario().careWorkers().wage().at(3)).isCloseTo(19.60 * 1.03, within(1e-9));
    }

    @Test
    void corporateTaxIsOneCombinedRateWithNoSmallProfitsBand() {
        // 21% + (6.5% + 8.85%) x (1 - 21%) = 33.1265%: 100,000 of profit pays 33,126.50, and 10,000 pays 3,312.65
        var pack = StatutoryTables.load().pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2026"));
        assertThat(Projector.corporationTax(pack, 100_000, 12)).isCloseTo(33_126.50, EXACT);
        assertThat(Projector.corporationTax(pack, 10_000, 12)).isCloseTo(3_312.65, EXACT);
        assertThat(Projector.corporationTax(pack, 10_000, 6)).isCloseTo(3_312.65, EXACT);
        assertThat(pack.find(StatutoryParameter.REAL_LIVING_WAGE)).isEmpty();
        assertThat(pack.value(StatutoryParameter.EMPLOYMENT_ALLOWANCE)).isZero();
    }

    @Test
    void aUsPlanMustBeInDollarsAndCannotFollowAUkWageFloor() throws IOException {
        Path gbp = dir.resolve("gbp.yaml");
        Files.writeString(gbp, Files.readString(plan("2026-01", "20")).replace("currency: USD\n", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioLoader.load(gbp))
                .isInstanceOf(org.carecoop.CarecoopException.class)
                .hasMessageContaining("currency")
                .hasMessageContaining("USD");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> project(plan("2026-01", "real-living-wage")))
                .isInstanceOf(org.carecoop.CarecoopException.class)
                .hasMessageContaining("no published real-living-wage for us-new-york-city in 2026");
    }
}
