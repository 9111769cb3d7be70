package org.carecoop.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Streaming statistics against exact ones: Welford's moments, the quantile sketch's error (measured, and
 * within its stated bound of 0.2% of each quantile's distance from the sketch's centre), and merging
 * partial results as if they had been one stream.
 */
class StreamingStatisticsTest {
    /** The bound the sketch states: each quantile within a relative 0.2% of the exact one (plus rounding). */
    private static final double SKETCH_ERROR = QuantileSketch.DEFAULT_RELATIVE_ACCURACY * (1 + 1e-9);

    private static double[] draws(int n, long seed, DoubleUnaryOperator shape) {
        double[] x = new double[n];
        double[][] u = new RandomSampler(1, seed).rows(0, n);
        for (int i = 0; i < n; i++) {
            x[i] = shape.applyAsDouble(u[i][0]);
        }
        return x;
    }

    @Test
    void welfordMatchesTheTwoPassFormulasAndMergesExactly() {
        // a large offset is where the naive sum-of-squares formula loses every digit (x^2 is near 1e18, whose
        // rounding step is 128, against a variance of 9); Welford keeps seven or more
        double[] x = draws(100_000, 1, u -> 1e9 + Normal.of(0, 3).inverseCdf(u));
        Moments all = new Moments();
        Arrays.stream(x).forEach(all::add);
        double mean = Arrays.stream(x).map(v -> v - 1e9).average().orElseThrow() + 1e9;
        double variance = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
        assertThat(all.mean()).isCloseTo(mean, within(1e-4));    // a relative 1e-13
        assertThat(all.variance()).isCloseTo(variance, within(variance * 1e-7));
        assertThat(all.standardError()).isCloseTo(Math.sqrt(variance / x.length), within(1e-9));

        Moments merged = new Moments();
        for (int from = 0; from < x.length; from += 7_777) {
            Moments part = new Moments();
            for (int i = from; i < Math.min(x.length, from + 7_777); i++) {
                part.add(x[i]);
            }
            merged.merge(part);
        }
        assertThat(merged.count()).isEqualTo(all.count());
        assertThat(merged.mean()).isCloseTo(all.mean(), within(1e-4));
        assertThat(merged.variance()).isCloseTo(all.variance(), within(all.variance() * 1e-7));
        assertThat(merged.min()).isEqualTo(all.min());
        assertThat(merged.max()).isEqualTo(all.max());
    }

    @Test
    void theSketchsQuantilesAreWithinItsStatedRelativeErrorOfTheExactOnes(TestReporter reporter) {
        // cash-like values that cross zero and a skewed cost, centred on zero; a narrow band far from zero
        // (an early month's cash) centred inside it, as the base plan's value would be
        double[][] samples = {
            draws(100_000, 2, u -> Normal.of(50_000, 30_000).inverseCdf(u)),
            draws(100_000, 3, u -> LogNormal.of(3600, 2400).inverseCdf(u)),
            draws(100_000, 4, u -> Uniform.of(1_000_000, 1_000_500).inverseCdf(u)),
        };
        double[] centres = {0, 0, 1_000_200};
        double[] levels = {0.001, 0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 0.999};
        StringBuilder measured = new StringBuilder();
        for (int s = 0; s < samples.length; s++) {
            double[] x = samples[s];
            double c = centres[s];
            QuantileSketch sketch = QuantileSketch.centredOn(c);
            Arrays.stream(x).forEach(sketch::add);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double worstRelative = 0;
            double worstAbsolute = 0;
            for (double p : levels) {
                double exact = MetricSummary.exactQuantile(sorted, sorted.length, p);
                int below = (int) Math.floor(p * (sorted.length - 1));
                double distance = Math.max(Math.abs(sorted[below] - c), Math.abs(sorted[below + 1] - c));
                double error = Math.abs(sketch.quantile(p) - exact);
                assertThat(error).as("P%s", p * 100).isLessThanOrEqualTo(SKETCH_ERROR * distance + 1e-9);
                worstRelative = Math.max(worstRelative, error / distance);
                worstAbsolute = Math.max(worstAbsolute, error);
            }
            assertThat(sketch.quantile(0)).isEqualTo(sorted[0]);
            assertThat(sketch.quantile(1)).isEqualTo(sorted[sorted.length - 1]);
            // memory: a bounded number of buckets, whatever the count
            assertThat(sketch.footprint()).isLessThanOrEqualTo(2 * 3 * QuantileSketch.DEFAULT_MAX_BUCKETS);
            measured.append(String.format(java.util.Locale.ROOT, "sample %d: worst relative %.5f, absolute %.3f%n", s, worstRelative,
                    worstAbsolute));
        }
        // the narrow band: centred inside it, within half a pound; centred on zero, hundreds of pounds out
        double[] sorted = samples[2].clone();
        Arrays.sort(sorted);
        double exact = MetricSummary.exactQuantile(sorted, sorted.length, 0.9);
        QuantileSketch centred = QuantileSketch.centredOn(1_000_200);
        QuantileSketch onZero = new QuantileSketch();
        Arrays.stream(samples[2]).forEach(x -> {
            centred.add(x);
            onZero.add(x);
        });
        assertThat(centred.quantile(0.9)).isCloseTo(exact, within(0.5));
        assertThat(Math.abs(onZero.quantile(0.9) - exact)).isGreaterThan(100);
        reporter.publishEntry("the sketch's measured error", measured.toString());
    }

