package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The bell curve, {@code normal(mean, sd)}: Commons Math's normal distribution. Unbounded: see {@link TruncatedNormal} to cut it. */
public final class Normal implements InputDistribution {
    /** The mean. */
    private final double mean;
    /** The standard deviation, above zero. */
    private final double sd;
    /** Commons Math's distribution (no random generator: we never ask it to sample). */
    private final NormalDistribution distribution;

    private Normal(double mean, double sd) {
        this.mean = mean;
        this.sd = sd;
        this.distribution = new NormalDistribution(null, mean, sd);
    }

    /** @throws IllegalArgumentException unless the mean is finite and the standard deviation above zero */
    public static Normal of(double mean, double sd) {
        Numbers.finite("normal", mean, sd);
        if (sd <= 0) {
            throw new IllegalArgumentException("normal needs a standard deviation above zero, found " + Numbers.show(sd));
        }
        return new Normal(mean, sd);
    }

    @Override
    public double inverseCdf(double p) {
        return p <= 0 ? Double.NEGATIVE_INFINITY : p >= 1 ? Double.POSITIVE_INFINITY : distribution.inverseCumulativeProbability(p);
    }

    @Override
    public double cdf(double x) {
        return distribution.cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return mean;
    }

    @Override
    public double variance() {
        return sd * sd;
    }

    @Override
    public String toString() {
        return "normal(" + Numbers.show(mean) + ", " + Numbers.show(sd) + ")";
    }
}
