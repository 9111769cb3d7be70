package org.carecoop.analysis.uncertainty;

/**
 * Quantiles of a stream in bounded memory, with a guaranteed relative error: a logarithmic histogram in the
 * manner of DDSketch (Masson, Rim and Lee 2019), of each value's distance d = x - c from a centre c fixed
 * in advance. d is counted in bucket ceil(log_gamma |d|) of its sign, with gamma = (1 + a) / (1 - a); each
 * bucket stands for the distance 2 gamma^i / (gamma + 1), which is within a relative {@code a} of every
 * distance in it. So each order statistic the sketch returns is within a |x - c| of the true one, and an
 * interpolated quantile within a max(|x_lo - c|, |x_hi - c|) of the exact (type 7, linear) quantile;
 * distances within 1e-9 of zero count as zero. The result is clamped to the exact minimum and maximum,
 * which are kept.
 *
 * <p><b>Choose the centre well.</b> The error is relative to the distance from the centre, so a centre of 0
 * suits values spread widely around zero, but a narrow band far from zero (cash in the plan's first month,
 * say: 60,000 give or take 200) needs a centre inside it, or 0.2% of 60,000 would swamp the spread. The
 * base plan's value is a good centre: then the error is 0.2% of each quantile's distance from the base.
 *
 * <p>Memory is at most {@code maxBuckets} counts per sign (and up to twice that again as room to grow): with
 * the defaults (a = 0.2%, 4096 buckets) that spans distances over a factor of 10^7 (pennies to a hundred
 * thousand pounds) before the distances nearest zero are folded together, at most 200 KB a sketch. Counts are whole numbers, so merging two sketches is exact and
 * the result does not depend on the order of values or merges: the same seed gives the same fan chart
 * however many threads ran it. StrictMath keeps the bucket of a value the same on every machine.
 */
public final class QuantileSketch {
    /** The default relative accuracy: 0.2% of the value, below the sampling error of a P95 from 100,000 runs in typical plans. */
    public static final double DEFAULT_RELATIVE_ACCURACY = 0.002;
    /** The default limit of buckets per sign. */
    public static final int DEFAULT_MAX_BUCKETS = 4096;
    /** Magnitudes at or below this count as zero. */
    static final double ZERO = 1e-9;

    /** The centre c the distances are measured from. */
    private final double centre;
    /** The relative accuracy a. */
    private final double relativeAccuracy;
    /** The bucket ratio gamma = (1 + a) / (1 - a). */
    private final double gamma;
    /** ln(gamma). */
    private final double logGamma;
    /** The limit of buckets per sign. */
    private final int maxBuckets;
    /** Counts of positive values by bucket. */
    private final BucketStore positive;
    /** Counts of negative values by bucket of their magnitude. */
    private final BucketStore negative;
    /** Values within {@link #ZERO} of zero. */
    private long zeros;
    /** The smallest value. */
    private double min = Double.POSITIVE_INFINITY;
    /** The largest value. */
    private double max = Double.NEGATIVE_INFINITY;
    /** Values that were not numbers, left out. */
    private long missing;

    /** A sketch centred on zero, with the default accuracy. */
    public QuantileSketch() {
        this(0, DEFAULT_RELATIVE_ACCURACY, DEFAULT_MAX_BUCKETS);
    }

    /** A sketch centred on {@code centre} (such as the base plan's value), with the default accuracy. */
    public static QuantileSketch centredOn(double centre) {
        return new QuantileSketch(centre, DEFAULT_RELATIVE_ACCURACY, DEFAULT_MAX_BUCKETS);
    }