    @Test
    void mergedSketchesEqualOnePassExactlyWhateverTheOrder() {
        double[] x = draws(60_000, 5, u -> Normal.of(10_000, 40_000).inverseCdf(u));
        QuantileSketch one = new QuantileSketch();
        Arrays.stream(x).forEach(one::add);
        QuantileSketch[] parts = new QuantileSketch[6];
        for (int c = 0; c < parts.length; c++) {
            parts[c] = new QuantileSketch();
            for (int i = c * 10_000; i < (c + 1) * 10_000; i++) {
                parts[c].add(x[i]);
            }
        }
        QuantileSketch forwards = new QuantileSketch();
        for (QuantileSketch p : parts) {
            forwards.merge(p);
        }
        QuantileSketch tree = new QuantileSketch().merge(parts[5]).merge(parts[3])
                .merge(new QuantileSketch().merge(parts[0]).merge(parts[4]))
                .merge(new QuantileSketch().merge(parts[2]).merge(parts[1]));
        for (double p = 0; p <= 1; p += 0.01) {
            assertThat(forwards.quantile(p)).isEqualTo(one.quantile(p));
            assertThat(tree.quantile(p)).isEqualTo(one.quantile(p));
        }
        assertThat(forwards.count()).isEqualTo(60_000);
    }

