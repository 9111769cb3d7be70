package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a commissioning section becomes the plans it compares: each provider resized to deliver its hours from the
 * first month, at the required wage, with its staff in post, its money scaled to its share of a mix, and the
 * inputs the commissioning sets kept out of its Monte Carlo draws; and the section's checks.
 */
class CommissioningPlansTest {
    static final Path SHIPPED = Path.of("scenarios/council-options-appraisal.yaml");
    static final Path SMALL = Path.of("src/test/resources/commission/small-options.yaml");
    static final Path UNCERTAIN = Path.of("src/test/resources/commission/small-options-uncertain.yaml");

    static CommissioningPlans shipped;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        shipped = CommissioningPlans.of(SHIPPED, List.of());
    }

    static CommissioningPlans.Plan plan(String option, int part) {
        return shipped.options().stream().filter(o -> o.name().equals(option)).findFirst().orElseThrow()
                .parts().get(part).plan();
    }

    static ScenarioFile.ClientStream group(CommissioningPlans.Plan plan, String name) {
        return plan.loaded().scenario().clients().stream().filter(c -> name.equals(c.name())).findFirst().orElseThrow();
    }

    @Test
    void theHoursAreSharedAsTheGroupsWeeklyHoursAreInWholeClientsFromTheFirstMonth() {
        // as written: older people 320 x 12 = 3,840 hours a week, working-age adults 48 x 20 = 960: 80% and 20% of
        // 250,000, so 200,000 and 50,000 hours a year. Over three years of 156 weeks (52/12 a month): older people
        // 600,000 / (156 x 12) = 320.5 clients, so 321 at 600,000 / (321 x 156) = 11.98179 hours a week; adults
        // 150,000 / (156 x 20) = 48.08, so 48 at 150,000 / (48 x 156) = 20.03205 hours a week
        CommissioningPlans.Plan coop = plan("worker co-op", 0);
        ScenarioFile.ClientStream older = group(coop, "older people");
        assertThat(older.clientsAtStart()).isEqualTo(321);
        assertThat(older.target()).isEqualTo(321);
        assertThat(older.rampMonths()).isZero();
        assertThat(older.hoursPerWeek()).isCloseTo(600_000.0 / (321 * 156), within(1e-9));
        ScenarioFile.ClientStream adults = group(coop, "working-age adults");
        assertThat(adults.clientsAtStart()).isEqualTo(48);
        assertThat(adults.hoursPerWeek()).isCloseTo(150_000.0 / (48 * 156), within(1e-9));
        assertThat(coop.feePaths()).containsExactly("clients[older people].fee_per_hour",
                "clients[working-age adults].fee_per_hour");
    }

    @Test
    void everyPlanDeliversItsShareOfTheHoursEveryYearAtAnyFee() {
        for (CommissioningPlans.Option option : shipped.options()) {
            for (CommissioningPlans.Part part : option.parts()) {
                Projection p = Projector.project(part.plan().atFee(30));
                assertThat(p.months()).isEqualTo(36);
                for (int year = 1; year <= 3; year++) {
                    assertThat(p.year(Line.CONTACT_HOURS, year)).as(option.name() + " " + part.plan().label() + " year " + year)
                            .isCloseTo(250_000 * part.share(), within(1e-6));
                }
                assertThat(p.get(Line.UNMET_HOURS).sum()).isZero();
            }
        }
    }

    @Test
    void everyPlanPaysTheRequiredWage() {
        // the Real Living Wage of 2026-27, 13.45, grown by 3% (wage_floor_growth) for 2027-28: 13.8535
        for (CommissioningPlans.Option option : shipped.options()) {
            for (CommissioningPlans.Part part : option.parts()) {
                ScenarioFile.CareWorkers w = part.plan().loaded().scenario().careWorkers();
                assertThat(w.wagePerHour().word()).isEqualTo("real-living-wage");
                assertThat(Resolver.resolve(part.plan().loaded()).careWorkers().wage().at(0))
                        .isCloseTo(13.45 * 1.03, within(1e-9));
            }
        }
        assertThat(shipped.wageAtStart()).isCloseTo(13.8535, within(1e-9));
        assertThat(shipped.wageText()).isEqualTo("real-living-wage");
    }

    @Test
    void theStaffAreInPostSoTheFirstMonthHiresOnlyToReplaceLeavers() {
        // the co-op's turnover is 15% a year: in the first month 1.25% of the care workers leave and are replaced
        CommissioningPlans.Plan coop = plan("worker co-op", 0);
        Projection p = Projector.project(coop.atFee(30));
        double workers = coop.loaded().scenario().careWorkers().workersAtStart();
        assertThat(workers).isCloseTo(p.at(Line.CARE_WORKERS_NEEDED, 0), within(1e-9));
        assertThat(p.at(Line.HIRES, 0)).isCloseTo(workers * 0.15 / 12, within(1e-9));
        assertThat(p.at(Line.RECRUITMENT, 0)).isCloseTo(workers * 0.15 / 12 * 3600, within(1e-6));
    }

    @Test
    void aProviderWithPartOfTheHoursHasThatPartOfTheMoney() {
        // the mix: private equity at 30% (owners' loans of 1,300,000), the co-op at 10% (opening cash of 1,300,000)
        CommissioningPlans.Plan pe = plan("current market mix", 1);
        assertThat(pe.share()).isEqualTo(0.30);
        assertThat(pe.loaded().scenario().provider().shareholderLoan()).isCloseTo(390_000, within(1e-6));
        CommissioningPlans.Plan coop = plan("current market mix", 2);
        assertThat(coop.loaded().scenario().funding().openingCash()).isCloseTo(130_000, within(1e-6));
        // alone, the co-op keeps all of it, and one plan serves every option that uses the same version and share
        assertThat(plan("worker co-op", 0).loaded().scenario().funding().openingCash()).isEqualTo(1_300_000);
        CommissioningPlans twice = CommissioningPlans.of(SHIPPED, List.of());
        assertThat(twice.options().get(0).parts().get(0).plan()).isNotSameAs(coop);
    }

    @Test
    void uncertainInputsTheCommissioningSetsAreLeftOut() {
        CommissioningPlans plans = CommissioningPlans.of(UNCERTAIN, List.of());
        CommissioningPlans.Plan coop = plans.options().get(0).parts().get(0).plan();
        assertThat(coop.leftOut()).containsExactly("clients[council].fee_per_hour");
        assertThat(coop.loaded().scenario().uncertainty()).containsOnlyKeys("overheads[office].per_month");
        ScenarioFile.Commissioning c = coop.loaded().scenario().commissioning();
        assertThat(CommissioningPlans.setByCommissioning("clients[council].hours_per_week", c)).isTrue();
        assertThat(CommissioningPlans.setByCommissioning("care_workers.wage_per_hour", c)).isTrue();
        assertThat(CommissioningPlans.setByCommissioning("care_workers.workers_at_start", c)).isTrue();
        assertThat(CommissioningPlans.setByCommissioning("commissioning.hours_per_year", c)).isTrue();
        assertThat(CommissioningPlans.setByCommissioning("clients[council].leave_rate", c)).isFalse();
        assertThat(CommissioningPlans.setByCommissioning("care_workers.turnover", c)).isFalse();
        // the small appraisal gives no contract years, so the plan's own years may still be drawn
        assertThat(CommissioningPlans.setByCommissioning("years", c)).isFalse();
    }

    @Test
    void theFeeIsSetForEveryGroupAndTheWrittenFeeIsWhereTheSearchStarts() {
        CommissioningPlans.Plan coop = plan("worker co-op", 0);
        // the shipped file's fee as written, in force at the start: 30.39 for both groups
        assertThat(coop.writtenFee()).isEqualTo(30.39);
        var resolved = coop.atFee(31.5);
        assertThat(resolved.clients()).allSatisfy(g -> assertThat(g.fee().at(0)).isEqualTo(31.5));
        // fee_uplift 3% still applies each April: 31.5 x 1.03 from the second year
        assertThat(resolved.clients().get(0).fee().at(12)).isCloseTo(31.5 * 1.03, within(1e-9));
        LoadedScenario loaded = coop.loadedAtFee(31.5);
        assertThat(loaded.scenario().clients().get(1).feePerHour().constant()).isEqualTo(31.5);
    }

    @Test
    void aScenarioWithoutACommissioningSectionIsRefusedAtItsTop() {
        assertThatThrownBy(() -> CommissioningPlans.of(Path.of("scenarios/provider-comparison.yaml"), List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("scenarios/provider-comparison.yaml:")
                .hasMessageContaining("commissioning: missing");
    }

    // the section's checks, on the small appraisal with one thing wrong

    private List<String> problems(String commissioning) throws IOException {
        Path file = tmp.resolve("plan.yaml");
        Files.copy(SMALL, tmp.resolve("small-options.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(file, "extends: small-options.yaml\ncommissioning:\n" + commissioning);
        try {
            ScenarioLoader.load(file);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    @Test
    void anOptionMustNameAVersionThatExists() throws IOException {
        assertThat(problems("  options: [{name: chain, variant: for-profti}]\n")).singleElement().asString()
                .contains("commissioning.options[chain].variant: no variant 'for-profti' in this scenario",
                        "did you mean 'for-profit'?", "base or one of the variants: base, for-profit, in-house");
    }

    @Test
    void aMixsSharesMustAddUpTo100() throws IOException {
        assertThat(problems("  options:\n    - name: market\n      mix: [{variant: base, share: 50%}, "
                + "{variant: for-profit, share: 40%}]\n")).singleElement().asString()
                .contains("commissioning.options[market].mix: the shares add up to 90%");
    }

    @Test
    void anOptionIsOneVersionOrAMixNotBoth() throws IOException {
        assertThat(problems("  options:\n    - name: market\n      variant: base\n      mix: [{variant: base, share: 100%}]\n"))
                .singleElement().asString().contains("both variant and mix are given");
        assertThat(problems("  options: [{name: nothing}]\n")).singleElement().asString()
                .contains("neither variant nor mix is given");
    }

    @Test
    void namesAreUniqueAndAMixHasOne() throws IOException {
        assertThat(problems("  options: [{name: a, variant: base}, {name: a, variant: for-profit}]\n"))
                .anyMatch(p -> p.contains("'a' is used for two options"));
        assertThat(problems("  options:\n    - mix: [{variant: base, share: 100%}]\n"))
                .anyMatch(p -> p.contains("a mix has no name"));
        assertThat(problems("  options:\n    - name: m\n      mix: [{variant: base, share: 60%}, {variant: base, share: 40%}]\n"))
                .anyMatch(p -> p.contains("'base' is in the mix twice"));
    }

    @Test
    void aDatedRequiredWageStartsByThePlansStart() throws IOException {
        assertThat(problems("  wage_per_hour: {2026-06: 12.00}\n")).singleElement().asString()
                .contains("commissioning.wage_per_hour: the first dated value is for 2026-06, after the plan starts");
    }

    @Test
    void theSmallAppraisalLoads() throws IOException {
        assertThat(problems("  hours_per_year: 26000\n")).isEmpty();
    }
}
