package org.carecoop.analysis.uncertainty;

/**
 * A normal distribution cut to a range, {@code normal(mean, sd, low, high)}: the draws of
 * {@code normal(mean, sd)} that fall between low and high, in their proportions. The mean and sd name the
 * normal before the cut; {@link #mean()} and {@link #variance()} are those of the cut distribution.
 *
 * <p>Sampled by inverse cdf on the truncated range, x = mean + sd * Phi^-1(Phi(a) + p (Phi(b) - Phi(a)))
 * with a, b the standardised ends; a range in the upper half is reflected into the lower half first, where
 * Phi keeps its digits, so a range well out in either tail is still sampled accurately.
 */
public final class TruncatedNormal implements InputDistribution {
    /** Ranges holding less of the normal than this are refused: the inverse would lose its digits. */
    static final double LEAST_MASS = 1e-9;

    /** The mean of the normal before the cut. */
    private final double mean;
    /** Its standard deviation, above zero. */
    private final double sd;
    /** The lowest value. */
    private final double low;
    /** The highest value. */
    private final double high;
    /** The ends standardised: (low - mean) / sd. */
    private final double alpha;
    /** (high - mean) / sd. */
    private final double beta;
    /** True when the range lies in the upper half and is sampled through its mirror image. */
    private final boolean reflected;
    /** Phi at the lower end of the (possibly mirrored) range. */
    private final double cdfAtStart;
    /** The normal's probability inside the range, Phi(beta) - Phi(alpha). */
    private final double mass;

    private TruncatedNormal(double mean, double sd, double low, double high) {
        this.mean = mean;
        this.sd = sd;
        this.low = low;
        this.high = high;
        this.alpha = (low - mean) / sd;
        this.beta = (high - mean) / sd;
        this.reflected = alpha > 0;
        this.cdfAtStart = StandardNormal.cdf(reflected ? -beta : alpha);
        this.mass = StandardNormal.mass(alpha, beta);
    }

    /**
     * @param low  the lowest value kept (may be minus infinity)
     * @param high the highest value kept (may be plus infinity)
     * @throws IllegalArgumentException unless sd is above zero, low is below high and the range holds a
     *                                  usable share of the normal
     */
    public static TruncatedNormal of(double mean, double sd, double low, double high) {
        return of("normal", mean, sd, low, high);
    }

    static TruncatedNormal of(String name, double mean, double sd, double low, double high) {
        Numbers.finite(name, mean, sd);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException(name + " needs numbers for low and high");
        }
        if (sd <= 0) {
            throw new IllegalArgumentException(name + " needs a standard deviation above zero, found " + Numbers.show(sd));
        }
        if (!(low < high)) {
            throw new IllegalArgumentException(name + " needs low below high, found low " + Numbers.show(low) + " and high "
                    + Numbers.show(high));
        }
        TruncatedNormal t = new TruncatedNormal(mean, sd, low, high);
        if (!(t.mass >= LEAST_MASS)) {
            throw new IllegalArgumentException(name + ": the range " + Numbers.show(low) + " to " + Numbers.show(high)
                    + " holds almost none of the distribution (a share of " + String.format(java.util.Locale.ROOT, "%.1g", t.mass)
                    + "); widen it or move the mean");
        }
        return t;
    }

    /** The normal's probability inside the range, before the cut. */
    double mass() {
        return mass;
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    @Override
    public double inverseCdf(double p) {
        if (p <= 0) {
            return low;
        }
        if (p >= 1) {
            return high;
        }
        double q = reflected ? 1 - p : p;
        double z = StandardNormal.inverse(cdfAtStart + q * mass);
        double x = mean + sd * (reflected ? -z : z);
        return Math.min(high, Math.max(low, x));
    }

    @Override
    public double cdf(double x) {
        if (x <= low) {
            return 0;
        }
        if (x >= high) {
            return 1;
        }
        return Math.min(1, StandardNormal.mass(alpha, (x - mean) / sd) / mass);
    }

    @Override
    public double mean() {
        return mean + sd * shift();
    }

    private double shift() {
        return (StandardNormal.density(alpha) - StandardNormal.density(beta)) / mass;
    }

    @Override
    public double variance() {
        double s = shift();
        double v = 1 + (StandardNormal.zDensity(alpha) - StandardNormal.zDensity(beta)) / mass - s * s;
        return sd * sd * Math.max(0, v);
    }

    @Override
    public String toString() {
        return "normal(" + Numbers.show(mean) + ", " + Numbers.show(sd) + ", " + Numbers.show(low) + ", " + Numbers.show(high) + ")";
    }
}
