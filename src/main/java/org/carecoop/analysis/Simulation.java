package org.carecoop.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.carecoop.analysis.uncertainty.Chunks;
import org.carecoop.analysis.uncertainty.MetricSummary;
import org.carecoop.analysis.uncertainty.MonthlyQuantiles;
import org.carecoop.analysis.uncertainty.Sampler;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;

/**
 * Monte Carlo: the plan run many times with its uncertain inputs drawn from their distributions. Each run's
 * inputs come from row i of a {@link Sampler} mapped through {@link UncertainInputs}; the runs are done in
 * fixed chunks by {@link Chunks} and their statistics streamed and merged in chunk order, so the same seed
 * gives the same numbers whatever the number of threads, and no projection is kept. Memory is bounded
 * whatever N: the first {@link #KEEP_RUNS} runs keep their inputs and chosen metric for the rank
 * correlations; each metric keeps its values up to that many too (exact percentiles), then a bounded
 * sketch; the fan keeps one sketch per month, never a path.
 */
public final class Simulation {
    /** Runs per chunk: fixed, so the chunks (and the digits) do not depend on the number of threads. */
    public static final int CHUNK = 256;
    /**
     * Runs whose inputs and chosen metric are kept for the rank correlations: all of them up to this many, the
     * first this many past it (a rank correlation from 100,000 runs has a standard error below 0.003).
     */
    public static final int KEEP_RUNS = MetricSummary.DEFAULT_EXACT_LIMIT;
    /** The fan chart's quantiles. */
    public static final double[] FAN = {0.05, 0.25, 0.50, 0.75, 0.95};
    /** The most runs (memory does not grow past {@link #KEEP_RUNS}; this bounds the time). */
    public static final long MAX_ITERATIONS = 50_000_000;
    /** Bins of the chosen metric's histogram. */
    public static final int HISTOGRAM_BINS = 20;
    /** Cash below this is below zero (as {@link Metrics} counts it). */
    private static final double BELOW_ZERO = -1e-9;

    private Simulation() {}

    /** What one run of the plan gives the simulation. */
    public record Outcome(double[] metrics, double[] cash, int operatingBreakEvenMonth) {
        /**
         * @param metrics                 one value per {@link Metric}, in declaration order
         * @param cash                    the closing cash of each month
         * @param operatingBreakEvenMonth the first month from which every month's operating surplus is zero or
         *                                more; -1 for never
         */
        public Outcome {
            if (metrics.length != Metric.values().length) {
                throw new IllegalArgumentException("an outcome needs " + Metric.values().length + " metrics, found "
                        + metrics.length);
            }
        }

        public static Outcome of(Projection projection) {
            return of(projection, Metrics.of(projection));
        }

        public static Outcome of(Projection projection, Metrics m) {
            Metric[] all = Metric.values();
            double[] values = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                values[i] = all[i].of(m);
            }
            return new Outcome(values, projection.get(Line.CLOSING_CASH).toArray(), m.operatingBreakEvenMonth());
        }

