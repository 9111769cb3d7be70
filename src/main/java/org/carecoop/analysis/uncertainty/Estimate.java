package org.carecoop.analysis.uncertainty;

/**
 * An estimate with its confidence interval.
 *
 * @param value the estimate
 * @param low   the interval's lower end (NaN when no interval was computed)
 * @param high  its upper end
 */
public record Estimate(double value, double low, double high) {

    /** True when x lies within the interval. */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }

    /** Half the interval's width. */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
