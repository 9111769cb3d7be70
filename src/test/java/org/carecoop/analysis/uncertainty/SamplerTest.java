package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The three samplers: right percentiles, right means, reproducible, and the same however they are chunked. */
class SamplerTest {
    private static final int N = 10_000;

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void percentilesOfASingleUniformInputComeBackRight(SamplingMethod method) {
        Uniform turnover = Uniform.of(0.10, 0.35);
        Sampler sampler = Sampler.of(method, 1, N, 2027);
        MetricSummary summary = new MetricSummary();
        for (double[] row : sampler.rows(0, N)) {
            summary.add(turnover.inverseCdf(row[0]));
        }
        // random: a percentile's standard error is sqrt(p(1-p)/N) x width, at most 0.0013 here; allow 4 of them.
        // Latin hypercube and Sobol points are spread evenly: within a few strata, 1/N of the width each.
        double tolerance = method == SamplingMethod.RANDOM ? 0.005 : 3 * 0.25 / N;
        for (double p : Percentiles.LEVELS) {
            assertThat(summary.quantile(p)).as("%s P%s", method, p * 100).isCloseTo(0.10 + 0.25 * p, within(tolerance));
        }
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void theMeanOfALinearFunctionOfInputsMatchesItsAnalyticMean(SamplingMethod method) {
        // a linear "surplus": fee x hours - wage x hours x 1.3 - rent, with inputs of several kinds
        List<InputDistribution> d = List.of(Triangular.of(22.5, 24.1, 26), Pert.of(12.21, 13.45, 15),
                LogNormal.of(800, 150), Normal.of(1000, 80), Discrete.of(List.of(0.9, 1.0, 1.1), List.of(1.0, 2.0, 1.0)));
        double[] c = {1000, -1300, -1, 1, 5000};
        UncertainInputs inputs = UncertainInputs.of(List.of("fee", "wage", "rent", "hours", "uplift"), d);
        double analytic = 0;
        for (int j = 0; j < c.length; j++) {
            analytic += c[j] * d.get(j).mean();
        }
        Moments moments = new Moments();
        for (double[] row : Sampler.of(method, 5, N, 99).rows(0, N)) {
            double[] x = inputs.values(row);
            double f = 0;
            for (int j = 0; j < c.length; j++) {
                f += c[j] * x[j];
            }
            moments.add(f);
        }
        // for random sampling the standard error is the right yardstick; stratified designs do better still
        assertThat(moments.mean()).isCloseTo(analytic, within(3 * moments.standardError()));
    }

    static Stream<Arguments> samplers() {
        return Stream.of(Arguments.of(new RandomSampler(3, 5)), Arguments.of(new LatinHypercubeSampler(3, 5000, 5)),
                Arguments.of(new SobolSampler(3)));
    }

    @ParameterizedTest
    @MethodSource("samplers")
    void chunkedGenerationEqualsOnePass(Sampler sampler) {
        double[][] whole = sampler.rows(0, 5000);
        int[][] chunkings = {{1000}, {1023, 1024, 1025, 1, 927}, {7, 4993}, {2500, 2500}};
        for (int[] sizes : chunkings) {
            long from = 0;
            for (int size : sizes) {
                double[][] part = sampler.rows(from, from + size);
                for (int i = 0; i < size; i++) {
                    assertThat(part[i]).isEqualTo(whole[(int) from + i]);
                }
                from += size;
            }
        }
        assertThat(sampler.row(4321)).isEqualTo(whole[4321]);
        assertThat(sampler.row(0)).isEqualTo(whole[0]);
        for (double[] row : whole) {
            assertThat(row).hasSize(3);
            for (double u : row) {
                assertThat(u).isGreaterThan(0).isLessThan(1);
            }
        }
    }

    @Test
    void theSameSeedGivesIdenticalSamplesAndAnotherSeedOthers() {
        assertThat(new RandomSampler(4, 11).rows(0, 3000)).isDeepEqualTo(new RandomSampler(4, 11).rows(0, 3000));
        assertThat(new LatinHypercubeSampler(4, 3000, 11).rows(0, 3000)).isDeepEqualTo(new LatinHypercubeSampler(4, 3000, 11).rows(0, 3000));
        assertThat(new RandomSampler(4, 11).row(17)).isNotEqualTo(new RandomSampler(4, 12).row(17));
        assertThat(new LatinHypercubeSampler(4, 3000, 11).row(17)).isNotEqualTo(new LatinHypercubeSampler(4, 3000, 12).row(17));
        // Sobol is unscrambled: the seed does not matter
        assertThat(Sampler.of(SamplingMethod.SOBOL, 4, 100, 1).rows(0, 100)).isDeepEqualTo(Sampler.of(SamplingMethod.SOBOL, 4, 100, 2).rows(0, 100));
    }

    @Test
    void aLatinHypercubeHasOnePointInEachStratumOfEachDimension() {
        for (int n : new int[] {1, 2, 3, 10, 1000, 1023, 1025}) {
            double[][] rows = new LatinHypercubeSampler(3, n, n).rows(0, n);
            for (int j = 0; j < 3; j++) {
                boolean[] hit = new boolean[n];
                for (double[] row : rows) {
                    int stratum = (int) Math.floor(row[j] * n);
                    assertThat(hit[stratum]).as("n %s, dimension %s, stratum %s twice", n, j, stratum).isFalse();
                    hit[stratum] = true;
                }
            }
        }
        assertThatThrownBy(() -> new LatinHypercubeSampler(2, 10, 1).rows(5, 11)).hasMessageContaining("outside a design of 10 rows");
    }

    @Test
    void theKeyedPermutationIsAPermutation() {
        for (long n : new long[] {1, 2, 3, 4, 5, 64, 100, 4097}) {
            KeyedPermutation p = new KeyedPermutation(n, 123);
            boolean[] seen = new boolean[(int) n];
            for (long i = 0; i < n; i++) {
                long j = p.apply(i);
                assertThat(j).isBetween(0L, n - 1);
                assertThat(seen[(int) j]).isFalse();
                seen[(int) j] = true;
            }
        }
        // and shuffles: far from the identity
        KeyedPermutation p = new KeyedPermutation(1000, 5);
        long fixed = java.util.stream.LongStream.range(0, 1000).filter(i -> p.apply(i) == i).count();
        assertThat(fixed).isLessThan(10);
    }

    @Test
    void sobolSkipsItsFirstPointAtZero() {
        double[][] rows = new SobolSampler(2).rows(0, 3);
        assertThat(rows[0]).containsExactly(0.5, 0.5);
        assertThat(rows[1]).containsExactly(0.75, 0.25);
        assertThat(rows[2]).containsExactly(0.25, 0.75);
        assertThatThrownBy(() -> new SobolSampler(1001)).hasMessageContaining("up to 1000 dimensions");
    }

    @Test
    void randomDrawsLookIndependentAcrossBlocks() {
        // rows either side of a block boundary come from different generators: no visible correlation
        double[][] rows = new RandomSampler(1, 3).rows(0, 200 * RandomSampler.BLOCK);
        double[] x = new double[rows.length - 1];
        double[] y = new double[rows.length - 1];
        for (int i = 0; i + 1 < rows.length; i++) {
            x[i] = rows[i][0];
            y[i] = rows[i + 1][0];
        }
        double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
        assertThat(r).isCloseTo(0, within(4 / Math.sqrt(x.length)));
        assertThat(Arrays.stream(rows).mapToDouble(row -> row[0]).average().orElseThrow()).isCloseTo(0.5, within(0.005));
        assertThat(SamplingMethod.parse("LHS")).isEqualTo(SamplingMethod.LHS);
        assertThatThrownBy(() -> SamplingMethod.parse("halton")).hasMessage("unknown sampling 'halton'; one of: random, lhs, sobol");
    }
}
