package org.carecoop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The solver's answers, fed back into the plan, meet their goals to the penny. */
class SolverTest {
    private static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");
    private static final YearMonth START = YearMonth.of(2027, 4);
    private static final YearMonth END = YearMonth.of(2032, 3);

    private static RunResult runWith(String... overrides) {
        LoadedScenario l = ScenarioLoader.load(START_UP, null, List.of(overrides));
        return RunResult.of(Resolver.resolve(l), "base");
    }

    private static Solver.Solution solve(String path, String goal) {
        LoadedScenario base = ScenarioLoader.load(START_UP);
        Parameterised p = Parameterised.of(base, path);
        double high = Double.isFinite(p.max()) ? p.max() : p.current() * 10;
        return Solver.solve(x -> RunResult.of(p.at(x), "base"), Goal.parse(goal, START, END), p.min(), high,
                p.whole() ? 1 : 0.01);
    }

    @Test
    void theLowestFeeThatBreaksEvenMeetsItAndAPennyLessDoesNot() {
        Solver.Solution s = solve("clients[council].fee_per_hour", "break-even");
        assertThat(s.met()).isTrue();
        assertThat(s.atLeast()).isTrue();
        assertThat(s.value() * 100).isCloseTo(Math.round(s.value() * 100), within(1e-6));   // whole pence
        String fee = String.format(java.util.Locale.ROOT, "%.2f", s.value());
        String penny = String.format(java.util.Locale.ROOT, "%.2f", s.value() - 0.01);
        assertThat(runWith("clients[council].fee_per_hour=" + fee).metrics().surplusBeforeTax()).isGreaterThanOrEqualTo(0);
        assertThat(runWith("clients[council].fee_per_hour=" + penny).metrics().surplusBeforeTax()).isNegative();
        // the crossing lies between the two pennies
        assertThat(s.exact()).isBetween(s.value() - 0.01, s.value());
    }

    @Test
    void theHighestWageAFeeCanPayIsAnUpperLimit() {
        Solver.Solution s = solve("care_workers.wage_per_hour", "break-even");
        assertThat(s.met()).isTrue();
        assertThat(s.atLeast()).isFalse();
        String wage = String.format(java.util.Locale.ROOT, "%.2f", s.value());
        String more = String.format(java.util.Locale.ROOT, "%.2f", s.value() + 0.01);
        assertThat(runWith("care_workers.wage_per_hour=" + wage).metrics().surplusBeforeTax()).isGreaterThanOrEqualTo(0);
        assertThat(runWith("care_workers.wage_per_hour=" + more).metrics().surplusBeforeTax()).isNegative();
    }

    @Test
    void theClientsNeededAreAWholeNumber() {
        Solver.Solution s = solve("clients[council].target", "break-even");
        assertThat(s.value()).isEqualTo(Math.rint(s.value()));
        int clients = (int) s.value();
        assertThat(runWith("clients[council].target=" + clients).metrics().surplusBeforeTax()).isGreaterThanOrEqualTo(0);
        assertThat(runWith("clients[council].target=" + (clients - 1)).metrics().surplusBeforeTax()).isNegative();
    }

    @Test
    void theShareRaiseThatKeepsABuffer() {
        Solver.Solution s = solve("funding.community_shares.raise", "cash>=20000");
        String raise = String.format(java.util.Locale.ROOT, "%.2f", s.value());
        String less = String.format(java.util.Locale.ROOT, "%.2f", s.value() - 0.01);
        assertThat(runWith("funding.community_shares.raise=" + raise).metrics().lowestCash()).isGreaterThanOrEqualTo(20000);
        assertThat(runWith("funding.community_shares.raise=" + less).metrics().lowestCash()).isLessThan(20000);
    }

    @Test
    void aGoalNoValueCanMeetIsSaidPlainly() {
        Solver.Solution s = solve("care_workers.turnover", "surplus-margin=40%");
        assertThat(s.met()).isFalse();
        assertThat(s.value()).isNaN();
        assertThat(s.nearestGap()).isNegative();
    }

    @Test
    void goalsAreRead() {
        assertThat(Goal.parse("break-even", START, END)).isInstanceOf(Goal.BreakEven.class);
        assertThat(((Goal.SurplusMargin) Goal.parse("surplus-margin=5%", START, END)).margin()).isCloseTo(0.05, within(1e-12));
        assertThat(((Goal.CashAtLeast) Goal.parse("cash>=20000", START, END)).buffer()).isEqualTo(20000);
        assertThat(((Goal.BreakEvenBy) Goal.parse("break-even-by=2029-04", START, END)).month()).isEqualTo(YearMonth.of(2029, 4));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Goal.parse("break-even-by=2040-01", START, END))
                .isInstanceOf(org.carecoop.CarecoopException.class).hasMessageContaining("a month in the plan");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Goal.parse("breakeven", START, END))
                .isInstanceOf(org.carecoop.CarecoopException.class).hasMessageContaining("break-even");
    }
}
