package org.carecoop.analysis.uncertainty;

import java.util.List;

/**
 * The distribution of one uncertain input to the plan, such as a council's fee per hour or care
 * workers' turnover. Samplers draw uniforms in (0, 1) and feed them through {@link #inverseCdf}, so one
 * method serves random, Latin hypercube and Sobol sampling alike, and a Gaussian copula can correlate
 * inputs before they reach it.
 *
 * <p>Implementations are small immutable classes with validating {@code of(...)} factories that throw
 * {@link IllegalArgumentException} saying what is wrong. {@link #of(String, List, List)} builds one from
 * the written form a scenario's {@code uncertainty:} section holds (already parsed into a name, numbers
 * and, for {@code discrete}, weights).
 */
public sealed interface InputDistribution
        permits Uniform, Triangular, Pert, Normal, TruncatedNormal, LogNormal, Discrete {

    /**
     * The value below which a share {@code p} of draws falls, for {@code p} in [0, 1]: the lowest
     * possible value at 0, the highest at 1 (infinite for an unbounded distribution). The samplers' hot
     * path: it does not check its argument (see {@link #quantile}).
     */
    double inverseCdf(double p);

    /** The share of draws at or below {@code x}. */
    double cdf(double x);

    /** The expected value. */
    double mean();

    /** The variance (zero for a fixed value). */
    double variance();

    /** The standard deviation. */
    default double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * The {@code p} quantile, checking that {@code p} is a probability: {@code quantile(0.1)} and
     * {@code quantile(0.9)} are the P10 and P90 a tornado swings an input between.
     */
    default double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile needs a probability from 0 to 1, found " + p);
        }
        return inverseCdf(p);
    }

    /**
     * Builds a distribution from its written form, in the shape of the scenario's parsed
     * {@code Distributions.Spec}: {@code uniform(low, high)}, {@code triangular(min, mode, max)},
     * {@code pert(min, mode, max)}, {@code normal(mean, sd)}, {@code normal(mean, sd, low, high)} (truncated),
     * {@code lognormal(mean, sd)} and {@code lognormal(mean, sd, low, high)} (the mean and standard deviation
     * of the value itself, not of its logarithm), and {@code discrete} with one weight per value.
     *
     * @param name    the distribution's name, lower case
     * @param args    its numbers (percentages already as fractions); for discrete, the values
     * @param weights for discrete, one weight per value; empty for the others
     * @throws IllegalArgumentException naming the distribution and what is wrong with its numbers
     */
    static InputDistribution of(String name, List<Double> args, List<Double> weights) {
        if (name == null || args == null || weights == null) {
            throw new IllegalArgumentException("a distribution needs a name, numbers and weights");
        }
        if (!name.equals("discrete") && !weights.isEmpty()) {
            throw new IllegalArgumentException(name + " takes no weights; only discrete does");
        }
        double[] a = args.stream().mapToDouble(Double::doubleValue).toArray();
        return switch (name) {
            case "uniform" -> {
                arity(name, a, "uniform(low, high)", 2);
                yield Uniform.of(a[0], a[1]);
            }
            case "triangular" -> {
                arity(name, a, "triangular(min, mode, max)", 3);
                yield Triangular.of(a[0], a[1], a[2]);
            }
            case "pert" -> {
                arity(name, a, "pert(min, mode, max)", 3);
                yield Pert.of(a[0], a[1], a[2]);
            }
            case "normal" -> {
                arity(name, a, "normal(mean, sd) or normal(mean, sd, low, high)", 2, 4);
                yield a.length == 2 ? Normal.of(a[0], a[1]) : TruncatedNormal.of(a[0], a[1], a[2], a[3]);
            }
            case "lognormal" -> {
                arity(name, a, "lognormal(mean, sd) or lognormal(mean, sd, low, high)", 2, 4);
                yield a.length == 2 ? LogNormal.of(a[0], a[1]) : LogNormal.of(a[0], a[1], a[2], a[3]);
            }
            case "discrete" -> Discrete.of(args, weights);
            default -> throw new IllegalArgumentException("unknown distribution '" + name
                    + "'; one of: uniform, triangular, pert, normal, lognormal, discrete");
        };
    }

    private static void arity(String name, double[] args, String form, int... counts) {
        for (int count : counts) {
            if (args.length == count) {
                return;
            }
        }
        throw new IllegalArgumentException(name + " takes " + form + ", found " + args.length + " number"
                + (args.length == 1 ? "" : "s"));
    }
}
