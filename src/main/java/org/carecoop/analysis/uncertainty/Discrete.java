package org.carecoop.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A few possible values with weights: {@code discrete(0.9: 1, 1.0: 2, 1.1: 1)}. The weights need not add
 * up to one; they are shares of their total. Values are ordered by size, so a larger uniform always gives
 * a value at least as large (which rank correlation and copulas rely on). Values of zero weight are never
 * drawn; a value written twice has the sum of its weights.
 */
public final class Discrete implements InputDistribution {
    /** The values as written, for {@link #toString()}. */
    private final double[] writtenValues;
    /** Their weights as written. */
    private final double[] writtenWeights;
    /** The values of positive weight, in increasing order. */
    private final double[] values;
    /** The probability of each of those values or a smaller one; the last is exactly 1. */
    private final double[] cumulative;

    private Discrete(double[] writtenValues, double[] writtenWeights) {
        this.writtenValues = writtenValues;
        this.writtenWeights = writtenWeights;
        List<double[]> pairs = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < writtenValues.length; i++) {
            if (writtenWeights[i] > 0) {
                pairs.add(new double[] {writtenValues[i], writtenWeights[i]});
                total += writtenWeights[i];
            }
        }
        pairs.sort(Comparator.comparingDouble(p -> p[0]));
        // a value written twice is one value with the two weights added
        List<double[]> merged = new ArrayList<>();
        for (double[] pair : pairs) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last[0] == pair[0]) {
                last[1] += pair[1];
            } else {
                merged.add(pair.clone());
            }
        }
        values = new double[merged.size()];
        cumulative = new double[merged.size()];
        double running = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = merged.get(i)[0];
            running += merged.get(i)[1];
            cumulative[i] = running / total;
        }
        cumulative[values.length - 1] = 1;
    }

    /**
     * @throws IllegalArgumentException unless there is one weight per value, at least one value, every
     *                                  number is finite, no weight is below zero and not all are zero
     */
    public static Discrete of(List<Double> values, List<Double> weights) {
        if (values.size() != weights.size()) {
            throw new IllegalArgumentException("discrete needs one weight per value, found " + values.size() + " values and "
                    + weights.size() + " weights");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("discrete needs at least one 'value: weight' pair");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        Numbers.finite("discrete", v);
        Numbers.finite("discrete", w);
        if (Arrays.stream(w).anyMatch(x -> x < 0) || Arrays.stream(w).sum() <= 0) {
            throw new IllegalArgumentException("discrete weights must be zero or more and not all zero");
        }
        return new Discrete(v, w);
    }

    @Override
    public double inverseCdf(double p) {
        if (p <= 0) {
            return values[0];
        }
        int i = Arrays.binarySearch(cumulative, p);
        // the first value whose cumulative probability reaches p
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && cumulative[i - 1] == p) {
                i--;
            }
        }
        return values[Math.min(i, values.length - 1)];
    }

    @Override
    public double cdf(double x) {
        int i = Arrays.binarySearch(values, x);
        int below = i >= 0 ? i : -i - 2;   // the last value at or below x
        return below < 0 ? 0 : cumulative[below];
    }

    @Override
    public double mean() {
        double sum = 0;
        double previous = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i] * (cumulative[i] - previous);
            previous = cumulative[i];
        }
        return sum;
    }

    @Override
    public double variance() {
        double m = mean();
        double sum = 0;
        double previous = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - m;
            sum += d * d * (cumulative[i] - previous);
            previous = cumulative[i];
        }
        return sum;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("discrete(");
        for (int i = 0; i < writtenValues.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Numbers.show(writtenValues[i])).append(": ").append(Numbers.show(writtenWeights[i]));
        }
        return s.append(')').toString();
    }
}
