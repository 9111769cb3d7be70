package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.carecoop.model.ContractType;
import org.carecoop.model.StreamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ScenarioLoaderTest {
    public static final String MINIMAL = """
            scenario: Minimal plan
            start: 2026-04
            years: 1
            clients:
              - stream: council
                target: 10
                hours_per_week: 9
                visit_minutes: 45
                fee_per_hour: 24.10
            care_workers:
              wage_per_hour: 13.45
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void defaultsAreFilledIn() throws IOException {
        ScenarioFile s = ScenarioLoader.load(write("plan.yaml", MINIMAL)).scenario();
        assertThat(s.scenario()).isEqualTo("Minimal plan");
        assertThat(s.start()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(s.currency()).isEqualTo("GBP");
        assertThat(s.nation()).isEqualTo("england");
        ScenarioFile.ClientStream council = s.clients().get(0);
        assertThat(council.stream()).isEqualTo(StreamType.COUNCIL);
        assertThat(council.feePerHour()).isEqualTo(Schedule.of(24.10));
        assertThat(council.rampMonths()).isEqualTo(12);
        assertThat(council.leaveRate()).isEqualTo(0.02);
        assertThat(council.paidAfterDays()).isEqualTo(28);
        ScenarioFile.CareWorkers workers = s.careWorkers();
        assertThat(workers.contract()).isEqualTo(ContractType.ZERO_HOURS);
        assertThat(workers.hoursPerWeek()).isEqualTo(30);
        assertThat(workers.utilisation()).isEqualTo(0.85);
        assertThat(workers.travelPaid()).isTrue();
        assertThat(workers.turnover()).isEqualTo(0.285);
        assertThat(workers.mileageRate()).as("empty: the statutory pack's rate applies").isNull();
        assertThat(s.officeStaff()).isEmpty();
        assertThat(s.variants()).isEmpty();
    }

    @Test
    void theYearsDefaultIsFive() throws IOException {
        LoadedScenario loaded = ScenarioLoader.load(write("plan.yaml", MINIMAL.replace("years: 1\n", "")));
        assertThat(loaded.scenario().years()).isEqualTo(5);
        assertThat(loaded.variantLabel()).isEqualTo("base");
    }

    @Test
    void extendsIsResolvedRelativeToTheFileThatSaysIt() throws IOException {
        write("shared/base.yaml", MINIMAL);
        Path plan = write("plans/lower-fee.yaml", """
                extends: ../shared/base.yaml
                scenario: Lower fee
                clients:
                  - stream: council
                    fee_per_hour: 22.71
                  - stream: self-funded
                    target: 5
                    hours_per_week: 5
                    visit_minutes: 60
                    fee_per_hour: 30
                """);
        LoadedScenario loaded = ScenarioLoader.load(plan);
        ScenarioFile s = loaded.scenario();
        assertThat(s.scenario()).isEqualTo("Lower fee");
        assertThat(s.start()).as("from the base").isEqualTo(YearMonth.of(2026, 4));
        assertThat(s.clients()).extracting(ScenarioFile.ClientStream::stream)
                .containsExactly(StreamType.COUNCIL, StreamType.SELF_FUNDED);
        assertThat(s.clients().get(0).feePerHour()).isEqualTo(Schedule.of(22.71));
        assertThat(s.clients().get(0).target()).as("merged with the base's council item").isEqualTo(10);
        assertThat(s.parent()).as("extends is consumed, not kept").isNull();
        // each value remembers the file it was written in, as the user would reach it
        assertThat(Tree.locate(loaded.tree(), "clients[council].fee_per_hour").file()).isEqualTo(plan.toString());
        assertThat(Tree.locate(loaded.tree(), "start"))
                .isEqualTo(new Source(dir.resolve("shared/base.yaml").toString(), 2, 8));
    }

    @Test
    void extendsCanChain() throws IOException {
        write("a.yaml", MINIMAL);
        write("b.yaml", "extends: a.yaml\ncare_workers: {turnover: 20%}\n");
        Path c = write("c.yaml", "extends: b.yaml\nscenario: C\n");
        ScenarioFile s = ScenarioLoader.load(c).scenario();
        assertThat(s.scenario()).isEqualTo("C");
        assertThat(s.careWorkers().turnover()).isEqualTo(0.20);
        assertThat(s.careWorkers().wagePerHour()).isEqualTo(Schedule.of(13.45));
    }

    @Test
    void anExtendsCycleIsNamed() throws IOException {
        write("a.yaml", "extends: b.yaml\nscenario: A\n");
        Path b = write("b.yaml", "extends: a.yaml\nscenario: B\n");
        assertThatThrownBy(() -> ScenarioLoader.load(b))
                .hasMessageContaining("extends forms a cycle: b.yaml -> a.yaml -> b.yaml");
        Path self = write("self.yaml", "extends: self.yaml\nscenario: S\n");
        assertThatThrownBy(() -> ScenarioLoader.load(self)).hasMessageContaining("self.yaml -> self.yaml");
    }

    private static final String WITH_VARIANTS = MINIMAL + """
            variants:
              for-profit:
                provider.model: for-profit
                care_workers.wage_per_hour: 12.71
                surplus: {owner_dividend: 100%}
              lower-fee:
                clients[council].fee_per_hour: 22.71
            """;

    @Test
    void aVariantIsApplied() throws IOException {
        Path plan = write("plan.yaml", WITH_VARIANTS);
        LoadedScenario loaded = ScenarioLoader.load(plan, "for-profit", List.of());
        assertThat(loaded.variantLabel()).isEqualTo("for-profit");
        ScenarioFile s = loaded.scenario();
        assertThat(s.provider().model().key()).isEqualTo("for-profit");
        assertThat(s.careWorkers().wagePerHour()).isEqualTo(Schedule.of(12.71));
        assertThat(s.surplus().ownerDividend()).isEqualTo(1.0);
        assertThat(s.surplus().reservesMonths()).as("the rest of the block keeps its default").isEqualTo(3);
        assertThat(s.clients().get(0).feePerHour()).as("untouched").isEqualTo(Schedule.of(24.10));
        assertThat(Tree.locate(loaded.tree(), "care_workers.wage_per_hour")).isEqualTo(new Source(plan.toString(), 15, 33));
    }

    @Test
    void anUnknownVariantSuggestsTheNearestName() throws IOException {
        Path plan = write("plan.yaml", WITH_VARIANTS);
        assertThatThrownBy(() -> ScenarioLoader.load(plan, "lower-fees", List.of()))
                .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.lines()).containsExactly(
                        "--variant lower-fees: variants: no variant 'lower-fees' in " + plan
                                + " (did you mean 'lower-fee'? variants: for-profit, lower-fee)"));
    }

    @Test
    void loadAllChecksTheBasePlanAndEveryVariant() throws IOException {
        List<LoadedScenario> all = ScenarioLoader.loadAll(write("plan.yaml", WITH_VARIANTS), List.of());
        assertThat(all).extracting(LoadedScenario::variantLabel).containsExactly("base", "for-profit", "lower-fee");
    }

    @Test
    void overridesApplyAfterTheVariant() throws IOException {
        Path plan = write("plan.yaml", WITH_VARIANTS);
        LoadedScenario loaded = ScenarioLoader.load(plan, "lower-fee",
                List.of("clients[council].fee_per_hour=23.50", "care_workers.turnover=12%", "surplus={worker_dividend: 25%}"));
        ScenarioFile s = loaded.scenario();
        assertThat(s.clients().get(0).feePerHour()).isEqualTo(Schedule.of(23.50));
        assertThat(s.careWorkers().turnover()).isEqualTo(0.12);
        assertThat(s.surplus().workerDividend()).isEqualTo(0.25);
        assertThat(Tree.locate(loaded.tree(), "care_workers.turnover"))
                .isEqualTo(Source.commandLine("--set care_workers.turnover=12%"));
    }

    @Test
    void anOverrideToNothingRestoresTheDefault() throws IOException {
        Path plan = write("plan.yaml", MINIMAL + "  turnover: 10%\n");
        assertThat(ScenarioLoader.load(plan, null, List.of("care_workers.turnover=")).scenario().careWorkers().turnover())
                .isEqualTo(0.285);
    }

    @Test
    void everyProblemIsReportedTogether() throws IOException {
        Path plan = write("plan.yaml", MINIMAL.replace("target: 10", "target: ten").replace("13.45", "£13.45"));
        assertThatThrownBy(() -> ScenarioLoader.load(plan)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.lines()).containsExactly(
                        plan + ":6:13: clients[council].target: expected a number, found text 'ten' (a plain number such as 24.10)",
                        plan + ":11:18: care_workers.wage_per_hour: '£13.45' has a currency sign (a plain number without the sign: 13.45)"));
    }

    @Test
    void aProblemIsOneLineEvenWhenTheValueHasLineBreaks() throws IOException {
        Path plan = write("plan.yaml", MINIMAL.replace("start: 2026-04", "start: |\n  2026-04\n  2027-04"));
        assertThatThrownBy(() -> ScenarioLoader.load(plan)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.lines()).singleElement().asString().doesNotContain("\n")
                        .contains("expected a month, found text '2026-04\\n2027-04\\n'"));
    }

    @Test
    void anItemNamedWithADotCanBeReachedByItsPath() throws IOException {
        Path plan = write("plan.yaml", MINIMAL + "overheads:\n  - {item: St. John's hall, per_month: 800}\n");
        LoadedScenario loaded = ScenarioLoader.load(plan, null, List.of("overheads[St. John's hall].per_month=900"));
        assertThat(loaded.scenario().overheads().get(0).perMonth()).isEqualTo(900.0);
    }
}
