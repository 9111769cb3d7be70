package org.carecoop.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.Well19937c;

/**
 * Variance-based sensitivity: first-order and total-order Sobol indices by Saltelli's (2010) scheme.
 *
 * <p>A sampler gives N rows of 2k uniforms; the first k make matrix A, the last k matrix B (each mapped
 * through the inputs' inverse cdfs), and A_B^(i) is A with its column i taken from B. The model runs on
 * every row of A, B and each A_B^(i): N (k + 2) runs. With V the variance of f over A and B together:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, table 2 (b)): S_i = (1/N) sum_j f(B)_j (f(A_B^(i))_j - f(A)_j) / V;</li>
 *   <li>total order (Jansen 1999): ST_i = (1/2N) sum_j (f(A)_j - f(A_B^(i))_j)^2 / V.</li>
 * </ul>
 * Confidence intervals come from a seeded bootstrap over the N rows (percentile intervals). With the Sobol
 * sequence the rows are not independent, and the bootstrap interval is then conservative.
 *
 * <p>The outputs are first centred on their mean over A and B. The indices being estimated do not change (they
 * are ratios of variances), but the first-order estimator multiplies f(B) by a difference, so an output far from
 * zero on average (a surplus of -500,000 varying by 70,000) would make its estimate many times noisier. Centred,
 * the estimates are the same whatever constant is added to the output.
 *
 * <p>The indices assume independent inputs: correlated inputs are refused. Validated on the Ishigami
 * function, whose indices are known in closed form.
 */
public final class SobolAnalysis {
    /** Base rows per chunk of model runs. */
    private static final int CHUNK = 256;
    /** Tells the bootstrap's seeds apart from other streams derived from the same seed. */
    private static final long BOOTSTRAP_SALT = 11;

    private SobolAnalysis() {}

    /**
     * @param baseSamples N, the rows of A and of B (a power of two suits the Sobol sequence best)
     * @param seed        seeds the sampler (random, lhs) and the bootstrap
     * @param sampling    how A and B are drawn: Sobol by default
     * @param resamples   bootstrap resamples for the intervals; 0 for none (the intervals are then NaN)
     * @param confidence  the intervals' level, such as 0.95
     * @param threads     threads to run the model on (the numbers do not depend on it)
     */
    public record Options(int baseSamples, long seed, SamplingMethod sampling, int resamples, double confidence, int threads) {
        public Options {
            if (baseSamples < 2) {
                throw new IllegalArgumentException("Sobol indices need at least 2 base samples, found " + baseSamples);
            }
            if (resamples < 0) {
                throw new IllegalArgumentException("bootstrap resamples cannot be negative");
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("a confidence level lies between 0 and 1, found " + confidence);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("at least one thread");
            }
            if (sampling == null) {
                throw new IllegalArgumentException("a sampling method is needed");
            }
        }

        /** Sobol sampling, 1000 bootstrap resamples, 95% intervals, every core. */
        public static Options of(int baseSamples, long seed) {
            return new Options(baseSamples, seed, SamplingMethod.SOBOL, 1000, 0.95, Runtime.getRuntime().availableProcessors());
        }

        public Options withSampling(SamplingMethod method) {
            return new Options(baseSamples, seed, method, resamples, confidence, threads);
        }

        public Options withResamples(int count) {
            return new Options(baseSamples, seed, sampling, count, confidence, threads);
        }

        public Options withThreads(int count) {
            return new Options(baseSamples, seed, sampling, resamples, confidence, count);
        }
    }

    /**
     * The indices of one output.
     *
     * @param model the output for one value per input (in the inputs' order); called from several threads
     *              at once, so it must be safe to; it must not keep the array it is given
     */
    public static SobolResult analyse(UncertainInputs inputs, ToDoubleFunction<double[]> model, Options options) {
        return analyse(inputs, x -> new double[] {model.applyAsDouble(x)}, 1, options, null).get(0);
    }

    /** The indices of several outputs from the same runs, with no progress reports. */
    public static List<SobolResult> analyse(UncertainInputs inputs, Function<double[], double[]> model, int outputs,
                                            Options options) {
        return analyse(inputs, model, outputs, options, null);
    }

    /**
     * The indices of several outputs from the same runs (one run of a plan gives every metric).
     *
     * @param model    the outputs for one value per input, always {@code outputs} of them
     * @param outputs  how many outputs the model gives
     * @param progress told the runs of the model done so far, up to N (k + 2) (may be null)
     */
    public static List<SobolResult> analyse(UncertainInputs inputs, Function<double[], double[]> model, int outputs,
                                            Options options, LongConsumer progress) {
        if (inputs.correlations().isPresent()) {
            throw new IllegalArgumentException("Sobol indices need independent inputs, and these are correlated;"
                    + " leave out the correlations, or use the Monte Carlo rank-correlation tornado");
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("the model needs at least one output");
        }
        int k = inputs.size();
        int n = options.baseSamples();
        Sampler sampler = Sampler.of(options.sampling(), 2 * k, n, options.seed());
        double[][] fA = new double[outputs][n];
        double[][] fB = new double[outputs][n];
        double[][][] fAB = new double[outputs][k][n];
        Chunks.run(n, CHUNK, options.threads(), (from, to) -> {
            double[][] rows = sampler.rows(from, to);
            for (long row = from; row < to; row++) {
                int j = (int) row;
                double[] u = rows[(int) (row - from)];
                double[] a = new double[k];
                double[] b = new double[k];
                inputs.values(u, 0, a);
                inputs.values(u, k, b);
                store(fA, j, evaluate(model, a.clone(), outputs));
                store(fB, j, evaluate(model, b.clone(), outputs));
                for (int i = 0; i < k; i++) {
                    double[] ab = a.clone();
                    ab[i] = b[i];
                    double[] f = evaluate(model, ab, outputs);
                    for (int m = 0; m < outputs; m++) {
                        fAB[m][i][j] = f[m];
                    }
                }
            }
            return null;
        }, (x, y) -> null, progress == null ? null : rows -> progress.accept(rows * (k + 2)));
        List<SobolResult> results = new ArrayList<>();
        for (int m = 0; m < outputs; m++) {
            results.add(estimate(inputs.names(), fA[m], fB[m], fAB[m], options, (long) n * (k + 2)));
        }
        return results;
    }

