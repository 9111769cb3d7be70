package org.carecoop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Finds the value of one parameter that just meets a goal: scans the range for where the goal's
 * gap changes sign, then narrows it with Brent's method (Commons Math), and rounds to the unit a
 * person would write (a penny, or a whole number) on the side that meets the goal.
 */
public final class Solver {
    /** Points tried across the range before narrowing in. */
    static final int SCAN_POINTS = 40;

    private Solver() {}

    /**
     * The answer.
     *
     * @param value       the rounded value that meets the goal
     * @param exact       where the gap crosses zero
     * @param atLeast     true when higher values meet the goal ("at least"), false for "at most"
     * @param evaluations runs of the model used
     * @param met         false when no value in the range meets the goal; then value is NaN
     * @param nearest     with met false: the value in the range that comes closest
     * @param rangeLow    the range searched
     */
    public record Solution(boolean met, double value, double exact, boolean atLeast, RunResult run, int evaluations,
                           double nearest, double nearestGap, double rangeLow, double rangeHigh, boolean alreadyMet) {}

    /**
     * @param model  runs the plan with the parameter at a value
     * @param step   the smallest step a person would write: 0.01 for money, 1 for whole numbers,
     *               0.0001 for a percentage
     */
    public static Solution solve(DoubleFunction<RunResult> model, Goal goal, double low, double high, double step) {
        List<double[]> scan = new ArrayList<>();
        int[] evaluations = {0};
        DoubleFunction<Double> gap = x -> {
            evaluations[0]++;
            return goal.gap(model.apply(x));
        };
        for (int i = 0; i <= SCAN_POINTS; i++) {
            double x = low + (high - low) * i / SCAN_POINTS;
            if (step >= 1) {
                x = Math.round(x);
            }
            scan.add(new double[] {x, gap.apply(x)});
        }
        boolean allMet = scan.stream().allMatch(p -> p[1] >= 0);
        int crossing = -1;
        for (int i = 1; i < scan.size(); i++) {
            if ((scan.get(i - 1)[1] >= 0) != (scan.get(i)[1] >= 0)) {
                crossing = i;
                break;
            }
        }
        if (crossing < 0) {
            double[] best = scan.stream().max((a, b) -> Double.compare(a[1], b[1])).orElseThrow();
            return new Solution(allMet, allMet ? best[0] : Double.NaN, Double.NaN, true,
                    allMet ? model.apply(best[0]) : null, evaluations[0], best[0], best[1], low, high, allMet);
        }
        double a = scan.get(crossing - 1)[0];
        double b = scan.get(crossing)[0];
        boolean atLeast = scan.get(crossing)[1] >= 0;
        double exact;
        if (step >= 1) {
            exact = bisectWhole(gap, a, b, atLeast);
        } else {
            try {
                exact = new BrentSolver(step / 100).solve(200, x -> gap.apply(x), a, b);
            } catch (MathIllegalStateException e) {
                exact = (a + b) / 2;
            }
        }
        double value = roundToMeet(gap, exact, step, atLeast);
        return new Solution(true, value, exact, atLeast, model.apply(value), evaluations[0], value, 0, low, high, false);
    }

    /** The whole number nearest the crossing that meets the goal. */
    private static double bisectWhole(DoubleFunction<Double> gap, double a, double b, boolean atLeast) {
        double bad = atLeast ? a : b;
        double good = atLeast ? b : a;
        while (Math.abs(good - bad) > 1) {
            double mid = Math.floor((good + bad) / 2);
            if (gap.apply(mid) >= 0) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    /** Rounds to the step on the side that meets the goal, so the answer fed back meets it. */
    private static double roundToMeet(DoubleFunction<Double> gap, double exact, double step, boolean atLeast) {
        if (step >= 1) {
            return exact;
        }
        double up = Math.ceil(exact / step - 1e-9) * step;
        double down = Math.floor(exact / step + 1e-9) * step;
        double first = atLeast ? up : down;
        double second = atLeast ? up + step : down - step;
        return gap.apply(first) >= 0 ? clean(first, step) : clean(second, step);
    }

    private static double clean(double value, double step) {
        int decimals = Math.max(0, (int) Math.round(-Math.log10(step)));
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
