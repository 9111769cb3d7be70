package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * A most likely value with straight-line falling chances out to a minimum and a maximum:
 * {@code triangular(min, mode, max)}, mean (min + mode + max) / 3. Commons Math's distribution, whose
 * inverse is in closed form.
 */
public final class Triangular implements InputDistribution {
    /** The lowest value. */
    private final double min;
    /** The most likely value. */
    private final double mode;
    /** The highest value. */
    private final double max;
    /** Commons Math's triangular distribution (no random generator: we never ask it to sample). */
    private final TriangularDistribution distribution;

    private Triangular(double min, double mode, double max) {
        this.min = min;
        this.mode = mode;
        this.max = max;
        this.distribution = new TriangularDistribution(null, min, mode, max);
    }

    /** @throws IllegalArgumentException unless min &le; mode &le; max and min &lt; max */
    public static Triangular of(double min, double mode, double max) {
        Numbers.finite("triangular", min, mode, max);
        Pert.checkOrder("triangular", min, mode, max);
        return new Triangular(min, mode, max);
    }

    public double min() {
        return min;
    }

    public double mode() {
        return mode;
    }

    public double max() {
        return max;
    }

    @Override
    public double inverseCdf(double p) {
        return p <= 0 ? min : p >= 1 ? max : distribution.inverseCumulativeProbability(p);
    }

    @Override
    public double cdf(double x) {
        return distribution.cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
        return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    @Override
    public String toString() {
        return "triangular(" + Numbers.show(min) + ", " + Numbers.show(mode) + ", " + Numbers.show(max) + ")";
    }
}
