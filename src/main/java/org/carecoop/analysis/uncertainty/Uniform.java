package org.carecoop.analysis.uncertainty;

/**
 * Every value between a low and a high equally likely: {@code uniform(low, high)}. Equal ends make a
 * fixed value, so a range can be narrowed to nothing while testing a plan.
 */
public final class Uniform implements InputDistribution {
    /** The lowest value. */
    private final double low;
    /** The highest value. */
    private final double high;

    private Uniform(double low, double high) {
        this.low = low;
        this.high = high;
    }

    /** @throws IllegalArgumentException when an end is not finite or low is above high */
    public static Uniform of(double low, double high) {
        Numbers.finite("uniform", low, high);
        if (low > high) {
            throw new IllegalArgumentException("uniform: low (" + Numbers.show(low) + ") is above high ("
                    + Numbers.show(high) + ")");
        }
        return new Uniform(low, high);
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    @Override
    public double inverseCdf(double p) {
        return p <= 0 ? low : p >= 1 ? high : Math.min(high, low + p * (high - low));
    }

    @Override
    public double cdf(double x) {
        if (x < low) {
            return 0;
        }
        return x >= high ? 1 : (x - low) / (high - low);
    }

    @Override
    public double mean() {
        return (low + high) / 2;
    }

    @Override
    public double variance() {
        double w = high - low;
        return w * w / 12;
    }

    @Override
    public String toString() {
        return "uniform(" + Numbers.show(low) + ", " + Numbers.show(high) + ")";
    }
}