    /**
     * @param centre           the value distances are measured from (see above)
     * @param relativeAccuracy the relative error allowed, above 0 and below 1 (0.002 is 0.2%)
     * @param maxBuckets       the limit of buckets per sign, at least 16
     */
    public QuantileSketch(double centre, double relativeAccuracy, int maxBuckets) {
        if (!Double.isFinite(centre)) {
            throw new IllegalArgumentException("a sketch's centre must be a finite number, found " + centre);
        }
        if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
            throw new IllegalArgumentException("a relative accuracy lies between 0 and 1, found " + relativeAccuracy);
        }
        if (maxBuckets < 16) {
            throw new IllegalArgumentException("a sketch needs at least 16 buckets, found " + maxBuckets);
        }
        this.centre = centre;
        this.relativeAccuracy = relativeAccuracy;
        this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
        this.logGamma = StrictMath.log(gamma);
        this.maxBuckets = maxBuckets;
        this.positive = new BucketStore(maxBuckets);
        this.negative = new BucketStore(maxBuckets);
    }

    public void add(double x) {
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        double d = x - centre;
        if (d > ZERO) {
            positive.add(index(d), 1);
        } else if (d < -ZERO) {
            negative.add(index(-d), 1);
        } else {
            zeros++;
        }
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    private int index(double magnitude) {
        if (magnitude == Double.POSITIVE_INFINITY) {
            magnitude = Double.MAX_VALUE;
        }
        return (int) Math.ceil(StrictMath.log(magnitude) / logGamma);
    }

    private double value(int index) {
        return 2 * StrictMath.exp(index * logGamma) / (gamma + 1);
    }

    /**
     * Takes in another sketch's values; returns this.
     *
     * @throws IllegalArgumentException when the sketches differ in centre, accuracy or bucket limit
     */
    public QuantileSketch merge(QuantileSketch other) {
        if (other.centre != centre || other.relativeAccuracy != relativeAccuracy || other.maxBuckets != maxBuckets) {
            throw new IllegalArgumentException("only sketches of the same centre, accuracy and size merge");
        }
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
        missing += other.missing;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /** Values counted (not counting missing ones). */
    public long count() {
        return positive.total() + negative.total() + zeros;
    }

    public long missing() {
        return missing;
    }

    public double centre() {
        return centre;
    }

    public double relativeAccuracy() {
        return relativeAccuracy;
    }

    /** NaN when empty. */
    public double min() {
        return count() == 0 ? Double.NaN : min;
    }

    /** NaN when empty. */
    public double max() {
        return count() == 0 ? Double.NaN : max;
    }

    /**
     * The p quantile, interpolated linearly between order statistics at rank p (n - 1) like Excel's
     * PERCENTILE.INC; NaN when empty.
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile needs a probability from 0 to 1, found " + p);
        }
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        double rank = p * (n - 1);
        long below = (long) Math.floor(rank);
        double lo = orderStatistic(below);
        double hi = below + 1 < n ? orderStatistic(below + 1) : lo;
        double q = lo + (rank - below) * (hi - lo);
        return Math.min(max, Math.max(min, q));
    }

    /** The approximate k-th smallest value (from 0): the exact minimum and maximum at the ends. */
    double orderStatistic(long k) {
        if (k == 0) {
            return min;
        }
        if (k == count() - 1) {
            return max;
        }
        long seen = 0;
        if (negative.total() > 0) {
            for (int i = negative.highest(); i >= negative.lowest(); i--) {
                seen += negative.count(i);
                if (k < seen) {
                    return centre - value(i);
                }
            }
        }
        seen += zeros;
        if (k < seen) {
            return centre;
        }
        for (int i = positive.lowest(); i <= positive.highest(); i++) {
            seen += positive.count(i);
            if (k < seen) {
                return centre + value(i);
            }
        }
        return max;
    }

    /**
     * Each occupied bucket, lowest value first, with the value it stands for (the centre for the values
     * counted as zero distance) and its count.
     */
    void buckets(MetricSummary.ValueCounts into) {
        if (negative.total() > 0) {
            for (int i = negative.highest(); i >= negative.lowest(); i--) {
                long c = negative.count(i);
                if (c > 0) {
                    into.accept(centre - value(i), c);
                }
            }
        }
        if (zeros > 0) {
            into.accept(centre, zeros);
        }
        if (positive.total() > 0) {
            for (int i = positive.lowest(); i <= positive.highest(); i++) {
                long c = positive.count(i);
                if (c > 0) {
                    into.accept(centre + value(i), c);
                }
            }
        }
    }

    /** Buckets of memory in use (both signs). */
    int footprint() {
        return positive.capacity() + negative.capacity();
    }
}
