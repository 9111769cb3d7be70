package org.carecoop.analysis.uncertainty;

import org.apache.commons.math3.distribution.LogNormalDistribution;

/**
 * A skewed, positive quantity whose logarithm is normal: {@code lognormal(mean, sd)}, optionally cut to
 * {@code lognormal(mean, sd, low, high)}.
 *
 * <p><b>The mean and standard deviation are those of the value itself, not of its logarithm</b>, because
 * that is what a plan's author knows ("sickness absence averages 4% with a standard deviation of 2%").
 * They are converted: sigma^2 = ln(1 + sd^2 / mean^2) and mu = ln(mean) - sigma^2 / 2 are the parameters of
 * the logarithm. With low and high the distribution is cut to that range (the mean and sd still name it
 * before the cut); {@link #mean()} and {@link #variance()} are those of the distribution as sampled.
 *
 * <p>Commons Math's log-normal distribution gives the cdf; its inverse goes through a root finder, so the
 * inverse here is the closed form exp(mu + sigma Phi^-1(p)).
 */
public final class LogNormal implements InputDistribution {
    /** The mean of the value (before any cut). */
    private final double mean;
    /** The standard deviation of the value (before any cut). */
    private final double sd;
    /** The mean of the value's logarithm. */
    private final double mu;
    /** The standard deviation of the value's logarithm. */
    private final double sigma;
    /** The lowest value kept: 0 when uncut. */
    private final double low;
    /** The highest value kept: infinity when uncut. */
    private final double high;
    /** The cut, as a truncated normal of the logarithm; null when uncut. */
    private final TruncatedNormal logOfCut;
    /** Commons Math's distribution of the uncut value (no random generator: we never ask it to sample). */
    private final LogNormalDistribution distribution;

    private LogNormal(double mean, double sd, double low, double high, TruncatedNormal logOfCut) {
        this.mean = mean;
        this.sd = sd;
        double cv = sd / mean;
        double variance = Math.log1p(cv * cv);
        this.sigma = Math.sqrt(variance);
        this.mu = Math.log(mean) - variance / 2;
        this.low = low;
        this.high = high;
        this.logOfCut = logOfCut;
        this.distribution = new LogNormalDistribution(null, mu, sigma, LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    /**
     * @param mean the mean of the value, above zero
     * @param sd   the standard deviation of the value, above zero
     * @throws IllegalArgumentException unless both are finite and above zero
     */
    public static LogNormal of(double mean, double sd) {
        check(mean, sd);
        return new LogNormal(mean, sd, 0, Double.POSITIVE_INFINITY, null);
    }

    /**
     * A log-normal cut to [low, high]; a low of zero or less cuts nothing at the bottom.
     *
     * @throws IllegalArgumentException also when low is not below high, high is not above zero, or the
     *                                  range holds almost none of the distribution
     */
    public static LogNormal of(double mean, double sd, double low, double high) {
        check(mean, sd);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("lognormal needs numbers for low and high");
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("lognormal needs low below high, found low " + Numbers.show(low)
                    + " and high " + Numbers.show(high));
        }
        if (high <= 0) {
            throw new IllegalArgumentException("lognormal takes only values above zero, so high (" + Numbers.show(high)
                    + ") must be above zero");
        }
        LogNormal uncut = new LogNormal(mean, sd, 0, Double.POSITIVE_INFINITY, null);
        double logLow = low <= 0 ? Double.NEGATIVE_INFINITY : Math.log(low);
        TruncatedNormal cut = TruncatedNormal.of("lognormal", uncut.mu, uncut.sigma, logLow, Math.log(high));
        return new LogNormal(mean, sd, Math.max(0, low), high, cut);
    }

    private static void check(double mean, double sd) {
        Numbers.finite("lognormal", mean, sd);
        if (mean <= 0) {
            throw new IllegalArgumentException("lognormal needs a mean above zero, found " + Numbers.show(mean));
        }
        if (sd <= 0) {
            throw new IllegalArgumentException("lognormal needs a standard deviation above zero, found " + Numbers.show(sd));
        }
    }

    /** The mean of the value's logarithm. */
    public double mu() {
        return mu;
    }

    /** The standard deviation of the value's logarithm. */
    public double sigma() {
        return sigma;
    }

    @Override
    public double inverseCdf(double p) {
        if (logOfCut != null) {
            return Math.min(high, Math.max(low, Math.exp(logOfCut.inverseCdf(p))));
        }
        return p <= 0 ? 0 : p >= 1 ? Double.POSITIVE_INFINITY : Math.exp(mu + sigma * StandardNormal.inverse(p));
    }

    @Override
    public double cdf(double x) {
        if (logOfCut != null) {
            return x <= low ? 0 : x >= high ? 1 : logOfCut.cdf(Math.log(x));
        }
        return distribution.cumulativeProbability(x);
    }

    @Override
    public double mean() {
        return logOfCut == null ? mean : partialMoment(1);
    }

    @Override
    public double variance() {
        if (logOfCut == null) {
            return sd * sd;
        }
        double m = partialMoment(1);
        return Math.max(0, partialMoment(2) - m * m);
    }

    /** E[X^k] for the cut distribution: exp(k mu + k^2 sigma^2 / 2) (Phi(b - k sigma) - Phi(a - k sigma)) / (Phi(b) - Phi(a)). */
    private double partialMoment(int k) {
        double a = low <= 0 ? Double.NEGATIVE_INFINITY : (Math.log(low) - mu) / sigma;
        double b = (Math.log(high) - mu) / sigma;
        return Math.exp(k * mu + k * k * sigma * sigma / 2) * StandardNormal.mass(a - k * sigma, b - k * sigma) / logOfCut.mass();
    }

    @Override
    public String toString() {
        String base = "lognormal(" + Numbers.show(mean) + ", " + Numbers.show(sd);
        return logOfCut == null ? base + ")" : base + ", " + Numbers.show(low) + ", " + Numbers.show(high) + ")";
    }
}
