package org.carecoop.analysis.uncertainty;

import java.util.Arrays;

/**
 * The distribution of one metric over many runs: mean, standard error and the rest from {@link Moments},
 * and quantiles. The values themselves are kept while there are at most {@code exactLimit} of them (100,000
 * by default: 800 KB), so quantiles are exact for ordinary runs; past that they move into a
 * {@link QuantileSketch} and memory stops growing. Infinite values (a break-even that never comes) are then
 * counted apart, below and above the sketch's values: in the sketch one would stretch its range beyond any
 * use. Mergeable across chunks of runs; merge in chunk order for the same digits whatever the number of
 * threads.
 */
public final class MetricSummary {
    /** The default number of values kept exactly. */
    public static final int DEFAULT_EXACT_LIMIT = 100_000;

    /** Values kept before switching to the sketch. */
    private final int exactLimit;
    /** The sketch's centre (see {@link QuantileSketch}). */
    private final double centre;
    /** Mean, variance, min and max. */
    private final Moments moments = new Moments();
    /** The values while exact; null after switching. */
    private double[] values;
    /** Values held in {@link #values}. */
    private int size;
    /** Whether {@link #values} is sorted up to size. */
    private boolean sorted = true;
    /** The sketch, once there are too many values to keep; null before. */
    private QuantileSketch sketch;
    /** Values of minus infinity, once in the sketch's keeping. */
    private long belowAll;
    /** Values of plus infinity, once in the sketch's keeping. */
    private long aboveAll;

    public MetricSummary() {
        this(DEFAULT_EXACT_LIMIT, 0);
    }

    /**
     * @param exactLimit values kept exactly before switching to a bounded sketch
     * @param centre     the sketch's centre, such as the base plan's value of the metric (see {@link QuantileSketch})
     */
    public MetricSummary(int exactLimit, double centre) {
        this(exactLimit, centre, 64);
    }

    /**
     * @param expected the number of values expected, to make room for them at once (a chunk's runs)
     */
    public MetricSummary(int exactLimit, double centre, int expected) {
        if (exactLimit < 0) {
            throw new IllegalArgumentException("the exact limit cannot be negative");
        }
        this.exactLimit = exactLimit;
        this.centre = centre;
        this.values = new double[Math.max(1, Math.min(exactLimit, expected))];
    }

