package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** The Gaussian copula gives the dependence asked for, keeps each input's own distribution, and refuses bad matrices clearly. */
class CorrelationsTest {
    private static final List<String> TWO = List.of("care_workers.wage_per_hour", "clients[council].fee_uplift");

    @Test
    void theRankCorrelationIsTheGaussianCopulasValue() {
        UncertainInputs inputs = UncertainInputs.of(TWO, List.of(Pert.of(12.21, 13.45, 15), Uniform.of(0.02, 0.06)),
                Correlations.of(TWO, new double[][] {{1, 0.7}, {0.7, 1}}));
        int n = 20_000;
        double[][] u = new LatinHypercubeSampler(2, n, 42).rows(0, n);
        double[] wage = new double[n];
        double[] uplift = new double[n];
        for (int i = 0; i < n; i++) {
            double[] x = inputs.values(u[i]);
            wage[i] = x[0];
            uplift[i] = x[1];
        }
        double expected = 6 / Math.PI * Math.asin(0.7 / 2);
        assertThat(expected).isCloseTo(0.683, within(0.0005));
        assertThat(Correlations.rankCorrelation(0.7)).isEqualTo(expected);
        // the sampling error of a rank correlation near 0.7 from 20,000 pairs is about 0.004
        assertThat(new SpearmansCorrelation().correlation(wage, uplift)).isCloseTo(expected, within(0.015));
        // each input keeps its own distribution: its percentiles are unchanged by the copula
        MetricSummary w = new MetricSummary();
        for (double x : wage) {
            w.add(x);
        }
        Pert pert = Pert.of(12.21, 13.45, 15);
        for (double p : Percentiles.LEVELS) {
            assertThat(w.quantile(p)).isCloseTo(pert.quantile(p), within(0.01));
        }
        assertThat(Correlations.forRankCorrelation(expected)).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void inputsTheMatrixDoesNotNameStayIndependent() {
        List<String> three = List.of("a", "b", "c");
        UncertainInputs inputs = UncertainInputs.of(three, List.of(Uniform.of(0, 1), Uniform.of(0, 1), Uniform.of(0, 1)),
                Correlations.of(List.of("c", "a"), new double[][] {{1, -0.9}, {-0.9, 1}}));
        int n = 10_000;
        double[][] x = new double[3][n];
        double[][] u = new RandomSampler(3, 7).rows(0, n);
        for (int i = 0; i < n; i++) {
            double[] v = inputs.values(u[i]);
            for (int j = 0; j < 3; j++) {
                x[j][i] = v[j];
            }
        }
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        assertThat(spearman.correlation(x[0], x[2])).isCloseTo(Correlations.rankCorrelation(-0.9), within(0.02));
        assertThat(spearman.correlation(x[0], x[1])).isCloseTo(0, within(0.03));
        assertThat(inputs.values(u[5])[1]).isEqualTo(u[5][1]);   // b passes straight through
        assertThatThrownBy(() -> UncertainInputs.of(three, List.of(Uniform.of(0, 1), Uniform.of(0, 1), Uniform.of(0, 1)),
                Correlations.of(List.of("a", "d"), new double[][] {{1, 0.5}, {0.5, 1}})))
                .hasMessage("the correlations name d, which is not among the uncertain inputs (a, b, c)");
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefusedWithTheReason() {
        // a with b and b with c strongly positive, but a with c strongly negative: impossible
        double[][] m = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};
        assertThatThrownBy(() -> Correlations.of(List.of("a", "b", "c"), m))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the correlation matrix is not positive definite: these inputs cannot be correlated this way")
                .hasMessageContaining("smallest eigenvalue is -0.800")
                .hasMessageContaining("the conflict is among a, b, c");
        // perfectly correlated inputs are singular, not positive definite
        assertThatThrownBy(() -> Correlations.of(List.of("a", "b"), new double[][] {{1, 1}, {1, 1}}))
                .hasMessageContaining("not positive definite").hasMessageContaining("smallest eigenvalue is 0");
    }

    @Test
    void otherBadMatricesSayWhatIsWrong() {
        List<String> ab = List.of("a", "b");
        assertThatThrownBy(() -> Correlations.of(ab, new double[][] {{1, 0.5}, {0.4, 1}}))
                .hasMessage("the correlation of b with a (0.4) differs from that of a with b (0.5); the matrix must be symmetric");
        assertThatThrownBy(() -> Correlations.of(ab, new double[][] {{1, 0.5}, {0.5, 0.9}}))
                .hasMessage("the correlation of b with itself must be 1, found 0.9");
        assertThatThrownBy(() -> Correlations.of(ab, new double[][] {{1, 1.2}, {1.2, 1}}))
                .hasMessage("the correlation of a with b is 1.2; a correlation runs from -1 to 1");
        assertThatThrownBy(() -> Correlations.of(ab, new double[][] {{1, 0.5}}))
                .hasMessage("the correlation matrix has 1 rows for 2 inputs (a, b); it needs one row per input");
        assertThatThrownBy(() -> Correlations.of(ab, new double[][] {{1, 0.5, 0}, {0.5, 1}}))
                .hasMessage("row 1 (a) of the correlation matrix has 3 entries; it needs 2, one per input");
        assertThatThrownBy(() -> Correlations.of(List.of("a", "a"), new double[][] {{1, 0}, {0, 1}}))
                .hasMessage("'a' appears twice among the correlated inputs");
    }

    @Test
    void noCorrelationLeavesTheUniformsAsTheyWere() {
        Correlations none = Correlations.independent(List.of("a", "b", "c"));
        double[] u = {0.1, 0.5, 0.93};
        double[] out = new double[3];
        none.correlate(u, out);
        assertThat(out).containsExactly(new double[] {0.1, 0.5, 0.93}, within(1e-12));
    }
}
