package org.carecoop.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.carecoop.analysis.uncertainty.InputDistribution;

/**
 * One-at-a-time sensitivity: each uncertain input moved to its 10th and 90th percentile with every
 * other input at its base value, the bars sorted by how far the result swings; and spider data, the
 * result at the 10th, 25th, 50th, 75th and 90th percentile of each input.
 */
public record Tornado(Metric metric, double base, List<Bar> bars) {
    /** The percentiles of the spider lines. */
    public static final double[] SPIDER = {0.10, 0.25, 0.50, 0.75, 0.90};

    public Tornado {
        bars = List.copyOf(bars);
    }

    /** An input with its distribution (or range). */
    public record Input(String path, InputDistribution distribution) {}

    /**
     * @param low        the input at its 10th percentile
     * @param high       the input at its 90th percentile
     * @param atLow      the result with the input at low
     * @param atHigh     the result with the input at high
     * @param spider     the result at each of {@link #SPIDER}'s percentiles of the input
     */
    public record Bar(String path, InputDistribution distribution, double low, double high, double atLow,
                      double atHigh, double[] spider) {
        public double swing() {
            return Math.abs(atHigh - atLow);
        }
    }

    /**
     * @param model the plan run with one input (by path) at a value, the others at base
     */
    public static Tornado of(Metric metric, RunResult base, List<Input> inputs,
                             BiFunction<String, Double, RunResult> model) {
        List<Bar> bars = new ArrayList<>();
        for (Input in : inputs) {
            double[] spider = new double[SPIDER.length];
            for (int i = 0; i < SPIDER.length; i++) {
                spider[i] = metric.of(model.apply(in.path(), in.distribution().quantile(SPIDER[i])));
            }
            // the 10th and 90th percentiles are the first and last spider points
            bars.add(new Bar(in.path(), in.distribution(), in.distribution().quantile(0.10),
                    in.distribution().quantile(0.90), spider[0], spider[SPIDER.length - 1], spider));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Tornado(metric, metric.of(base), bars);
    }
}
