package org.carecoop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.analysis.uncertainty.Uniform;
import org.junit.jupiter.api.Test;

/** Monte Carlo on stand-in models whose answers are known by hand. */
class SimulationTest {
    /** The council fee, uniform(24, 26). */
    private static final UncertainInputs FEE = UncertainInputs.of(List.of("fee"), List.of(Uniform.of(24, 26)));
    private static final int MONTHS = 24;

    /**
     * A stand-in plan: every metric is f(inputs); cash in month m is fee - 24.1 - 0.2 m, so cash has been below
     * zero by month m exactly when fee < 24.1 + 0.2 m, a chance of (0.1 + 0.2 m) / 2 = 0.05 + 0.1 m; the plan
     * breaks even in month 20 (year 2) when the fee is under 25, else in month 3 (year 1).
     */
    private static Simulation.Outcome stub(double[] values, ToDoubleFunction<double[]> f) {
        double[] metrics = new double[Metric.values().length];
        Arrays.fill(metrics, f.applyAsDouble(values));
        double[] cash = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            cash[m] = values[0] - 24.1 - 0.2 * m;
        }
        return new Simulation.Outcome(metrics, cash, values[0] < 25 ? 20 : 3);
    }

    private static Simulation.Result run(UncertainInputs inputs, ToDoubleFunction<double[]> f, long n, long seed,
                                         SamplingMethod method, int threads) {
        double[] base = inputs.means();
        return Simulation.run(inputs, Metric.LOWEST_CASH, stub(base, f), v -> stub(v, f),
                new Simulation.Settings(n, seed, method, threads), null);
    }

    @Test
    void percentilesOfOneUniformInputComeBackRight() {
        // uniform(24, 26): P10 = 24 + 0.1 x 2 = 24.2, P50 = 25, P90 = 25.8. A Latin hypercube of 500 puts one
        // draw in each 1/500 of the range, so its percentiles are within 2/500 = 0.004 of the exact ones
        Simulation.Result r = run(FEE, v -> v[0], 500, 7, SamplingMethod.LHS, 2);
        var sampled = r.inputs().get(0).sampled();
        assertThat(sampled.quantile(0.10)).isCloseTo(24.2, within(0.005));
        assertThat(sampled.quantile(0.50)).isCloseTo(25.0, within(0.005));
        assertThat(sampled.quantile(0.90)).isCloseTo(25.8, within(0.005));
        // the metric is the fee itself, so its percentiles are the same
        assertThat(r.main().metric()).isEqualTo(Metric.LOWEST_CASH);
        assertThat(r.main().summary().quantile(0.10)).isCloseTo(24.2, within(0.005));
        assertThat(r.main().summary().quantile(0.90)).isCloseTo(25.8, within(0.005));
        // independent random draws: the P10's standard error is 2 sqrt(0.1 x 0.9 / 500) = 0.027; allow 4 of them
        Simulation.Result random = run(FEE, v -> v[0], 500, 7, SamplingMethod.RANDOM, 2);
        assertThat(random.inputs().get(0).sampled().quantile(0.10)).isCloseTo(24.2, within(0.11));
        assertThat(random.inputs().get(0).sampled().quantile(0.90)).isCloseTo(25.8, within(0.11));
    }

    @Test
    void theMeanOfALinearMetricMatchesItsAnalyticMeanWithinThreeStandardErrors() {
        // 3 fee - 10 has mean 3 x 25 - 10 = 65 and standard deviation 3 x 2 / sqrt(12) = 1.732
        Simulation.Result r = run(FEE, v -> 3 * v[0] - 10, 400, 11, SamplingMethod.RANDOM, 2);
        double se = r.main().summary().standardError();
        assertThat(se).isCloseTo(1.732 / Math.sqrt(400), within(0.01));
        assertThat(r.main().summary().mean()).isCloseTo(65, within(3 * se));
    }

    @Test
    void cashBelowZeroAndBreakEvenAreTheShareOfRunsByEachMonth() {
        Simulation.Result r = run(FEE, v -> v[0], 500, 3, SamplingMethod.LHS, 1);
        // chance of cash below zero by month m is 0.05 + 0.1 m (capped at 1)
        for (int m = 0; m < MONTHS; m++) {
            assertThat(r.belowZeroByMonth()[m]).as("month " + m).isCloseTo(Math.min(1, 0.05 + 0.1 * m), within(0.005));
        }
        assertThat(r.cashBelowZero()).isEqualTo(1.0);
        assertThat(r.monthBelowZeroExceeds(0.10)).isEqualTo(1);     // 0.05, then 0.15
        assertThat(r.monthBelowZeroExceeds(0.50)).isEqualTo(5);     // 0.45, then 0.55
        assertThat(r.monthBelowZeroExceeds(1.0)).isEqualTo(-1);     // never more than all runs
        // half the runs break even in month 3 (year 1), the rest in month 20 (year 2)
        assertThat(r.yearEnds()).containsExactly(11, 23);
        assertThat(r.breakEvenByYear()[0]).isCloseTo(0.5, within(0.005));
        assertThat(r.breakEvenByYear()[1]).isEqualTo(1.0);
        // the fan's median in month 0 is the median fee less 24.1; in month 10, 2 less
        assertThat(r.fan()[2][0]).isCloseTo(0.9, within(0.01));
        assertThat(r.fan()[2][10]).isCloseTo(-1.1, within(0.01));
        assertThat(r.fan()[0][0]).isCloseTo(0.0, within(0.01));    // P5: the fee's P5 (24.1) less 24.1
    }

    @Test
    void rankCorrelationsFindTheInputThatDrivesTheResult() {
        UncertainInputs two = UncertainInputs.of(List.of("fee", "noise"), List.of(Uniform.of(24, 26), Uniform.of(0, 1)));
        Simulation.Result r = run(two, v -> Math.exp(v[0]) + 0 * v[1], 500, 5, SamplingMethod.LHS, 2);
        assertThat(r.correlations().get(0).path()).isEqualTo("fee");
        assertThat(r.correlations().get(0).rho()).isCloseTo(1.0, within(1e-12));   // monotone: rank correlation 1
        assertThat(Math.abs(r.correlations().get(1).rho())).isLessThan(0.15);      // independent: about 0 (sd 0.045)
    }

    @Test
    void theSameSeedGivesTheSameNumbersWhateverTheThreads() {
        UncertainInputs two = UncertainInputs.of(List.of("fee", "noise"), List.of(Uniform.of(24, 26), Uniform.of(0, 1)));
        for (SamplingMethod method : SamplingMethod.values()) {
            Simulation.Result one = run(two, v -> v[0] * v[1], 1000, 9, method, 1);
            Simulation.Result three = run(two, v -> v[0] * v[1], 1000, 9, method, 3);
            assertThat(three.main().summary().mean()).isEqualTo(one.main().summary().mean());
            assertThat(three.main().summary().standardError()).isEqualTo(one.main().summary().standardError());
            assertThat(three.main().summary().quantile(0.95)).isEqualTo(one.main().summary().quantile(0.95));
            assertThat(three.fan()).isDeepEqualTo(one.fan());
            assertThat(three.belowZeroByMonth()).isEqualTo(one.belowZeroByMonth());
            assertThat(three.correlations()).isEqualTo(one.correlations());
        }
        double other = run(two, v -> v[0] * v[1], 1000, 10, SamplingMethod.RANDOM, 2).main().summary().mean();
        assertThat(other).isNotEqualTo(run(two, v -> v[0] * v[1], 1000, 9, SamplingMethod.RANDOM, 2).main().summary().mean());
    }

    @Test
    void ranksShareTiesAndLeaveOutWhatIsNotANumber() {
        double[] ranks = Simulation.ranks(new double[] {3, 1, 3, Double.POSITIVE_INFINITY, Double.NaN});
        assertThat(ranks[0]).isEqualTo(2.5);
        assertThat(ranks[1]).isEqualTo(1);
        assertThat(ranks[2]).isEqualTo(2.5);
        assertThat(ranks[3]).isEqualTo(4);        // never breaking even ranks last
        assertThat(ranks[4]).isNaN();
        assertThat(Simulation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1, within(1e-12));
        assertThat(Simulation.pearson(new double[] {1, 1, 1}, new double[] {2, 4, 6})).isNaN();
    }

    @Test
    void pastTheRunsKeptTheFiguresComeFromBoundedSketchesAndStayRight() {
        // 150,000 runs of the fee, uniform(24, 26): more than the 100,000 whose values are kept, so the metric's
        // percentiles and histogram come from its sketch (centred on the base plan's 25, accurate to 0.2% of
        // the distance from it: at most 0.002 here) and the rank correlations from the first 100,000 runs
        int n = 150_000;
        assertThat(n).isGreaterThan(Simulation.KEEP_RUNS);
        Simulation.Result r = run(FEE, v -> v[0], n, 5, SamplingMethod.LHS, 2);
        var fee = r.main().summary();
        assertThat(fee.exact()).isFalse();
        assertThat(fee.count()).isEqualTo(n);
        // P10 = 24 + 0.1 x 2 = 24.2; P90 = 25.8; a Latin hypercube of 150,000 is within 2/150,000 of them
        assertThat(fee.quantile(0.10)).isCloseTo(24.2, within(0.002 + 1e-4));
        assertThat(fee.quantile(0.90)).isCloseTo(25.8, within(0.002 + 1e-4));
        // the metric is the input itself: a rank correlation of exactly 1 over the runs kept
        assertThat(r.correlations().get(0).rho()).isCloseTo(1.0, within(1e-12));
        // 20 bins of 0.1 from 24 to 26 hold 150,000 / 20 = 7,500 runs each; a value within 0.002 of an edge
        // (150 runs a side, at 75,000 runs per unit of fee) may be counted in the next bin
        Simulation.Histogram h = r.histogram();
        assertThat(h.total()).isEqualTo(n);
        assertThat(h.bins()).isEqualTo(20);
        assertThat(h.from()[0]).isCloseTo(24, within(1e-4));
        assertThat(h.to()[19]).isCloseTo(26, within(1e-4));
        for (long count : h.counts()) {
            assertThat(count).isCloseTo(7_500L, org.assertj.core.data.Offset.offset(300L));
        }
    }

    @Test
    void aHistogramFromASummaryKeepingItsValuesIsTheHistogramOfTheValues() {
        double[] values = {1, 2, 2, 5, Double.NaN, Double.POSITIVE_INFINITY, 4.5, 3};
        org.carecoop.analysis.uncertainty.MetricSummary summary = new org.carecoop.analysis.uncertainty.MetricSummary();
        for (double v : values) {
            summary.add(v);
        }
        Simulation.Histogram fromValues = Simulation.Histogram.of(values, 4);
        Simulation.Histogram fromSummary = Simulation.Histogram.of(summary, 4);
        // bins of (5 - 1) / 4 = 1 from 1: [1, 2) holds 1; [2, 3) holds 2, 2; [3, 4) holds 3; [4, 5] holds 4.5, 5
        assertThat(fromValues.counts()).containsExactly(1, 2, 1, 2);
        assertThat(fromSummary.counts()).containsExactly(fromValues.counts());
        assertThat(fromSummary.from()).containsExactly(fromValues.from());
        assertThat(fromSummary.to()).containsExactly(fromValues.to());
        assertThat(fromSummary.notFinite()).isEqualTo(2).isEqualTo(fromValues.notFinite());
    }
}
