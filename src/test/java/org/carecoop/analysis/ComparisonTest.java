package org.carecoop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The provider comparison: where each 100 of income goes, and what each kind of provider pays out. */
class ComparisonTest {
    private static final Path PROVIDERS = Path.of("scenarios/provider-comparison.yaml");

    private static RunResult run(Path file, String variant, String... overrides) {
        LoadedScenario loaded = ScenarioLoader.load(file, variant, List.of(overrides));
        return RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
    }

    @Test
    void eachHundredOfIncomeIsAccountedForInEveryShippedVersion() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (LoadedScenario l : ScenarioLoader.loadAll(file, List.of())) {
                    Per100 per100 = Per100.of(RunResult.of(Resolver.resolve(l), l.variantLabel()).projection());
                    assertThat(per100.total()).as(file + " " + l.variantLabel()).isCloseTo(100, within(1e-9));
                }
            }
        }
    }

    @Test
    void aCompanyWithAFullDividendPolicyAndNoReservesKeepsNothingOnceItsCashAllows() {
        // plenty of cash and no reserves: every year's surplus after tax goes to the owners
        RunResult r = run(PROVIDERS, "for-profit", "surplus.reserves_months=0", "funding.opening_cash=5000000");
        Projection p = r.projection();
        // year 1, taking on the clients, makes a loss: nothing is paid out
        assertThat(p.year(Line.SURPLUS_AFTER_TAX, 1)).isNegative();
        assertThat(p.at(Line.OWNER_DIVIDEND, 11)).isZero();
        for (int year = 2; year <= p.years(); year++) {
            int end = year * 12 - 1;
            double afterTax = p.year(Line.SURPLUS_AFTER_TAX, year);
            double keptBefore = p.at(Line.RETAINED_SURPLUS, end - 12);
            assertThat(afterTax).as("year %d is profitable", year).isPositive();
            // the dividend takes the year's surplus, less any loss still carried from earlier years
            assertThat(p.at(Line.OWNER_DIVIDEND, end)).as("year %d", year)
                    .isCloseTo(Math.min(afterTax, keptBefore + afterTax), within(1e-6));
            assertThat(p.at(Line.RETAINED_SURPLUS, end)).as("year %d", year).isCloseTo(0, within(1e-6));
        }
        assertThat(Per100.of(p).retained()).isCloseTo(0, within(1e-9));
        assertThat(p.get(Line.WORKER_DIVIDEND).sum()).isZero();
    }

    @Test
    void aCoopPaysItsWorkersTheirShareOfWhatIsDistributable() {
        // 50% worker dividend, no reserves and ample cash: half of each year's surplus after tax
        RunResult r = run(PROVIDERS, null, "surplus.reserves_months=0", "funding.opening_cash=5000000");
        Projection p = r.projection();
        for (int year = 2; year <= p.years(); year++) {
            int end = year * 12 - 1;
            double afterTax = p.year(Line.SURPLUS_AFTER_TAX, year);
            double keptBefore = p.at(Line.RETAINED_SURPLUS, end - 12);
            // distributable = the year's surplus after tax, capped by what has been kept so far
            double distributable = Math.min(afterTax, keptBefore + afterTax);
            assertThat(p.at(Line.WORKER_DIVIDEND, end)).as("year %d", year)
                    .isCloseTo(0.5 * Math.max(0, distributable), within(1e-6));
        }
        assertThat(p.get(Line.OWNER_DIVIDEND).sum()).isZero();
    }

    @Test
    void moneyLeavingTheServiceIsTheOwnersDividendsFeesAndLoanInterest() {
        RunResult r = run(PROVIDERS, "private-equity");
        Projection p = r.projection();
        double income = p.get(Line.INCOME).sum() + p.get(Line.GRANT_INCOME).sum();
        double out = p.get(Line.OWNER_DIVIDEND).sum() + p.get(Line.MANAGEMENT_FEES).sum()
                + p.get(Line.INTEREST_TO_OWNERS).sum();
        assertThat(Per100.of(p).paidToOwners()).isCloseTo(100 * out / income, within(1e-9));
        // 4% management fee on fee income alone is 4 of each 100 of it
        assertThat(p.get(Line.MANAGEMENT_FEES).sum()).isCloseTo(0.04 * p.get(Line.INCOME).sum(), within(1e-6));
        // interest on 450,000 of owners' loans at 10% is 3,750 a month, from the month after it arrives
        assertThat(p.at(Line.INTEREST_TO_OWNERS, 1)).isCloseTo(3750, within(1e-9));
        assertThat(Per100.of(run(PROVIDERS, null).projection()).paidToOwners()).isZero();
    }

    @Test
    void theCooperativePaysMoreAnHourThanTheCompaniesForTheSameClients() {
        Comparison c = Comparison.of(List.of(run(PROVIDERS, null), run(PROVIDERS, "for-profit"),
                run(PROVIDERS, "private-equity")));
        double coop = c.entries().get(0).run().metrics().averageEffectivePay();
        assertThat(coop).isGreaterThan(c.entries().get(1).run().metrics().averageEffectivePay());
        assertThat(c.entries().get(0).per100().frontlinePay() + c.entries().get(0).per100().travelAndMileage())
                .isGreaterThan(c.entries().get(1).per100().frontlinePay() + c.entries().get(1).per100().travelAndMileage());
    }
}
