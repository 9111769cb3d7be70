package org.carecoop.report;

import java.util.List;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.Estimate;
import org.carecoop.analysis.uncertainty.SobolResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sobol indices as a terminal summary or JSON (snake_case keys; the same run gives the same bytes). */
public final class SobolReport {
    private SobolReport() {}

    /**
     * @param metrics the metrics, the chosen one first
     * @param results their indices, in the same order
     */
    public static String text(List<Metric> metrics, List<SobolResult> results, long seed) {
        SobolResult main = results.get(0);
        Metric chosen = metrics.get(0);
        int k = main.inputs().size();
        String level = Formats.number(main.confidence() * 100, 0) + "%";
        StringBuilder out = new StringBuilder();
        out.append("Sobol indices: ").append(Formats.number(main.baseSamples(), 0)).append(" base samples, ").append(k)
                .append(" uncertain input").append(k == 1 ? "" : "s").append(", ")
                .append(Formats.number(main.evaluations(), 0)).append(" runs of the plan (N(k+2)), seed ").append(seed)
                .append(", ").append(level).append(" bootstrap intervals\n\n");

        out.append("What explains the variance of the ").append(name(chosen)).append(" (").append(chosen.key())
                .append("):\n");
        for (String line : sentences(chosen, main)) {
            out.append("- ").append(line).append('\n');
        }
        out.append('\n');

        TextTable table = new TextTable(List.of("input", "first order S1", level, "total order ST", level));
        for (int i = 0; i < k; i++) {
            Estimate s1 = main.firstOrder().get(i);
            Estimate st = main.totalOrder().get(i);
            table.add(List.of(main.inputs().get(i), index(s1.value()), interval(s1), index(st.value()), interval(st)));
        }
        out.append(table.render())
                .append("(S1: the share of the variance the input explains alone; ST: alone and through its "
                        + "interactions with the others)\n\n");

        out.append("The other results: the input that explains most of each alone\n\n");
        TextTable others = new TextTable(List.of("result", "input", "S1", "ST"));
        for (int m = 1; m < metrics.size(); m++) {
            SobolResult r = results.get(m);
            int top = top(r);
            others.add(top < 0 ? List.of(metrics.get(m).key(), "(does not vary)", "", "")
                    : List.of(metrics.get(m).key(), r.inputs().get(top), index(r.firstOrder().get(top).value()),
                            index(r.totalOrder().get(top).value())));
        }
        out.append(others.render()).append("(every index of every result in --format json)\n");
        return out.toString();
    }

    public static String json(List<Metric> metrics, List<SobolResult> results, String scenario, String variant,
                              int samples, long seed) {
        ObjectNode root = RunJson.object();
        root.put("scenario", scenario);
        root.put("variant", variant);     // null when there is none
        root.put("samples", samples);
        root.put("seed", seed);
        root.put("runs", results.get(0).evaluations());
        root.put("metric", metrics.get(0).key());
        ArrayNode array = root.putArray("results");
        for (int m = 0; m < metrics.size(); m++) {
            SobolResult r = results.get(m);
            ObjectNode node = array.addObject();
            node.put("metric", metrics.get(m).key());
            ArrayNode indices = node.putArray("indices");
            for (int i = 0; i < r.inputs().size(); i++) {
                ObjectNode index = indices.addObject();
                index.put("input", r.inputs().get(i));
                estimate(index, "first_order", r.firstOrder().get(i));
                estimate(index, "total_order", r.totalOrder().get(i));
            }
        }
        return RunJson.text(root);
    }

    /** The findings in plain words, as SobolResult gives them, or why there are none. */
    public static List<String> sentences(Metric metric, SobolResult r) {
        if (Double.isNaN(r.variance())) {
            return List.of("the " + name(metric) + " cannot be shared out between the inputs: some runs give no number");
        }
        return r.sentences("the " + name(metric));
    }

    private static void estimate(ObjectNode node, String key, Estimate e) {
        RunJson.number(node, key, e.value());
        RunJson.number(node, key + "_low", e.low());
        RunJson.number(node, key + "_high", e.high());
    }

    /** The input with the largest first-order index; -1 when the result does not vary. */
    private static int top(SobolResult r) {
        if (!(r.variance() > 0)) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i < r.inputs().size(); i++) {
            if (r.firstOrder().get(i).value() > r.firstOrder().get(best).value()) {
                best = i;
            }
        }
        return best;
    }

    /** A metric's label without its note in brackets, for a sentence or a heading. */
    public static String name(Metric metric) {
        String label = metric.label();
        int bracket = label.indexOf(" (");
        return bracket < 0 ? label : label.substring(0, bracket);
    }

    /** An index to two places; a small negative estimate (noise about zero) shows as 0.00, not -0.00. */
    private static String index(double value) {
        return Formats.number(Math.abs(value) < 0.005 ? 0 : value, 2);
    }

    private static String interval(Estimate e) {
        return Double.isFinite(e.low()) ? index(e.low()) + " to " + index(e.high()) : "n/a";
    }
}