    private static double[] evaluate(Function<double[], double[]> model, double[] x, int outputs) {
        double[] f = model.apply(x);
        if (f == null || f.length != outputs) {
            throw new IllegalStateException("the model gave " + (f == null ? "nothing" : f.length + " outputs") + ", not " + outputs);
        }
        return f;
    }

    private static void store(double[][] into, int j, double[] f) {
        for (int m = 0; m < f.length; m++) {
            into[m][j] = f[m];
        }
    }

    /**
     * The indices from the model's outputs on A, B and each A_B^(i), with bootstrap intervals.
     *
     * @param fA  f on the rows of A
     * @param fB  f on the rows of B
     * @param fAB f on the rows of A_B^(i), one array per input
     */
    public static SobolResult estimate(List<String> names, double[] fA, double[] fB, double[][] fAB, Options options,
                                       long evaluations) {
        int n = fA.length;
        int k = fAB.length;
        if (fB.length != n || names.size() != k || Arrays.stream(fAB).anyMatch(f -> f.length != n)) {
            throw new IllegalArgumentException("the outputs on A, B and A_B do not match in size");
        }
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double mean = (Arrays.stream(fA).sum() + Arrays.stream(fB).sum()) / (2.0 * n);
        // an output that is not a number somewhere has no indices (NaN throughout), centred or not
        double centre = Double.isFinite(mean) ? mean : 0;
        double[] point = indices(fA, fB, fAB, all, centre);
        double variance = variance(fA, fB, all);

        int resamples = options.resamples();
        double[][] draws = new double[2 * k][resamples];
        if (resamples > 0) {
            Chunks.run(resamples, 16, options.threads(), (from, to) -> {
                int[] picks = new int[n];
                for (long r = from; r < to; r++) {
                    Well19937c generator = new Well19937c(Seeds.words(Seeds.derive(options.seed(), BOOTSTRAP_SALT, r)));
                    for (int t = 0; t < n; t++) {
                        picks[t] = generator.nextInt(n);
                    }
                    double[] s = indices(fA, fB, fAB, picks, centre);
                    for (int i = 0; i < 2 * k; i++) {
                        draws[i][(int) r] = s[i];
                    }
                }
                return null;
            }, (x, y) -> null, null);
        }
        double lower = (1 - options.confidence()) / 2;
        List<Estimate> first = new ArrayList<>();
        List<Estimate> total = new ArrayList<>();
        for (int i = 0; i < 2 * k; i++) {
            double low = Double.NaN;
            double high = Double.NaN;
            if (resamples > 0) {
                double[] sorted = draws[i].clone();
                Arrays.sort(sorted);
                low = MetricSummary.exactQuantile(sorted, resamples, lower);
                high = MetricSummary.exactQuantile(sorted, resamples, 1 - lower);
            }
            (i < k ? first : total).add(new Estimate(point[i], low, high));
        }
        return new SobolResult(names, first, total, mean, variance, n, evaluations, options.confidence());
    }

    /**
     * First-order indices then total-order, from the rows picked (with repeats, for the bootstrap), with f(B)
     * measured from {@code centre} in the first-order sum (the total-order one takes differences only).
     */
    private static double[] indices(double[] fA, double[] fB, double[][] fAB, int[] picks, double centre) {
        int k = fAB.length;
        double v = variance(fA, fB, picks);
        double[] s = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double[] fi = fAB[i];
            double first = 0;
            double total = 0;
            for (int j : picks) {
                double d = fi[j] - fA[j];
                first += (fB[j] - centre) * d;
                total += d * d;
            }
            s[i] = v > 0 ? first / picks.length / v : Double.NaN;
            s[k + i] = v > 0 ? total / (2.0 * picks.length) / v : Double.NaN;
        }
        return s;
    }

    /** The variance of f over the picked rows of A and B together (divisor 2N). */
    private static double variance(double[] fA, double[] fB, int[] picks) {
        double sum = 0;
        for (int j : picks) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * picks.length);
        double squares = 0;
        for (int j : picks) {
            double a = fA[j] - mean;
            double b = fB[j] - mean;
            squares += a * a + b * b;
        }
        return squares / (2.0 * picks.length);
    }

    /**
     * A first-order index in plain words: {@code explain("turnover", "the lowest cash", 0.41)} gives
     * "turnover alone explains 41% of the variance of the lowest cash".
     */
    public static String explain(String input, String metric, double index) {
        return input + " alone explains " + share(index) + " of the variance of " + metric;
    }

    /**
     * A total-order index in plain words: "turnover, alone and with other inputs, accounts for 56% of the
     * variance of the lowest cash".
     */
    public static String explainTotal(String input, String metric, double index) {
        return input + ", alone and with other inputs, accounts for " + share(index) + " of the variance of " + metric;
    }

    private static String share(double index) {
        if (Double.isNaN(index)) {
            return "an unknown share";
        }
        if (index < 0.005) {
            return "almost none (under 1%)";
        }
        return Numbers.percent(Math.min(1, index));
    }
}
