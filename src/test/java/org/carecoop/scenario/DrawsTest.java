package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.junit.jupiter.api.Test;

/** The fast way of setting inputs gives exactly what writing them with --set gives. */
class DrawsTest {
    private static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");
    private static final Path PROVIDERS = Path.of("scenarios/provider-comparison.yaml");

    private static void same(Path file, String variant, List<String> paths, double[] values, List<String> written) {
        LoadedScenario base = ScenarioLoader.load(file, variant, List.of());
        Projection fast = Projector.project(Draws.of(base, paths).at(values));
        Projection slow = Projector.project(Resolver.resolve(ScenarioLoader.load(file, variant, written)));
        for (Line line : Line.values()) {
            assertThat(fast.get(line)).as(line + " with " + written).isEqualTo(slow.get(line));
        }
    }

    @Test
    void numbersPercentagesWholeNumbersAndFeesInListItems() {
        same(START_UP, null,
                List.of("clients[council].fee_per_hour", "care_workers.turnover", "clients[council].ramp_months",
                        "funding.community_shares.raise", "office_staff[care coordinator].salary",
                        "overheads[office rent].per_month"),
                new double[] {31.5, 0.2, 20, 120000, 29500, 900},
                List.of("clients[council].fee_per_hour=31.5", "care_workers.turnover=20%", "clients[council].ramp_months=20",
                        "funding.community_shares.raise=120000", "office_staff[care coordinator].salary=29500",
                        "overheads[office rent].per_month=900"));
    }

    @Test
    void aWageFloorBecomesOneFigureAndStatutoryFiguresAreReworked() {
        same(START_UP, null, List.of("care_workers.wage_per_hour", "statutory.employer_ni_rate", "wage_floor_growth"),
                new double[] {14.2, 0.16, 0.05},
                List.of("care_workers.wage_per_hour=14.2", "statutory.employer_ni_rate=16%", "wage_floor_growth=5%"));
    }

    @Test
    void variantsAndBlocksTheScenarioLeavesOutTakeTheSlowWaySafely() {
        // the for-profit variant has no community shares block: the path goes through the tree instead
        same(PROVIDERS, "for-profit", List.of("funding.community_shares.raise", "surplus.owner_dividend"),
                new double[] {50000, 0.5},
                List.of("funding.community_shares.raise=50000", "surplus.owner_dividend=50%"));
    }

    @Test
    void valuesOutsideAnInputsLimitsAreClamped() {
        LoadedScenario base = ScenarioLoader.load(START_UP);
        Draws draws = Draws.of(base, List.of("care_workers.turnover"));
        List<Double> ends = new ArrayList<>();
        for (double v : new double[] {-0.5, 1.7}) {
            ends.add(Projector.project(draws.at(new double[] {v})).at(Line.LEAVERS, 30));
        }
        assertThat(ends.get(0)).isZero();                      // clamped to 0%
        assertThat(ends.get(1)).isGreaterThan(0);              // clamped to 100%
    }
}
