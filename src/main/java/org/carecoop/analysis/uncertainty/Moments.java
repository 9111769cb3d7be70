package org.carecoop.analysis.uncertainty;

/**
 * Running count, mean, variance, minimum and maximum of a stream, in constant memory: Welford's update for
 * one value and Chan, Golub and LeVeque's formula to merge two partial results (one per chunk of runs). A
 * mutable accumulator, like {@link java.util.DoubleSummaryStatistics}; not thread-safe, so each chunk keeps
 * its own and they are merged. Merging in a fixed order (by chunk, not by thread) gives the same digits
 * whatever the number of threads. Values that are not numbers are counted as missing and left out.
 */
public final class Moments {
    /** Values taken in. */
    private long count;
    /** Their mean. */
    private double mean;
    /** The sum of squared deviations from the mean (Welford's M2). */
    private double squares;
    /** The smallest value. */
    private double min = Double.POSITIVE_INFINITY;
    /** The largest value. */
    private double max = Double.NEGATIVE_INFINITY;
    /** Values that were not numbers. */
    private long missing;

    public void add(double x) {
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        count++;
        double delta = x - mean;
        mean += delta / count;
        squares += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    /** Takes in another accumulator's values; returns this. */
    public Moments merge(Moments other) {
        missing += other.missing;
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            squares = other.squares;
            min = other.min;
            max = other.max;
            return this;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / n;
        squares += other.squares + delta * delta * ((double) count * other.count / n);
        count = n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    public Moments copy() {
        return new Moments().merge(this);
    }

    public long count() {
        return count;
    }

    public long missing() {
        return missing;
    }

    /** NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The sample variance (divisor n - 1); NaN below two values. */
    public double variance() {
        return count < 2 ? Double.NaN : squares / (count - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** The standard error of the mean, sd / sqrt(n): how far the Monte Carlo mean may be from the true one. */
    public double standardError() {
        return standardDeviation() / Math.sqrt(count);
    }

    /** NaN when empty. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** NaN when empty. */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }
}
