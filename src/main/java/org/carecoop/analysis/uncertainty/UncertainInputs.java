package org.carecoop.analysis.uncertainty;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The uncertain inputs of one analysis: their names (parameter paths such as
 * {@code care_workers.turnover}), their distributions, and how some of them are correlated. It turns a row
 * of independent uniforms from a {@link Sampler} into one value per input.
 */
public final class UncertainInputs {
    /** The inputs' names, in order. */
    private final List<String> names;
    /** Their distributions, in the same order. */
    private final List<InputDistribution> distributions;
    /** The correlations among some of them; null when all are independent. */
    private final Correlations correlations;
    /** For each row of the correlation matrix, the position of that input among all the inputs. */
    private final int[] correlated;

    private UncertainInputs(List<String> names, List<InputDistribution> distributions, Correlations correlations, int[] correlated) {
        this.names = names;
        this.distributions = distributions;
        this.correlations = correlations;
        this.correlated = correlated;
    }

    /** Independent inputs. */
    public static UncertainInputs of(List<String> names, List<InputDistribution> distributions) {
        return of(names, distributions, null);
    }

    /**
     * @param correlations among some of the inputs (by name), or null when all are independent; inputs the
     *                     matrix does not name are independent of the rest
     * @throws IllegalArgumentException when names repeat, the lists differ in length, or the matrix names
     *                                  an input that is not uncertain
     */
    public static UncertainInputs of(List<String> names, List<InputDistribution> distributions, Correlations correlations) {
        List<String> n = List.copyOf(names);
        List<InputDistribution> d = List.copyOf(distributions);
        if (n.size() != d.size()) {
            throw new IllegalArgumentException(n.size() + " names for " + d.size() + " distributions");
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException("no uncertain inputs");
        }
        Set<String> unique = new HashSet<>(n);
        if (unique.size() != n.size()) {
            throw new IllegalArgumentException("an uncertain input is named twice");
        }
        int[] correlated = null;
        if (correlations != null) {
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < n.size(); i++) {
                position.put(n.get(i), i);
            }
            correlated = new int[correlations.size()];
            for (int i = 0; i < correlated.length; i++) {
                Integer p = position.get(correlations.names().get(i));
                if (p == null) {
                    throw new IllegalArgumentException("the correlations name " + correlations.names().get(i)
                            + ", which is not among the uncertain inputs (" + String.join(", ", n) + ")");
                }
                correlated[i] = p;
            }
        }
        return new UncertainInputs(n, d, correlations, correlated);
    }

    public List<String> names() {
        return names;
    }

    public List<InputDistribution> distributions() {
        return distributions;
    }

    public Optional<Correlations> correlations() {
        return Optional.ofNullable(correlations);
    }

    /** The number of inputs, which is the dimension of the uniforms a sampler must give. */
    public int size() {
        return names.size();
    }

    /**
     * Input values from one row of independent uniforms in (0, 1), one per input: correlated by the
     * Gaussian copula where the inputs are correlated, then each through its inverse cdf.
     *
     * @param uniforms one uniform per input (not changed)
     * @param into     receives one value per input
     */
    public void values(double[] uniforms, double[] into) {
        values(uniforms, 0, into);
    }

    /** As {@link #values(double[], double[])}, reading the uniforms from {@code uniforms[offset ...]}. */
    public void values(double[] uniforms, int offset, double[] into) {
        int k = names.size();
        double[] u = new double[k];
        System.arraycopy(uniforms, offset, u, 0, k);
        if (correlations != null) {
            double[] picked = new double[correlated.length];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = u[correlated[i]];
            }
            correlations.correlate(picked, picked);
            for (int i = 0; i < picked.length; i++) {
                u[correlated[i]] = picked[i];
            }
        }
        for (int i = 0; i < k; i++) {
            into[i] = distributions.get(i).inverseCdf(u[i]);
        }
    }

    /** As {@link #values(double[], double[])}, into a new array. */
    public double[] values(double[] uniforms) {
        double[] into = new double[names.size()];
        values(uniforms, into);
        return into;
    }

    /** Each input's mean. */
    public double[] means() {
        return distributions.stream().mapToDouble(InputDistribution::mean).toArray();
    }

    /** Each input's p quantile (0.1 and 0.9 give a tornado's P10 and P90). */
    public double[] quantiles(double p) {
        return distributions.stream().mapToDouble(d -> d.quantile(p)).toArray();
    }
}
