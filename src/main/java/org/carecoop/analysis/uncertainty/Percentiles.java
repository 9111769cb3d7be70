package org.carecoop.analysis.uncertainty;

import java.util.List;

/** The percentiles a Monte Carlo report shows for each metric. */
public record Percentiles(double p5, double p10, double p50, double p90, double p95) {
    /** The probabilities, in order. */
    public static final List<Double> LEVELS = List.of(0.05, 0.10, 0.50, 0.90, 0.95);

    /** The five values in order, for writing rows. */
    public double[] values() {
        return new double[] {p5, p10, p50, p90, p95};
    }
}
