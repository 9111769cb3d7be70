package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Sobol indices against functions whose indices are known: the Ishigami function (the standard test of
 * sensitivity analysis) and a linear model.
 */
class SobolAnalysisTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final ToDoubleFunction<double[]> ISHIGAMI =
            x -> Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    private static final List<String> NAMES = List.of("x1", "x2", "x3");
    private static final UncertainInputs INPUTS = UncertainInputs.of(NAMES,
            List.of(Uniform.of(-Math.PI, Math.PI), Uniform.of(-Math.PI, Math.PI), Uniform.of(-Math.PI, Math.PI)));

    /** The published values (Saltelli et al. 2008; Sobol' and Levitan 1999), rounded to three places. */
    private static final double[] PUBLISHED_FIRST = {0.314, 0.442, 0.000};
    private static final double[] PUBLISHED_TOTAL = {0.558, 0.442, 0.244};

    /** The same in closed form: the partial variances of the Ishigami function. */
    private static double[][] exactIndices() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = 8 * B * B * pi8 / 225;
        return new double[][] {{v1 / v, v2 / v, 0}, {(v1 + v13) / v, v2 / v, v13 / v}};
    }

    @Test
    void theIshigamiIndicesMatchThePublishedValuesWithinTheirIntervals(TestReporter reporter) {
        double[][] exact = exactIndices();
        for (int i = 0; i < 3; i++) {
            assertThat(exact[0][i]).isCloseTo(PUBLISHED_FIRST[i], within(0.0005));
            assertThat(exact[1][i]).isCloseTo(PUBLISHED_TOTAL[i], within(0.0005));
        }
        SobolAnalysis.Options options = SobolAnalysis.Options.of(1 << 14, 2027).withResamples(500);
        SobolResult r = SobolAnalysis.analyse(INPUTS, ISHIGAMI, options);
        assertThat(r.evaluations()).isEqualTo((1 << 14) * 5L);
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Estimate s = r.firstOrder().get(i);
            Estimate t = r.totalOrder().get(i);
            assertThat(s.contains(PUBLISHED_FIRST[i])).as("S%s = %s", i + 1, s).isTrue();
            assertThat(t.contains(PUBLISHED_TOTAL[i])).as("ST%s = %s", i + 1, t).isTrue();
            assertThat(s.value()).isCloseTo(PUBLISHED_FIRST[i], within(0.03));
            assertThat(t.value()).isCloseTo(PUBLISHED_TOTAL[i], within(0.03));
            report.append(String.format(Locale.ROOT, "S%d %.4f [%.4f, %.4f]  ST%d %.4f [%.4f, %.4f]%n", i + 1, s.value(), s.low(),
                    s.high(), i + 1, t.value(), t.low(), t.high()));
        }
        reporter.publishEntry("Ishigami, Sobol sampling, N = 2^14", report.toString());
        assertThat(r.variance()).isCloseTo(A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5,
                within(0.1));
    }

    @Test
    void randomSamplingGetsThereToo() {
        SobolResult r = SobolAnalysis.analyse(INPUTS, ISHIGAMI,
                SobolAnalysis.Options.of(1 << 13, 7).withSampling(SamplingMethod.RANDOM).withResamples(300));
        for (int i = 0; i < 3; i++) {
            assertThat(r.firstOrder().get(i).contains(PUBLISHED_FIRST[i])).as("S%s %s", i + 1, r.firstOrder().get(i)).isTrue();
            assertThat(r.totalOrder().get(i).contains(PUBLISHED_TOTAL[i])).as("ST%s %s", i + 1, r.totalOrder().get(i)).isTrue();
        }
    }

    @Test
    void aLinearModelsIndicesAreItsShareOfVariance() {
        List<InputDistribution> d = List.of(Uniform.of(0, 1), Normal.of(5, 2), Pert.of(1, 2, 6));
        double[] c = {4, 1, -1};
        UncertainInputs inputs = UncertainInputs.of(NAMES, d);
        double total = 0;
        for (int i = 0; i < 3; i++) {
            total += c[i] * c[i] * d.get(i).variance();
        }
        SobolResult r = SobolAnalysis.analyse(inputs, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2],
                SobolAnalysis.Options.of(1 << 12, 1).withResamples(200));
        for (int i = 0; i < 3; i++) {
            double share = c[i] * c[i] * d.get(i).variance() / total;
            assertThat(r.firstOrder().get(i).value()).isCloseTo(share, within(0.02));
            assertThat(r.totalOrder().get(i).value()).isCloseTo(share, within(0.02));
        }
        assertThat(r.interactions()).isCloseTo(0, within(0.03));
    }

    @Test
    void theIndicesDoNotDependOnTheNumberOfThreads() {
        SobolAnalysis.Options options = SobolAnalysis.Options.of(3000, 5).withSampling(SamplingMethod.LHS).withResamples(50);
        SobolResult one = SobolAnalysis.analyse(INPUTS, ISHIGAMI, options.withThreads(1));
        SobolResult three = SobolAnalysis.analyse(INPUTS, ISHIGAMI, options.withThreads(3));
        assertThat(three).isEqualTo(one);
    }

    @Test
    void severalOutputsComeFromTheSameRuns() {
        List<SobolResult> both = SobolAnalysis.analyse(INPUTS, x -> new double[] {ISHIGAMI.applyAsDouble(x), x[2]}, 2,
                SobolAnalysis.Options.of(1 << 10, 3).withResamples(0));
        assertThat(both).hasSize(2);
        assertThat(both.get(0)).isEqualTo(SobolAnalysis.analyse(INPUTS, ISHIGAMI, SobolAnalysis.Options.of(1 << 10, 3).withResamples(0)));
        assertThat(both.get(1).firstOrder("x3").value()).isCloseTo(1, within(0.01));
        assertThat(both.get(1).firstOrder("x3").low()).isNaN();
    }

    @Test
    void theIndicesAreExplainedInPlainWords() {
        assertThat(SobolAnalysis.explain("turnover", "the lowest cash", 0.412))
                .isEqualTo("turnover alone explains 41% of the variance of the lowest cash");
        assertThat(SobolAnalysis.explain("rent", "the lowest cash", -0.002))
                .isEqualTo("rent alone explains almost none (under 1%) of the variance of the lowest cash");
        assertThat(SobolAnalysis.explainTotal("turnover", "the lowest cash", 0.558))
                .isEqualTo("turnover, alone and with other inputs, accounts for 56% of the variance of the lowest cash");
        SobolResult r = SobolAnalysis.analyse(INPUTS, ISHIGAMI, SobolAnalysis.Options.of(1 << 12, 1).withResamples(0));
        assertThat(r.sentences("the Ishigami function")).containsExactly(
                "x2 alone explains 44% of the variance of the Ishigami function",
                "x1 alone explains 31% of the variance of the Ishigami function",
                "x3 alone explains almost none (under 1%) of the variance of the Ishigami function",
                "the inputs together, through their interactions, explain a further 24% of the variance of the Ishigami function");
    }

    /**
     * The analysis centres the outputs itself: a constant added to the output (a plan's surplus of -500,000 varying
     * by tens of thousands) leaves every estimate and interval as it is. Without the centring, the first-order sum
     * f(B) (f(A_B) - f(A)) would gain 10^6 x the mean of (f(A_B) - f(A)), which is not zero for a finite sample.
     */
    @Test
    void aConstantAddedToTheOutputChangesNoEstimate() {
        SobolAnalysis.Options options = SobolAnalysis.Options.of(1 << 10, 4).withResamples(100);
        SobolResult plain = SobolAnalysis.analyse(INPUTS, ISHIGAMI, options);
        SobolResult shifted = SobolAnalysis.analyse(INPUTS, x -> ISHIGAMI.applyAsDouble(x) - 1e6, options);
        for (int i = 0; i < 3; i++) {
            assertSameEstimate(shifted.firstOrder().get(i), plain.firstOrder().get(i));
            assertSameEstimate(shifted.totalOrder().get(i), plain.totalOrder().get(i));
        }
        assertThat(shifted.mean()).isCloseTo(plain.mean() - 1e6, within(1e-6));
        assertThat(shifted.variance()).isCloseTo(plain.variance(), within(1e-6));
    }

    /** The same to rounding: outputs near 10^6 keep about ten digits after the point. */
    private static void assertSameEstimate(Estimate actual, Estimate expected) {
        assertThat(actual.value()).isCloseTo(expected.value(), within(1e-6));
        assertThat(actual.low()).isCloseTo(expected.low(), within(1e-6));
        assertThat(actual.high()).isCloseTo(expected.high(), within(1e-6));
    }

    @Test
    void progressIsReportedInRunsOfTheModelUpToNkPlus2() {
        List<Long> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        SobolAnalysis.analyse(INPUTS, x -> new double[] {ISHIGAMI.applyAsDouble(x)}, 1,
                SobolAnalysis.Options.of(1000, 1).withResamples(0).withThreads(2), reported::add);
        // 1000 base rows in chunks of 256: 256, 512, 768, 1000 rows, each row 3 + 2 runs
        assertThat(reported).containsExactly(256L * 5, 512L * 5, 768L * 5, 1000L * 5);
    }

    @Test
    void correlatedInputsAreRefused() {
        UncertainInputs correlated = UncertainInputs.of(List.of("a", "b"), List.of(Uniform.of(0, 1), Uniform.of(0, 1)),
                Correlations.of(List.of("a", "b"), new double[][] {{1, 0.5}, {0.5, 1}}));
        assertThatThrownBy(() -> SobolAnalysis.analyse(correlated, x -> x[0], SobolAnalysis.Options.of(64, 1)))
                .hasMessageStartingWith("Sobol indices need independent inputs");
    }
}
