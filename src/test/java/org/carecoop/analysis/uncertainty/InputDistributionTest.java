package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** Each distribution's own formulas and checks, and the factory from a scenario's written form. */
class InputDistributionTest {

    @Test
    void pertAndTriangularMeansAreTheirFormulas() {
        double a = 22.5;
        double m = 24.1;
        double b = 26;
        assertThat(Pert.of(a, m, b).mean()).isCloseTo((a + 4 * m + b) / 6, within(1e-12));
        assertThat(Triangular.of(a, m, b).mean()).isCloseTo((a + m + b) / 3, within(1e-12));
        // and the distributions' own integrals agree (the contract test checks every case this way)
        assertThat(midpointMean(Pert.of(a, m, b))).isCloseTo((a + 4 * m + b) / 6, within(1e-6));
        assertThat(midpointMean(Triangular.of(a, m, b))).isCloseTo((a + m + b) / 3, within(1e-6));
    }

    private static double midpointMean(InputDistribution d) {
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += d.inverseCdf((i + 0.5) / n);
        }
        return sum / n;
    }

    @Test
    void pertIsTheScaledBetaWithItsShapes() {
        Pert pert = Pert.of(10, 12, 20);
        assertThat(pert.shape()).containsExactly(1 + 4 * 2 / 10.0, 1 + 4 * 8 / 10.0);
        BetaDistribution beta = new BetaDistribution(null, 1.8, 4.2, 1e-14);
        for (int i = 0; i <= 1000; i++) {
            double p = i / 1000.0;
            // the table-and-Hermite inverse against Commons Math's root finder, to a billionth of the range
            assertThat(pert.inverseCdf(p)).as("p = %s", p).isCloseTo(10 + 10 * beta.inverseCumulativeProbability(p), within(1e-8));
            assertThat(pert.cdf(10 + 10 * beta.inverseCumulativeProbability(p))).isCloseTo(p, within(1e-12));
        }
        assertThat(pert.variance()).isCloseTo(beta.getNumericalVariance() * 100, within(1e-12));
    }

    @Test
    void lognormalTakesTheMeanAndSdOfTheValueNotOfItsLogarithm() {
        LogNormal d = LogNormal.of(3600, 1200);
        double sigma2 = Math.log(1 + (1200.0 / 3600) * (1200.0 / 3600));
        assertThat(d.sigma()).isCloseTo(Math.sqrt(sigma2), within(1e-15));
        assertThat(d.mu()).isCloseTo(Math.log(3600) - sigma2 / 2, within(1e-12));
        // round trip: the quantiles' mean and standard deviation are the ones given
        int n = 400_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = d.inverseCdf((i + 0.5) / n);
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(3600, within(0.5));
        assertThat(Math.sqrt(squares / n - mean * mean)).isCloseTo(1200, within(3.0));
        assertThat(d.mean()).isEqualTo(3600);
        assertThat(d.standardDeviation()).isCloseTo(1200, within(1e-9));
        // the median of a log-normal is exp(mu), below its mean
        assertThat(d.quantile(0.5)).isCloseTo(Math.exp(d.mu()), within(1e-9)).isLessThan(3600);
    }

    @Test
    void aCutLognormalStaysInItsRange() {
        LogNormal d = LogNormal.of(3600, 1200, 3000, 5000);
        for (int i = 0; i <= 1000; i++) {
            assertThat(d.inverseCdf(i / 1000.0)).isBetween(3000.0, 5000.0);
        }
        assertThat(d.mean()).isBetween(3000.0, 5000.0);
        assertThatThrownBy(() -> LogNormal.of(3600, 1200, -5, -1)).hasMessageContaining("must be above zero");
    }

    @Test
    void aTruncatedNormalStaysInRange() {
        for (TruncatedNormal d : List.of(TruncatedNormal.of(0.2, 0.1, 0.1, 0.35), TruncatedNormal.of(100, 10, 130, 131),
                TruncatedNormal.of(100, 10, 60, 65), TruncatedNormal.of(13.45, 1, 12.21, Double.POSITIVE_INFINITY))) {
            for (int i = 0; i <= 10_000; i++) {
                assertThat(d.inverseCdf(i / 10_000.0)).as("%s", d).isBetween(d.low(), d.high());
            }
            assertThat(d.inverseCdf(0)).isEqualTo(d.low());
            assertThat(d.mean()).isBetween(d.low(), d.high());
        }
        // deep in the upper tail the mirror image keeps the digits: the median of N(0,1) cut to [5, 6]
        // (5.131371763283919 by bisection on Python's math.erfc)
        TruncatedNormal tail = TruncatedNormal.of(0, 1, 5, 6);
        assertThat(tail.cdf(tail.quantile(0.5))).isCloseTo(0.5, within(1e-12));
        assertThat(tail.quantile(0.5)).isCloseTo(5.131371763283919, within(1e-12));
        // the mean of a half-normal is sqrt(2 / pi)
        assertThat(TruncatedNormal.of(0, 1, 0, Double.POSITIVE_INFINITY).mean()).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-12));
    }

    @Test
    void aRangeOutsideTheNormalIsRefused() {
        assertThatThrownBy(() -> TruncatedNormal.of(0, 1, 40, 41))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds almost none of the distribution");
    }

    @Test
    void discreteDrawsEachValueInProportionToItsWeight() {
        Discrete d = Discrete.of(List.of(1.1, 0.9, 1.0, 0.9), List.of(1.0, 1.0, 2.0, 0.0));
        assertThat(d.inverseCdf(0.0001)).isEqualTo(0.9);
        assertThat(d.inverseCdf(0.25)).isEqualTo(0.9);
        assertThat(d.inverseCdf(0.2501)).isEqualTo(1.0);
        assertThat(d.inverseCdf(0.75)).isEqualTo(1.0);
        assertThat(d.inverseCdf(0.7501)).isEqualTo(1.1);
        assertThat(d.inverseCdf(1)).isEqualTo(1.1);
        assertThat(d.cdf(0.95)).isEqualTo(0.25);
        assertThat(d.cdf(1.0)).isEqualTo(0.75);
        assertThat(d.mean()).isCloseTo(1.0, within(1e-15));
        assertThat(d.toString()).isEqualTo("discrete(1.1: 1, 0.9: 1, 1: 2, 0.9: 0)");
        // a value written twice has both weights
        Discrete twice = Discrete.of(List.of(1.0, 2.0, 1.0), List.of(1.0, 1.0, 2.0));
        assertThat(twice.cdf(1.0)).isEqualTo(0.75);
        assertThat(twice.inverseCdf(0.75)).isEqualTo(1.0);
    }

    @Test
    void aUniformOfEqualEndsIsAFixedValue() {
        Uniform fixed = Uniform.of(0.2, 0.2);
        assertThat(fixed.inverseCdf(0.3)).isEqualTo(0.2);
        assertThat(fixed.variance()).isZero();
    }

    @Test
    void theFactoryReadsTheScenariosWrittenForm() {
        assertThat(InputDistribution.of("triangular", List.of(22.5, 24.1, 26.0), List.of())).isInstanceOf(Triangular.class);
        assertThat(InputDistribution.of("uniform", List.of(0.10, 0.35), List.of())).hasToString("uniform(0.1, 0.35)");
        assertThat(InputDistribution.of("pert", List.of(1.0, 2.0, 4.0), List.of())).isInstanceOf(Pert.class);
        assertThat(InputDistribution.of("normal", List.of(13.45, 0.4), List.of())).isInstanceOf(Normal.class);
        assertThat(InputDistribution.of("normal", List.of(13.45, 0.4, 12.21, 15.0), List.of())).isInstanceOf(TruncatedNormal.class);
        assertThat(InputDistribution.of("lognormal", List.of(0.04, 0.02), List.of())).isInstanceOf(LogNormal.class);
        assertThat(InputDistribution.of("lognormal", List.of(0.04, 0.02, 0.0, 0.2), List.of())).hasToString("lognormal(0.04, 0.02, 0, 0.2)");
        assertThat(InputDistribution.of("discrete", List.of(1.0, 2.0), List.of(3.0, 1.0)).mean()).isCloseTo(1.25, within(1e-15));
    }

    @Test
    void badParametersSayWhatIsWrong() {
        assertThatThrownBy(() -> InputDistribution.of("uniform", List.of(5.0, 1.0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("uniform: low (5) is above high (1)");
        assertThatThrownBy(() -> InputDistribution.of("pert", List.of(1.0, 5.0, 4.0), List.of()))
                .hasMessage("pert needs min <= mode <= max, found pert(1, 5, 4)");
        assertThatThrownBy(() -> InputDistribution.of("triangular", List.of(3.0, 3.0, 3.0), List.of()))
                .hasMessage("triangular needs min below max, found both 3");
        assertThatThrownBy(() -> InputDistribution.of("triangular", List.of(1.0, 2.0), List.of()))
                .hasMessage("triangular takes triangular(min, mode, max), found 2 numbers");
        assertThatThrownBy(() -> InputDistribution.of("normal", List.of(1.0, 0.0), List.of()))
                .hasMessage("normal needs a standard deviation above zero, found 0");
        assertThatThrownBy(() -> InputDistribution.of("normal", List.of(1.0, 1.0, 2.0, 2.0), List.of()))
                .hasMessage("normal needs low below high, found low 2 and high 2");
        assertThatThrownBy(() -> InputDistribution.of("lognormal", List.of(-1.0, 1.0), List.of()))
                .hasMessage("lognormal needs a mean above zero, found -1");
        assertThatThrownBy(() -> InputDistribution.of("discrete", List.of(1.0, 2.0), List.of(1.0)))
                .hasMessage("discrete needs one weight per value, found 2 values and 1 weights");
        assertThatThrownBy(() -> InputDistribution.of("discrete", List.of(1.0, 2.0), List.of(0.0, 0.0)))
                .hasMessage("discrete weights must be zero or more and not all zero");
        assertThatThrownBy(() -> InputDistribution.of("uniform", List.of(1.0, 2.0), List.of(1.0, 1.0)))
                .hasMessage("uniform takes no weights; only discrete does");
        assertThatThrownBy(() -> InputDistribution.of("gamma", List.of(1.0, 2.0), List.of()))
                .hasMessageStartingWith("unknown distribution 'gamma'");
        assertThatThrownBy(() -> Uniform.of(Double.NaN, 1)).hasMessageContaining("finite");
    }
}