    public void add(double x) {
        moments.add(x);
        if (Double.isNaN(x)) {
            return;
        }
        if (sketch != null) {
            toSketch(x);
            return;
        }
        if (size == exactLimit) {
            toSketch();
            toSketch(x);
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, (int) Math.min((long) exactLimit, 2L * values.length));
        }
        values[size++] = x;
        sorted = false;
    }

    private void toSketch() {
        sketch = QuantileSketch.centredOn(centre);
        for (int i = 0; i < size; i++) {
            toSketch(values[i]);
        }
        values = null;
        size = 0;
    }

    /** One value (not NaN) into the sketch, or the count of infinities it belongs to. */
    private void toSketch(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            belowAll++;
        } else if (x == Double.POSITIVE_INFINITY) {
            aboveAll++;
        } else {
            sketch.add(x);
        }
    }

    /** Takes in another summary's values; returns this. */
    public MetricSummary merge(MetricSummary other) {
        moments.merge(other.moments);
        if (sketch == null && other.sketch == null && (long) size + other.size <= exactLimit) {
            if (size + other.size > values.length) {
                // grow by half again at least, so merging many chunks copies each value a few times, not once per chunk
                values = Arrays.copyOf(values, (int) Math.min(exactLimit,
                        Math.max((long) size + other.size, values.length + (long) values.length / 2)));
            }
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
            sorted = false;
            return this;
        }
        if (sketch == null) {
            toSketch();
        }
        if (other.sketch != null) {
            sketch.merge(other.sketch);
            belowAll += other.belowAll;
            aboveAll += other.aboveAll;
        } else {
            for (int i = 0; i < other.size; i++) {
                toSketch(other.values[i]);
            }
        }
        return this;
    }

    public Moments moments() {
        return moments;
    }

    public long count() {
        return moments.count();
    }

    public double mean() {
        return moments.mean();
    }

    public double standardError() {
        return moments.standardError();
    }

    /** True while the quantiles are exact. */
    public boolean exact() {
        return sketch == null;
    }

    /**
     * The p quantile, by linear interpolation between order statistics at rank p (n - 1) (Excel's
     * PERCENTILE.INC, R's type 7); within the sketch's relative accuracy once past the exact limit.
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile needs a probability from 0 to 1, found " + p);
        }
        if (sketch != null) {
            return sketchQuantile(p);
        }
        if (size == 0) {
            return Double.NaN;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        return exactQuantile(values, size, p);
    }

    /** Type 7 quantile of the first n sorted values. */
    static double exactQuantile(double[] sorted, int n, double p) {
        double rank = p * (n - 1);
        int below = (int) Math.floor(rank);
        if (below + 1 >= n) {
            return sorted[n - 1];
        }
        return between(sorted[below], sorted[below + 1], rank - below);
    }

    /**
     * The value a share {@code fraction} of the way from lo to hi (lo at most hi): lo itself at no distance or
     * between equal values, so that infinite neighbours give an infinity rather than 0 x infinity.
     */
    private static double between(double lo, double hi, double fraction) {
        if (fraction == 0 || lo == hi) {
            return lo + 0.0;
        }
        return lo + fraction * (hi - lo);
    }

    /** As {@link #exactQuantile}, over the infinities below, the sketch's values and the infinities above. */
    private double sketchQuantile(double p) {
        long n = belowAll + sketch.count() + aboveAll;
        if (n == 0) {
            return Double.NaN;
        }
        if (belowAll == 0 && aboveAll == 0) {
            return sketch.quantile(p);
        }
        double rank = p * (n - 1);
        long below = (long) Math.floor(rank);
        double lo = orderStatistic(below);
        return below + 1 < n ? between(lo, orderStatistic(below + 1), rank - below) : lo;
    }

    /** The k-th smallest value (from 0) in sketch mode: an infinity, or the sketch's estimate. */
    private double orderStatistic(long k) {
        if (k < belowAll) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k >= belowAll + sketch.count()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.min(sketch.max(), Math.max(sketch.min(), sketch.orderStatistic(k - belowAll)));
    }

    /** Receives values with how many times each was seen. */
    @FunctionalInterface
    public interface ValueCounts {
        void accept(double value, long count);
    }

    /**
     * Every finite value with its count: the values themselves, one by one, while they are kept; after, the
     * sketch's buckets, each at its bucket's value (within the sketch's relative accuracy of its distance from
     * the centre) clamped to the exact minimum and maximum. Infinities and values that were not numbers are
     * left out ({@link #notFinite()} counts them).
     */
    public void finiteValues(ValueCounts into) {
        if (sketch == null) {
            for (int i = 0; i < size; i++) {
                if (Double.isFinite(values[i])) {
                    into.accept(values[i], 1);
                }
            }
        } else if (sketch.count() > 0) {
            double lo = sketch.min();
            double hi = sketch.max();
            sketch.buckets((value, count) -> into.accept(Math.max(lo, Math.min(hi, value)), count));
        }
    }

    /** The smallest finite value; NaN when there is none. */
    public double finiteMin() {
        return sketch != null ? sketch.min() : finite(true);
    }

    /** The largest finite value; NaN when there is none. */
    public double finiteMax() {
        return sketch != null ? sketch.max() : finite(false);
    }

    private double finite(boolean lowest) {
        double found = Double.NaN;
        for (int i = 0; i < size; i++) {
            double x = values[i];
            if (Double.isFinite(x) && (Double.isNaN(found) || (lowest ? x < found : x > found))) {
                found = x;
            }
        }
        return found;
    }

    /** Values that are not finite numbers: infinities, and values that were not numbers. */
    public long notFinite() {
        long infinite = belowAll + aboveAll;
        for (int i = 0; i < size; i++) {
            if (Double.isInfinite(values[i])) {
                infinite++;
            }
        }
        return infinite + moments.missing();
    }

    public Percentiles percentiles() {
        return new Percentiles(quantile(0.05), quantile(0.10), quantile(0.50), quantile(0.90), quantile(0.95));
    }
}
