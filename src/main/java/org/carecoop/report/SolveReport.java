package org.carecoop.report;

import java.util.function.DoubleFunction;
import org.carecoop.analysis.Goal;
import org.carecoop.analysis.Solver;
import tools.jackson.databind.node.ObjectNode;

/** A solver's answer: the value, how it was found, and the plan's figures at that value. */
public final class SolveReport {
    private SolveReport() {}

    public static String text(String path, String unit, double current, String note, Goal goal, Solver.Solution s,
                              DoubleFunction<String> display) {
        StringBuilder out = new StringBuilder();
        String shownUnit = unit.isEmpty() || unit.equals("%") || unit.equals("count") ? "" : " " + unit;
        String range = display.apply(s.rangeLow()) + " to " + display.apply(s.rangeHigh());
        if (s.alreadyMet()) {
            out.append("Every value of ").append(path).append(" from ").append(range).append(" meets the goal: ")
                    .append(goal.describe()).append(".\n");
        } else if (!s.met()) {
            out.append("No value of ").append(path).append(" from ").append(range).append(" meets the goal: ")
                    .append(goal.describe()).append(". The closest is at ").append(display.apply(s.nearest()))
                    .append(", where it is missed by ").append(Formats.number(-s.nearestGap(), 0))
                    .append(" (money, in the plan's currency)")
                    .append(". Try --range, or change other inputs first.\n");
            return out.toString();
        } else {
            out.append(path).append(": ").append(s.atLeast() ? "at least " : "at most ").append(display.apply(s.value()))
                    .append(shownUnit).append(" (").append(goal.describe()).append(").\n");
            if (Double.isFinite(current)) {
                out.append("The scenario has ").append(display.apply(current)).append(shownUnit).append(".\n");
            }
        }
        if (!note.isEmpty()) {
            out.append("Note: ").append(note).append(".\n");
        }
        out.append("Found by scanning ").append(range).append(" for where the goal is first met, then Brent's method; ")
                .append(s.evaluations()).append(" runs of the plan. Check it: --set '").append(path).append('=')
                .append(display.apply(s.value())).append("'.\n\n");
        out.append(RunText.render(s.run()));
        return out.toString();
    }

    public static String json(String path, String unit, Goal goal, Solver.Solution s, DoubleFunction<String> display) {
        ObjectNode root = RunJson.object();
        root.put("parameter", path);
        if (s.met()) {
            RunJson.number(root, "value", s.value());
        } else {
            root.putNull("value");
        }
        root.put("unit", unit);
        root.put("target", goal.text());
        root.put("met", s.met());
        root.put("direction", s.atLeast() ? "at least" : "at most");
        RunJson.number(root, "crossing", s.exact());
        root.put("evaluations", s.evaluations());
        ObjectNode searched = root.putObject("range");
        RunJson.number(searched, "low", s.rangeLow());
        RunJson.number(searched, "high", s.rangeHigh());
        if (s.run() != null) {
            RunJson.metrics(root.putObject("metrics"), s.run().scenario(), s.run().metrics());
        } else {
            root.putNull("metrics");
        }
        return RunJson.text(root);
    }
}
