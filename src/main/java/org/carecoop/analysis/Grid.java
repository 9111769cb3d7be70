package org.carecoop.analysis;

import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * A two-way table of one metric over two inputs, each stepped evenly across a range: for example
 * the surplus for each council fee and care worker wage.
 *
 * @param values values[row][column]: row = y value, column = x value
 */
public record Grid(String xPath, double[] xs, String yPath, double[] ys, Metric metric, double[][] values) {

    /** Evenly spaced values from {@code low} to {@code high}, {@code steps} of them. */
    public static double[] steps(double low, double high, int steps) {
        if (steps < 2 || steps > 200) {
            throw new IllegalArgumentException("a grid axis has 2 to 200 steps");
        }
        double[] values = new double[steps];
        for (int i = 0; i < steps; i++) {
            values[i] = low + (high - low) * i / (steps - 1);
        }
        return values;
    }

    /** Runs the plan at every (x, y) pair. */
    public static Grid of(String xPath, double[] xs, String yPath, double[] ys, Metric metric,
                          BiFunction<Double, Double, RunResult> model) {
        return of(xPath, xs, yPath, ys, metric, model, null);
    }

    /** Runs the plan at every (x, y) pair, telling {@code progress} (when not null) the cells done after each. */
    public static Grid of(String xPath, double[] xs, String yPath, double[] ys, Metric metric,
                          BiFunction<Double, Double, RunResult> model, LongConsumer progress) {
        double[][] values = new double[ys.length][xs.length];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                values[r][c] = metric.of(model.apply(xs[c], ys[r]));
                if (progress != null) {
                    progress.accept((long) r * xs.length + c + 1);
                }
            }
        }
        return new Grid(xPath, xs.clone(), yPath, ys.clone(), metric, values);
    }

    /**
     * Whether a cell lies on the break-even frontier: its value is zero or more and a neighbour
     * (left, right, above or below) is below zero. For break-even month, where the plan does or
     * does not break even.
     */
    public boolean onFrontier(int row, int column) {
        if (!(meets(row, column))) {
            return false;
        }
        int[][] around = {{0, -1}, {0, 1}, {-1, 0}, {1, 0}};
        for (int[] d : around) {
            int r = row + d[0];
            int c = column + d[1];
            if (r >= 0 && r < ys.length && c >= 0 && c < xs.length && !meets(r, c)) {
                return true;
            }
        }
        return false;
    }

    /** The cell is on the good side: zero or more, or (for a month) a break-even within the plan. */
    public boolean meets(int row, int column) {
        double v = values[row][column];
        return switch (metric) {
            case BREAK_EVEN_MONTH -> Double.isFinite(v);
            case FUNDING_NEEDED -> v <= 0.005;
            default -> v >= 0;
        };
    }
}
