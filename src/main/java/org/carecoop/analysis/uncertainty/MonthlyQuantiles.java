package org.carecoop.analysis.uncertainty;

/**
 * The distribution of a monthly series (cash at each month's end, say) over many runs, for a fan chart:
 * one {@link QuantileSketch} per month, so memory does not grow with the number of runs and no path is
 * kept. Mergeable across chunks of runs, exactly (see {@link QuantileSketch}).
 */
public final class MonthlyQuantiles {
    /** One sketch per month. */
    private final QuantileSketch[] months;

    /** Centred on zero, with the sketch's default accuracy (0.2% of each value). */
    public MonthlyQuantiles(int months) {
        this(new double[months]);
    }

    /**
     * Each month's sketch centred on that month's value in {@code centres}: the base plan's path is a good
     * choice, making the error 0.2% of each quantile's distance from the base plan (see {@link QuantileSketch}).
     */
    public MonthlyQuantiles(double[] centres) {
        this(centres, QuantileSketch.DEFAULT_RELATIVE_ACCURACY, QuantileSketch.DEFAULT_MAX_BUCKETS);
    }

    public MonthlyQuantiles(double[] centres, double relativeAccuracy, int maxBuckets) {
        if (centres.length < 1) {
            throw new IllegalArgumentException("a monthly series needs at least one month, found " + centres.length);
        }
        this.months = new QuantileSketch[centres.length];
        for (int m = 0; m < centres.length; m++) {
            this.months[m] = new QuantileSketch(centres[m], relativeAccuracy, maxBuckets);
        }
    }

    public int months() {
        return months.length;
    }

    /** Takes in one run's path: one value per month. */
    public void add(double[] path) {
        if (path.length != months.length) {
            throw new IllegalArgumentException("a path of " + path.length + " months for a series of " + months.length);
        }
        for (int m = 0; m < path.length; m++) {
            months[m].add(path[m]);
        }
    }

    /** Takes in one value for one month (from 0). */
    public void add(int month, double value) {
        months[month].add(value);
    }

    /** Takes in another's runs; returns this. */
    public MonthlyQuantiles merge(MonthlyQuantiles other) {
        if (other.months.length != months.length) {
            throw new IllegalArgumentException("cannot merge a series of " + other.months.length + " months into one of "
                    + months.length);
        }
        for (int m = 0; m < months.length; m++) {
            months[m].merge(other.months[m]);
        }
        return this;
    }

    /** The p quantile of month {@code month} (from 0). */
    public double quantile(int month, double p) {
        return months[month].quantile(p);
    }

    /** The p quantile of every month: one line of the fan chart (0.05 and 0.95 bound its outer band). */
    public double[] band(double p) {
        double[] band = new double[months.length];
        for (int m = 0; m < months.length; m++) {
            band[m] = months[m].quantile(p);
        }
        return band;
    }

    /** Runs counted in month {@code month}. */
    public long count(int month) {
        return months[month].count();
    }

    /** The sketch of one month. */
    public QuantileSketch month(int month) {
        return months[month];
    }
}
