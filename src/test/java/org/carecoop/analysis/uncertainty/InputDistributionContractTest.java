package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every input distribution keeps, checked on data-driven cases (in the manner of Commons
 * Statistics' distribution contract tests): the inverse cdf undoes the cdf, never decreases, and its
 * integral over (0, 1) is the mean (the mean of a distribution is the average of its quantiles).
 */
class InputDistributionContractTest {
    /** Points of the midpoint rule for the integrals over (0, 1). */
    private static final int POINTS = 200_000;

    static Stream<Arguments> continuous() {
        return Stream.of(
                Arguments.of(Uniform.of(10, 20)),
                Arguments.of(Uniform.of(-0.05, 0.35)),
                Arguments.of(Triangular.of(22.5, 24.1, 26)),
                Arguments.of(Triangular.of(0, 0, 1)),
                Arguments.of(Triangular.of(0, 1, 1)),
                Arguments.of(Pert.of(22.5, 24.1, 26)),
                Arguments.of(Pert.of(0, 0, 1)),
                Arguments.of(Pert.of(0, 1, 1)),
                Arguments.of(Pert.of(0.1, 0.2, 0.35)),
                Arguments.of(Normal.of(13.45, 0.4)),
                Arguments.of(TruncatedNormal.of(0.2, 0.1, 0.1, 0.35)),
                Arguments.of(TruncatedNormal.of(0, 1, 2, 4)),       // wholly in the upper tail
                Arguments.of(TruncatedNormal.of(0, 1, -4, -2)),     // wholly in the lower tail
                Arguments.of(TruncatedNormal.of(0, 1, 0, Double.POSITIVE_INFINITY)),
                Arguments.of(LogNormal.of(3600, 1200)),
                Arguments.of(LogNormal.of(0.04, 0.02)),
                Arguments.of(LogNormal.of(3600, 1200, 2000, 6000)),
                Arguments.of(LogNormal.of(1, 2, 0, 5)));
    }

    static Stream<Arguments> all() {
        return Stream.concat(continuous(), Stream.of(
                Arguments.of(Discrete.of(List.of(0.9, 1.0, 1.1), List.of(1.0, 2.0, 1.0))),
                Arguments.of(Discrete.of(List.of(5.0, -1.0, 5.0, 2.0), List.of(1.0, 1.0, 2.0, 0.0)))));
    }

    @ParameterizedTest
    @MethodSource("continuous")
    void theCdfOfTheInverseCdfIsTheProbability(InputDistribution d) {
        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            assertThat(d.cdf(d.inverseCdf(p))).as("%s at %s", d, p).isCloseTo(p, within(1e-9));
        }
        for (double p : new double[] {1e-9, 1e-6, 1 - 1e-6}) {
            assertThat(d.cdf(d.inverseCdf(p))).as("%s at %s", d, p).isCloseTo(p, within(1e-9 + p * 1e-6));
        }
    }

    @ParameterizedTest
    @MethodSource("all")
    void theInverseCdfNeverDecreasesAndStaysInTheSupport(InputDistribution d) {
        double lowest = d.inverseCdf(0);
        double highest = d.inverseCdf(1);
        double previous = lowest;
        for (int i = 1; i <= 10_000; i++) {
            double x = d.inverseCdf(i / 10_000.0);
            assertThat(x).as("%s", d).isGreaterThanOrEqualTo(previous).isBetween(lowest, highest);
            previous = x;
        }
    }

    @ParameterizedTest
    @MethodSource("all")
    void theAverageQuantileIsTheMeanAndTheSpreadIsTheVariance(InputDistribution d) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < POINTS; i++) {
            double x = d.inverseCdf((i + 0.5) / POINTS);
            sum += x;
            squares += x * x;
        }
        double mean = sum / POINTS;
        double variance = squares / POINTS - mean * mean;
        double sd = d.standardDeviation();
        // the midpoint rule misses a sliver of each unbounded tail: within 0.1% of a standard deviation
        assertThat(mean).as("mean of %s", d).isCloseTo(d.mean(), within(1e-3 * sd));
        assertThat(variance).as("variance of %s", d).isCloseTo(d.variance(), within(2e-3 * d.variance()));
    }

    @ParameterizedTest
    @MethodSource("all")
    void quantilesAreCheckedAndMatchTheInverseCdf(InputDistribution d) {
        assertThat(d.quantile(0.1)).isEqualTo(d.inverseCdf(0.1));
        assertThat(d.quantile(0.9)).isEqualTo(d.inverseCdf(0.9));
        assertThatThrownBy(() -> d.quantile(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> d.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("all")
    void theWrittenFormBuildsTheSameDistribution(InputDistribution d) {
        String text = d.toString();
        String name = text.substring(0, text.indexOf('('));
        String inside = text.substring(text.indexOf('(') + 1, text.length() - 1);
        List<Double> args = new java.util.ArrayList<>();
        List<Double> weights = new java.util.ArrayList<>();
        for (String part : inside.split(",")) {
            if (name.equals("discrete")) {
                args.add(Double.parseDouble(part.split(":")[0].trim()));
                weights.add(Double.parseDouble(part.split(":")[1].trim()));
            } else {
                args.add(part.trim().equals("Infinity") ? Double.POSITIVE_INFINITY : Double.parseDouble(part.trim()));
            }
        }
        InputDistribution again = InputDistribution.of(name, args, weights);
        assertThat(again.toString()).isEqualTo(text);
        assertThat(again.getClass()).isEqualTo(d.getClass());
        assertThat(again.inverseCdf(0.37)).isEqualTo(d.inverseCdf(0.37));
    }
}
