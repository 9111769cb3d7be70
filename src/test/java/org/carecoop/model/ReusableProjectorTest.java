package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A projector that keeps its arrays from run to run gives, run after run, exactly what a fresh projection
 * gives: nothing of one scenario is left over into the next, whatever their months, client groups, office
 * roles, overheads, loans or providers.
 */
class ReusableProjectorTest {
    private static Scenario scenario(String file, String variant, String... overrides) {
        return Resolver.resolve(ScenarioLoader.load(Path.of(file), variant, List.of(overrides)));
    }

    @Test
    void eachRunIsTheSameAsAFreshProjection() {
        List<Scenario> plans = List.of(
                scenario("scenarios/start-up-worker-coop.yaml", null),
                scenario("scenarios/provider-comparison.yaml", null),
                scenario("scenarios/provider-comparison.yaml", "private-equity"),
                scenario("scenarios/start-up-worker-coop.yaml", "lower-fee", "years=3"),
                scenario("scenarios/provider-comparison.yaml", "council-in-house"),
                scenario("scenarios/start-up-worker-coop.yaml", null, "years=7", "care_workers.contract=zero-hours", "care_workers.guaranteed_hours_per_week=0"),
                scenario("scenarios/start-up-worker-coop.yaml", null));
        Projector reused = Projector.reusable();
        for (int round = 0; round < 2; round++) {
            for (Scenario plan : plans) {
                Projection fresh = Projector.project(plan);
                Projection again = reused.run(plan).projection();
                for (Line line : Line.values()) {
                    assertThat(again.get(line)).as(plan.name() + ": " + line).isEqualTo(fresh.get(line));
                    assertThat(reused.at(line, plan.months() - 1)).isEqualTo(fresh.at(line, plan.months() - 1));
                }
                assertThat(again.groups()).isEqualTo(fresh.groups());
                assertThat(reused.metrics()).isEqualTo(Metrics.of(fresh));
            }
        }
    }
}
