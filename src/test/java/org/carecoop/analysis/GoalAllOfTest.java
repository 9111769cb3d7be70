package org.carecoop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Several goals at once: met when each is, so its gap is the least of theirs, and the solver meets them all. */
class GoalAllOfTest {
    private static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");

    @Test
    void theGapIsTheLeastOfTheGoalsGaps() {
        RunResult run = RunResult.of(Resolver.resolve(ScenarioLoader.load(START_UP)), "base");
        Goal margin = new Goal.SurplusMargin(0.05);
        Goal cash = new Goal.CashAtLeast(0);
        Goal both = new Goal.AllOf(List.of(margin, cash));
        assertThat(both.gap(run)).isEqualTo(Math.min(margin.gap(run), cash.gap(run)));
        assertThat(both.describe()).isEqualTo("the surplus before tax is at least 5% of fee income and cash never "
                + "falls below zero");
        assertThat(both.text()).isEqualTo("surplus-margin=5%,cash>=0");
        assertThatThrownBy(() -> new Goal.AllOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFeeFoundMeetsEveryGoalAndAPennyLessMissesOne() {
        LoadedScenario base = ScenarioLoader.load(START_UP);
        Parameterised fee = Parameterised.of(base, "clients[council].fee_per_hour");
        Goal both = new Goal.AllOf(List.of(new Goal.SurplusMargin(0.03), new Goal.CashAtLeast(0)));
        Solver.Solution s = Solver.solve(x -> RunResult.of(fee.at(x), "base"), both, 0, 100, 0.01);
        assertThat(s.met()).isTrue();
        RunResult at = RunResult.of(fee.at(s.value()), "base");
        RunResult less = RunResult.of(fee.at(s.value() - 0.01), "base");
        assertThat(at.metrics().surplusBeforeTax()).isGreaterThanOrEqualTo(0.03 * at.metrics().income());
        assertThat(at.metrics().lowestCash()).isGreaterThanOrEqualTo(0);
        assertThat(less.metrics().surplusBeforeTax() < 0.03 * less.metrics().income() || less.metrics().lowestCash() < 0)
                .isTrue();
    }
}
