package org.carecoop.analysis.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sobol sensitivity indices of one output (metric) with respect to each uncertain input.
 *
 * @param inputs       the inputs' names, in order
 * @param firstOrder   each input's first-order index: the share of the output's variance it explains alone
 * @param totalOrder   each input's total-order index: the share it is involved in, alone or with others
 * @param mean         the output's mean over the base samples A and B
 * @param variance     the output's variance over A and B (zero when it does not vary: the indices are then NaN)
 * @param baseSamples  N, the rows of each of the matrices A and B
 * @param evaluations  runs of the model, N (k + 2)
 * @param confidence   the level of the bootstrap intervals, such as 0.95
 */
public record SobolResult(List<String> inputs, List<Estimate> firstOrder, List<Estimate> totalOrder, double mean,
                          double variance, int baseSamples, long evaluations, double confidence) {

    public SobolResult {
        inputs = List.copyOf(inputs);
        firstOrder = List.copyOf(firstOrder);
        totalOrder = List.copyOf(totalOrder);
    }

    public Estimate firstOrder(String input) {
        return firstOrder.get(position(input));
    }

    public Estimate totalOrder(String input) {
        return totalOrder.get(position(input));
    }

    private int position(String input) {
        int i = inputs.indexOf(input);
        if (i < 0) {
            throw new IllegalArgumentException("'" + input + "' is not among the inputs (" + String.join(", ", inputs) + ")");
        }
        return i;
    }

    /** The share of the variance the inputs explain only together: 1 minus the sum of first-order indices. */
    public double interactions() {
        return 1 - firstOrder.stream().mapToDouble(Estimate::value).sum();
    }

    /**
     * Plain-words findings for a metric such as "the lowest cash", inputs in order of first-order index:
     * "turnover alone explains 41% of the variance of the lowest cash", then a line on interactions when
     * they matter.
     */
    public List<String> sentences(String metric) {
        List<String> lines = new ArrayList<>();
        if (!(variance > 0)) {
            lines.add(metric + " does not vary with these inputs");
            return lines;
        }
        IntStream.range(0, inputs.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -firstOrder.get(i).value()))
                .forEach(i -> lines.add(SobolAnalysis.explain(inputs.get(i), metric, firstOrder.get(i).value())));
        double together = interactions();
        if (together >= 0.05) {
            lines.add("the inputs together, through their interactions, explain a further " + Numbers.percent(together)
                    + " of the variance of " + metric);
        }
        return lines;
    }
}