    @Test
    void aSketchFoldsTheValuesNearestZeroOnceItsRangeIsTooWide() {
        // 64 buckets of 1%: a range of about e^1.28; values from 1e-6 to 1e6 must fold, and still
        // give the large quantiles to 1% and the small ones no further off than the fold point
        QuantileSketch small = new QuantileSketch(0, 0.01, 64);
        QuantileSketch backwards = new QuantileSketch(0, 0.01, 64);
        double[] x = new double[1200];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.pow(10, -6 + 12.0 * i / (x.length - 1));
            small.add(x[i]);
        }
        for (int i = x.length - 1; i >= 0; i--) {
            backwards.add(x[i]);
        }
        assertThat(small.footprint()).isLessThanOrEqualTo(2 * (64 + 2 * 64));
        assertThat(small.quantile(0.99)).isCloseTo(MetricSummary.exactQuantile(x, x.length, 0.99), within(0.011 * 1e6));
        for (double p = 0; p <= 1; p += 0.05) {
            assertThat(backwards.quantile(p)).isEqualTo(small.quantile(p));
        }
    }

    @Test
    void monthlyQuantilesGiveTheFanChartsBandsAndMerge() {
        int months = 60;
        int runs = 20_000;
        // centred on the base path (the means of the opening balance and drift), as simulate would
        double[] base = new double[months];
        for (int m = 0; m < months; m++) {
            base[m] = 20_000 + 500 * (m + 1);
        }
        MonthlyQuantiles all = new MonthlyQuantiles(base);
        MonthlyQuantiles first = new MonthlyQuantiles(base);
        MonthlyQuantiles second = new MonthlyQuantiles(base);
        double[][] u = new RandomSampler(2, 8).rows(0, runs);
        double[][] byMonth = new double[months][runs];
        for (int r = 0; r < runs; r++) {
            // a cash path: an opening balance and a monthly drift, both uncertain
            double open = Normal.of(20_000, 5_000).inverseCdf(u[r][0]);
            double drift = Uniform.of(-1_000, 2_000).inverseCdf(u[r][1]);
            double[] path = new double[months];
            for (int m = 0; m < months; m++) {
                path[m] = open + drift * (m + 1);
                byMonth[m][r] = path[m];
            }
            all.add(path);
            (r % 3 == 0 ? first : second).add(path);
        }
        MonthlyQuantiles merged = first.merge(second);
        for (int m = 0; m < months; m++) {
            double[] sorted = byMonth[m].clone();
            Arrays.sort(sorted);
            for (double p : Percentiles.LEVELS) {
                double exact = MetricSummary.exactQuantile(sorted, runs, p);
                int below = (int) Math.floor(p * (runs - 1));
                double distance = Math.max(Math.abs(sorted[below] - base[m]), Math.abs(sorted[below + 1] - base[m]));
                assertThat(all.quantile(m, p)).isCloseTo(exact, within(SKETCH_ERROR * distance + 1e-9));
                assertThat(merged.quantile(m, p)).isEqualTo(all.quantile(m, p));
            }
        }
        assertThat(all.band(0.95)).hasSize(months);
        assertThat(all.count(59)).isEqualTo(runs);
    }

    @Test
    void aMetricSummaryIsExactUpToItsLimitThenBounded() {
        double[] x = draws(5_000, 9, u -> Triangular.of(-100, 50, 400).inverseCdf(u));
        MetricSummary exact = new MetricSummary(10_000, 0);
        MetricSummary bounded = new MetricSummary(1_000, 0);
        MetricSummary a = new MetricSummary(10_000, 0);
        MetricSummary b = new MetricSummary(10_000, 0);
        for (int i = 0; i < x.length; i++) {
            exact.add(x[i]);
            bounded.add(x[i]);
            (i < 2_000 ? a : b).add(x[i]);
        }
        assertThat(exact.exact()).isTrue();
        assertThat(bounded.exact()).isFalse();
        MetricSummary merged = a.merge(b);
        assertThat(merged.exact()).isTrue();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        Percentiles p = exact.percentiles();
        assertThat(p.p50()).isEqualTo(MetricSummary.exactQuantile(sorted, sorted.length, 0.5));
        assertThat(merged.percentiles()).isEqualTo(p);
        for (double level : Percentiles.LEVELS) {
            assertThat(bounded.quantile(level)).isCloseTo(exact.quantile(level), within(SKETCH_ERROR * 400 + 1e-9));
        }
        assertThat(bounded.mean()).isEqualTo(exact.mean());
        // merging past the limit moves into the sketch
        MetricSummary small = new MetricSummary(3_000, 0);
        MetricSummary other = new MetricSummary(3_000, 0);
        for (int i = 0; i < x.length; i++) {
            (i % 2 == 0 ? small : other).add(x[i]);
        }
        assertThat(small.merge(other).exact()).isFalse();
        assertThat(small.count()).isEqualTo(5_000);
        assertThat(small.quantile(0.5)).isCloseTo(exact.quantile(0.5), within(SKETCH_ERROR * 400 + 1e-9));
    }

    @Test
    void infinitiesPastTheExactLimitAreCountedApartFromTheSketch() {
        // 1, 2, ..., 20 and five runs that never break even (+infinity), with only 10 values kept exactly: the
        // sketch holds the 20 finite values, the infinities are counted above them
        MetricSummary s = new MetricSummary(10, 0);
        double[] all = new double[25];
        for (int i = 0; i < 20; i++) {
            s.add(i + 1);
            all[i] = i + 1;
        }
        for (int i = 20; i < 25; i++) {
            s.add(Double.POSITIVE_INFINITY);
            all[i] = Double.POSITIVE_INFINITY;
        }
        assertThat(s.exact()).isFalse();
        assertThat(s.count()).isEqualTo(25);
        // rank p (n - 1) = 0.5 x 24 = 12: the 13th smallest value, 13; the sketch's estimate is within 0.2% of 13
        assertThat(s.quantile(0.5)).isCloseTo(13, within(SKETCH_ERROR * 13));
        // rank 0.9 x 24 = 21.6 lies between two infinities: infinity (0 x infinity would give NaN)
        assertThat(s.quantile(0.9)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.quantile(0.0)).isEqualTo(1);
        // rank 0.75 x 24 = 18: exactly the 19th value, 19, not 19 + 0 x (20 - 19) on the sketch's estimate
        assertThat(s.quantile(0.75)).isCloseTo(19, within(SKETCH_ERROR * 19));
        // the exact quantile agrees: at rank 20 (p = 20/24) the 21st value is the first infinity
        assertThat(MetricSummary.exactQuantile(all, all.length, 20 / 24.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(MetricSummary.exactQuantile(all, all.length, 0.9)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.finiteMin()).isEqualTo(1);
        assertThat(s.finiteMax()).isEqualTo(20);
        assertThat(s.notFinite()).isEqualTo(5);
        // every finite value is visited, with its count: 20 in all, the sketch's values within 0.2% of each
        long[] seen = {0};
        s.finiteValues((v, count) -> {
            assertThat(v).isBetween(1.0, 20.0);
            seen[0] += count;
        });
        assertThat(seen[0]).isEqualTo(20);
    }
}