        /** The outcome of a projector's last run. */
        public static Outcome of(Projector run) {
            Metrics m = run.metrics();
            Metric[] all = Metric.values();
            double[] values = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                values[i] = all[i].of(m);
            }
            return new Outcome(values, run.copyOf(Line.CLOSING_CASH), m.operatingBreakEvenMonth());
        }

        public double metric(Metric metric) {
            return metrics[metric.ordinal()];
        }
    }

    /**
     * The plan run with the inputs at these values (in the order of the inputs). Given to {@link #run} as one
     * model, it must be safe on several threads; made for each worker thread, it is used by one at a time and
     * may keep working arrays from run to run.
     */
    @FunctionalInterface
    public interface Model {
        Outcome run(double[] values);
    }

    /** How to run. */
    public record Settings(long iterations, long seed, SamplingMethod sampling, int threads) {
        public Settings {
            if (iterations < 2 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be from 2 to " + MAX_ITERATIONS + ", found " + iterations);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, found " + threads);
            }
        }
    }

    /** One metric's base value and its distribution over the runs. */
    public record MetricResult(Metric metric, double base, MetricSummary summary) {}

    /** One input's sampled values, to check the sampling against the distribution. */
    public record InputResult(String path, String distribution, MetricSummary sampled) {}

    /** Spearman's rank correlation between an input and the chosen metric. */
    public record RankCorrelation(String path, double rho) {}

    /**
     * The chosen metric's values over the runs counted in equal bins from the lowest finite value to the highest.
     * A value on a boundary between two bins falls in the upper bin; the highest value falls in the last.
     *
     * @param from      each bin's lower edge
     * @param to        each bin's upper edge
     * @param counts    the runs in each bin
     * @param notFinite the runs whose value is not a finite number (a break-even that never comes), in no bin
     */
    public record Histogram(double[] from, double[] to, long[] counts, long notFinite) {
        public Histogram {
            if (from.length != to.length || from.length != counts.length) {
                throw new IllegalArgumentException("a histogram needs as many edges as counts");
            }
            from = from.clone();
            to = to.clone();
            counts = counts.clone();
        }

        public int bins() {
            return counts.length;
        }

        /** The runs counted in a bin. */
        public long total() {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }

        /**
         * {@code values} counted in {@code bins} equal bins; a single bin when every finite value is the same, no
         * bins when none is finite.
         */
        public static Histogram of(double[] values, int bins) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            long notFinite = 0;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                } else {
                    notFinite++;
                }
            }
            return binned(lo, hi, notFinite, bins, into -> {
                for (double v : values) {
                    if (Double.isFinite(v)) {
                        into.accept(v, 1);
                    }
                }
            });
        }

        /**
         * A metric's values over the runs in {@code bins} equal bins, as {@link #of(double[], int)} counts them:
         * exactly while the summary keeps its values, from its sketch after (each value within the sketch's
         * accuracy, so one near an edge may fall in the next bin).
         */
        public static Histogram of(MetricSummary summary, int bins) {
            return binned(summary.finiteMin(), summary.finiteMax(), summary.notFinite(), bins, summary::finiteValues);
        }

        /** The finite values from lo to hi, given with their counts to a receiver, in equal bins. */
        private static Histogram binned(double lo, double hi, long notFinite, int bins,
                                        Consumer<MetricSummary.ValueCounts> values) {
            if (bins < 1) {
                throw new IllegalArgumentException("a histogram needs at least one bin, found " + bins);
            }
            if (!(lo <= hi)) {
                return new Histogram(new double[0], new double[0], new long[0], notFinite);
            }
            int n = hi > lo ? bins : 1;
            double width = (hi - lo) / n;
            double[] from = new double[n];
            double[] to = new double[n];
            for (int b = 0; b < n; b++) {
                from[b] = lo + b * width;
                to[b] = b == n - 1 ? hi : lo + (b + 1) * width;
            }
            long[] counts = new long[n];
            values.accept((v, count) -> {
                int b = width > 0 ? (int) Math.floor((v - lo) / width) : 0;
                counts[Math.max(0, Math.min(n - 1, b))] += count;
            });
            return new Histogram(from, to, counts, notFinite);
        }
    }

    /**
     * @param metrics           every metric, the chosen one first
     * @param belowZeroByMonth  for each month, the share of runs whose cash has been below zero by that month's end
     * @param breakEvenByYear   for each plan year, the share of runs at operating break-even by its last month
     * @param yearEnds          each plan year's last month (from 0)
     * @param correlations      each input's rank correlation with the chosen metric, by |rho| descending
     * @param fan               one band per {@link #FAN} quantile: the closing cash of each month
     * @param baseCash          the base plan's closing cash of each month
     * @param histogram         the chosen metric over the runs in {@link #HISTOGRAM_BINS} bins, counted once
     */
    public record Result(Settings settings, Metric chosen, List<InputResult> inputs, List<MetricResult> metrics,
                         double[] belowZeroByMonth, double[] breakEvenByYear, int[] yearEnds,
                         List<RankCorrelation> correlations, double[][] fan, double[] baseCash, Histogram histogram) {

        /** The chosen metric's result. */
        public MetricResult main() {
            return metrics.get(0);
        }

        /** The share of runs in which cash falls below zero at any time. */
        public double cashBelowZero() {
            return belowZeroByMonth[belowZeroByMonth.length - 1];
        }

        /** The first month (from 0) by which more than {@code share} of runs have had cash below zero; -1 for never. */
        public int monthBelowZeroExceeds(double share) {
            for (int m = 0; m < belowZeroByMonth.length; m++) {
                if (belowZeroByMonth[m] > share) {
                    return m;
                }
            }
            return -1;
        }
    }

    /**
     * @param inputs   the uncertain inputs (their names are the paths)
     * @param chosen   the metric the rank correlations are about
     * @param base     the base plan's outcome (sketch centres and the fan's centre)
     * @param model    the plan at a set of input values
     * @param progress told the runs done so far (may be null)
     */
    public static Result run(UncertainInputs inputs, Metric chosen, Outcome base, Model model, Settings settings,
                             LongConsumer progress) {
        return run(inputs, chosen, base, () -> model, settings, progress);
    }

    /**
     * As {@link #run(UncertainInputs, Metric, Outcome, Model, Settings, LongConsumer)}, with a model made for each
     * worker thread (so it may reuse its arrays from run to run).
     *
     * @param models makes the model of one worker thread
     */
    public static Result run(UncertainInputs inputs, Metric chosen, Outcome base, Supplier<Model> models,
                             Settings settings, LongConsumer progress) {
        int k = inputs.size();
        long n = settings.iterations();
        int months = base.cash().length;
        Sampler sampler = Sampler.of(settings.sampling(), k, n, settings.seed());
        int kept = (int) Math.min(n, KEEP_RUNS);
        double[] chosenValues = new double[kept];
        double[][] inputValues = new double[k][kept];

        Chunks.Done<Worker, Part> done = Chunks.run(n, CHUNK, settings.threads(), () -> new Worker(models.get(), base),
                (worker, from, to) -> {
                    Part part = new Part(base, k, (int) (to - from));
                    double[][] rows = sampler.rows(from, to);
                    for (int r = 0; r < rows.length; r++) {
                        double[] values = inputs.values(rows[r]);
                        long i = from + r;
                        for (int j = 0; j < k; j++) {
                            part.inputs[j].add(values[j]);
                            if (i < kept) {
                                inputValues[j][(int) i] = values[j];
                            }
                        }
                        Outcome o = worker.model.run(values);
                        if (i < kept) {
                            chosenValues[(int) i] = o.metric(chosen);
                        }
                        part.add(o);
                        worker.add(o);
                    }
                    return part;
                }, Part::merge, progress);
        Part total = done.result();
        Worker counts = done.workers().get(0);
        for (Worker other : done.workers().subList(1, done.workers().size())) {
            counts.merge(other);
        }

        int[] yearEnds = yearEnds(months);
        double[] below = new double[months];
        long running = 0;
        for (int m = 0; m < months; m++) {
            running += counts.firstBelow[m];
            below[m] = running / (double) n;
        }
        double[] breakEven = new double[yearEnds.length];
        long sofar = 0;
        int year = 0;
        for (int m = 0; m < months && year < yearEnds.length; m++) {
            sofar += counts.breakEvenAt[m];
            if (m == yearEnds[year]) {
                breakEven[year++] = sofar / (double) n;
            }
        }

        List<MetricResult> metrics = new ArrayList<>();
        metrics.add(new MetricResult(chosen, base.metric(chosen), total.metrics[chosen.ordinal()]));
        for (Metric m : Metric.values()) {
            if (m != chosen) {
                metrics.add(new MetricResult(m, base.metric(m), total.metrics[m.ordinal()]));
            }
        }
        List<InputResult> inputResults = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            inputResults.add(new InputResult(inputs.names().get(j), inputs.distributions().get(j).toString(), total.inputs[j]));
        }

        double[] chosenRanks = ranks(chosenValues);
        List<RankCorrelation> correlations = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] column = inputValues[j];
            correlations.add(new RankCorrelation(inputs.names().get(j), pearson(ranks(column), chosenRanks)));
        }
        correlations.sort(Comparator.comparingDouble((RankCorrelation c) -> Double.isNaN(c.rho()) ? -1 : Math.abs(c.rho()))
                .reversed());

        double[][] fan = new double[FAN.length][];
        for (int q = 0; q < FAN.length; q++) {
            fan[q] = counts.fan.band(FAN[q]);
        }
        return new Result(settings, chosen, inputResults, metrics, below, breakEven, yearEnds, correlations, fan,
                base.cash().clone(), Histogram.of(total.metrics[chosen.ordinal()], HISTOGRAM_BINS));
    }

    /** The last month (from 0) of each plan year; the last year may be short. */
    static int[] yearEnds(int months) {
        int years = (months + 11) / 12;
        int[] ends = new int[years];
        for (int y = 0; y < years; y++) {
            ends[y] = Math.min(months, 12 * (y + 1)) - 1;
        }
        return ends;
    }

    /**
     * Ranks from 1, ties sharing their average rank; values that are not numbers rank as NaN. Infinite values
     * (a break-even that never comes) rank last, as they should.
     */
    static double[] ranks(double[] values) {
        int n = values.length;
        // the values with their positions, sorted together (merge sort: sequential passes, no random access)
        double[] keys = values.clone();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = i;
        }
        double[] keysBuffer = new double[n];
        int[] atBuffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(keys, at, keysBuffer, atBuffer, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            double[] k = keys;
            keys = keysBuffer;
            keysBuffer = k;
            int[] a = at;
            at = atBuffer;
            atBuffer = a;
        }
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(keys[j + 1], keys[i]) == 0) {
                j++;
            }
            double rank = Double.isNaN(keys[i]) ? Double.NaN : (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[at[t]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Merges the sorted runs [lo, mid) and [mid, hi) of keys (with their positions) into the buffers. */
    private static void merge(double[] keys, int[] at, double[] keysOut, int[] atOut, int lo, int mid, int hi) {
        int a = lo;
        int b = mid;
        for (int o = lo; o < hi; o++) {
            if (b >= hi || (a < mid && Double.compare(keys[a], keys[b]) <= 0)) {
                keysOut[o] = keys[a];
                atOut[o] = at[a++];
            } else {
                keysOut[o] = keys[b];
                atOut[o] = at[b++];
            }
        }
    }

    /** Pearson's correlation over the pairs where both are numbers; NaN when either does not vary. */
    static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        long count = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                mx += x[i];
                my += y[i];
                count++;
            }
        }
        if (count < 2) {
            return Double.NaN;
        }
        mx /= count;
        my /= count;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /**
     * The statistics of one chunk of runs whose digits depend on the order of the runs (means and variances),
     * merged in chunk order.
     */
    private static final class Part {
        final MetricSummary[] metrics;
        final MetricSummary[] inputs;

        Part(Outcome base, int k, int runs) {
            Metric[] all = Metric.values();
            metrics = new MetricSummary[all.length];
            for (int i = 0; i < all.length; i++) {
                double centre = base.metrics()[i];
                metrics[i] = new MetricSummary(MetricSummary.DEFAULT_EXACT_LIMIT, Double.isFinite(centre) ? centre : 0, runs);
            }
            inputs = new MetricSummary[k];
            for (int j = 0; j < k; j++) {
                inputs[j] = new MetricSummary(MetricSummary.DEFAULT_EXACT_LIMIT, 0, runs);
            }
        }

        void add(Outcome o) {
            for (int i = 0; i < metrics.length; i++) {
                metrics[i].add(o.metrics()[i]);
            }
        }

        Part merge(Part other) {
            for (int i = 0; i < metrics.length; i++) {
                metrics[i].merge(other.metrics[i]);
            }
            for (int j = 0; j < inputs.length; j++) {
                inputs[j].merge(other.inputs[j]);
            }
            return this;
        }
    }

    /**
     * One worker thread's model and the statistics that are whole-number counts (the fan's sketches, runs below
     * zero or breaking even by month): they come out the same however the runs were shared among the workers.
     */
    private static final class Worker {
        final Model model;
        final MonthlyQuantiles fan;
        /** Runs whose cash first went below zero in each month. */
        final long[] firstBelow;
        /** Runs whose operating break-even month is each month. */
        final long[] breakEvenAt;

        Worker(Model model, Outcome base) {
            this.model = model;
            fan = new MonthlyQuantiles(base.cash());
            firstBelow = new long[base.cash().length];
            breakEvenAt = new long[base.cash().length];
        }

        void add(Outcome o) {
            fan.add(o.cash());
            for (int m = 0; m < o.cash().length; m++) {
                if (o.cash()[m] < BELOW_ZERO) {
                    firstBelow[m]++;
                    break;
                }
            }
            int be = o.operatingBreakEvenMonth();
            if (be >= 0 && be < breakEvenAt.length) {
                breakEvenAt[be]++;
            }
        }

        void merge(Worker other) {
            fan.merge(other.fan);
            for (int m = 0; m < firstBelow.length; m++) {
                firstBelow[m] += other.firstBelow[m];
                breakEvenAt[m] += other.breakEvenAt[m];
            }
        }
    }
}
