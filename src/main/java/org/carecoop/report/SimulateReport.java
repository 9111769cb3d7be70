package org.carecoop.report;

import java.time.YearMonth;
import java.util.List;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.MetricSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A Monte Carlo simulation as a terminal summary or JSON (snake_case keys; the same run gives the same bytes). */
public final class SimulateReport {
    /** The percentiles reported for each metric. */
    private static final double[] PERCENTILES = {0.05, 0.10, 0.50, 0.90, 0.95};
    private static final String[] PERCENTILE_KEYS = {"p5", "p10", "p50", "p90", "p95"};
    /** The mean is "known well enough" when its 95% half-width is within this share of the P5 to P95 spread. */
    private static final double ENOUGH = 0.02;
    /** Width of the rank-correlation bars. */
    private static final int WIDTH = 30;

    private SimulateReport() {}

    public static String text(Simulation.Result r, String currency, YearMonth start) {
        Simulation.Settings s = r.settings();
        StringBuilder out = new StringBuilder();
        out.append("Monte Carlo: ").append(Formats.number(s.iterations(), 0)).append(" runs, ")
                .append(s.sampling().label()).append(" sampling, seed ").append(s.seed()).append(", ")
                .append(r.inputs().size()).append(" uncertain input").append(r.inputs().size() == 1 ? "" : "s").append("\n\n");

        TextTable metrics = new TextTable(List.of("result", "base", "mean", "P5", "P10", "P50", "P90", "P95"));
        for (Simulation.MetricResult m : r.metrics()) {
            Metric metric = m.metric();
            MetricSummary sum = m.summary();
            metrics.add(List.of((metric == r.chosen() ? "* " : "") + metric.key(), show(metric, currency, start, m.base()),
                    show(metric, currency, start, sum.mean()), show(metric, currency, start, sum.quantile(0.05)),
                    show(metric, currency, start, sum.quantile(0.10)), show(metric, currency, start, sum.quantile(0.50)),
                    show(metric, currency, start, sum.quantile(0.90)), show(metric, currency, start, sum.quantile(0.95))));
        }
        out.append(metrics.render()).append("(* the chosen result)\n\n");
        out.append(precision(r, currency)).append("\n\n");

        out.append("Cash falls below zero at some point in ").append(Formats.percent(r.cashBelowZero())).append(" of runs");
        int ten = r.monthBelowZeroExceeds(0.10);
        int half = r.monthBelowZeroExceeds(0.50);
        out.append("; the chance passes 10% ").append(ten < 0 ? "never" : "by " + start.plusMonths(ten))
                .append(" and 50% ").append(half < 0 ? "never" : "by " + start.plusMonths(half)).append(".\n");
        out.append("Operating break-even (every month from then on at or above zero) by the end of:");
        for (int y = 0; y < r.yearEnds().length; y++) {
            out.append(y == 0 ? " " : ", ").append("year ").append(y + 1).append(' ')
                    .append(Formats.percent(r.breakEvenByYear()[y]));
        }
        out.append(".\n\n");

        out.append("What drives the ").append(r.chosen().label()).append(" (Spearman rank correlation over the runs):\n\n");
        TextTable drivers = new TextTable(List.of("input", "distribution", "rho", ""));
        for (Simulation.RankCorrelation c : r.correlations()) {
            String dist = r.inputs().stream().filter(i -> i.path().equals(c.path())).findFirst()
                    .map(Simulation.InputResult::distribution).orElse("");
            int length = Double.isFinite(c.rho()) ? (int) Math.round(WIDTH * Math.abs(c.rho())) : 0;
            drivers.add(List.of(c.path(), dist, Double.isFinite(c.rho()) ? Formats.number(c.rho(), 2) : "n/a",
                    (c.rho() < 0 ? "-" : "+").repeat(length)));
        }
        out.append(drivers.render()).append('\n');

        out.append("Cash at the end of each plan year (fan: P5, P25, P50, P75, P95):\n\n");
        TextTable fan = new TextTable(List.of("month", "base", "P5", "P25", "P50", "P75", "P95"));
        for (int end : r.yearEnds()) {
            fan.add(List.of(start.plusMonths(end).toString(), Formats.money(currency, r.baseCash()[end]),
                    Formats.money(currency, r.fan()[0][end]), Formats.money(currency, r.fan()[1][end]),
                    Formats.money(currency, r.fan()[2][end]), Formats.money(currency, r.fan()[3][end]),
                    Formats.money(currency, r.fan()[4][end])));
        }
        out.append(fan.render()).append("(every month in --format json)\n");
        return out.toString();
    }

    /**
     * The standard error in plain words: "the mean lowest cash is known to within ±£1,234 (95%)", and whether
     * that is small next to the spread of the results.
     */
    public static String precision(Simulation.Result r, String currency) {
        Simulation.MetricResult m = r.main();
        MetricSummary sum = m.summary();
        double halfWidth = 1.96 * sum.standardError();
        if (!Double.isFinite(halfWidth)) {
            return "The mean " + m.metric().label() + " has no standard error (some runs never reach it), so read its "
                    + "percentiles instead.";
        }
        double spread = sum.quantile(0.95) - sum.quantile(0.05);
        String known = "The mean " + m.metric().label() + " is known to within ±" + amount(m.metric(), currency, halfWidth)
                + " (95%)";
        if (!(spread > 0) || halfWidth <= ENOUGH * spread) {
            return known + ": small next to the spread of results, so " + Formats.number(r.settings().iterations(), 0)
                    + " iterations are enough.";
        }
        double needed = r.settings().iterations() * Math.pow(halfWidth / (ENOUGH * spread), 2);
        return known + ": for a figure within 2% of the P5 to P95 spread (" + amount(m.metric(), currency, spread)
                + "), run about " + Formats.number(nice(needed), 0) + " iterations.";
    }

    public static String json(Simulation.Result r, String scenario, String variant, String currency, YearMonth start) {
        Simulation.Settings s = r.settings();
        ObjectNode root = RunJson.object();
        root.put("scenario", scenario);
        if (variant == null) {
            root.putNull("variant");
        } else {
            root.put("variant", variant);
        }
        root.put("iterations", s.iterations());
        root.put("seed", s.seed());
        root.put("sampling", s.sampling().label());
        root.put("metric", r.chosen().key());
        ArrayNode inputs = root.putArray("inputs");
        for (Simulation.InputResult in : r.inputs()) {
            ObjectNode node = inputs.addObject();
            node.put("path", in.path());
            node.put("distribution", in.distribution());
            ObjectNode sampled = node.putObject("sampled");
            summary(sampled, in.sampled());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (Simulation.MetricResult m : r.metrics()) {
            ObjectNode node = metrics.addObject();
            node.put("metric", m.metric().key());
            node.put("label", m.metric().label());
            RunJson.number(node, "base", m.base());
            summary(node, m.summary());
        }
        ObjectNode precision = root.putObject("precision");
        RunJson.number(precision, "half_width_95", 1.96 * r.main().summary().standardError());
        precision.put("text", precision(r, currency));

        ObjectNode below = root.putObject("cash_below_zero");
        RunJson.number(below, "probability", r.cashBelowZero());
        month(below, "month_probability_exceeds_10_percent", start, r.monthBelowZeroExceeds(0.10));
        month(below, "month_probability_exceeds_50_percent", start, r.monthBelowZeroExceeds(0.50));
        ArrayNode byMonth = below.putArray("by_month");
        for (int m = 0; m < r.belowZeroByMonth().length; m++) {
            ObjectNode node = byMonth.addObject();
            node.put("month", start.plusMonths(m).toString());
            RunJson.number(node, "probability", r.belowZeroByMonth()[m]);
        }
        ArrayNode breakEven = root.putArray("break_even_by_year");
        for (int y = 0; y < r.yearEnds().length; y++) {
            ObjectNode node = breakEven.addObject();
            node.put("year", y + 1);
            node.put("by", start.plusMonths(r.yearEnds()[y]).toString());
            RunJson.number(node, "probability", r.breakEvenByYear()[y]);
        }
        ArrayNode correlations = root.putArray("rank_correlations");
        for (Simulation.RankCorrelation c : r.correlations()) {
            ObjectNode node = correlations.addObject();
            node.put("input", c.path());
            RunJson.number(node, "rho", c.rho());
        }
        ArrayNode fan = root.putArray("cash_fan");
        for (int m = 0; m < r.baseCash().length; m++) {
            ObjectNode node = fan.addObject();
            node.put("month", start.plusMonths(m).toString());
            RunJson.number(node, "base", r.baseCash()[m]);
            for (int q = 0; q < Simulation.FAN.length; q++) {
                RunJson.number(node, "p" + Math.round(Simulation.FAN[q] * 100), r.fan()[q][m]);
            }
        }
        return RunJson.text(root);
    }

    private static void summary(ObjectNode node, MetricSummary sum) {
        RunJson.number(node, "mean", sum.mean());
        RunJson.number(node, "standard_error", sum.standardError());
        RunJson.number(node, "standard_deviation", sum.moments().standardDeviation());
        RunJson.number(node, "min", sum.moments().min());
        RunJson.number(node, "max", sum.moments().max());
        for (int i = 0; i < PERCENTILES.length; i++) {
            RunJson.number(node, PERCENTILE_KEYS[i], sum.quantile(PERCENTILES[i]));
        }
    }

    private static void month(ObjectNode node, String key, YearMonth start, int index) {
        if (index < 0) {
            node.putNull(key);
        } else {
            node.put(key, start.plusMonths(index).toString());
        }
    }

    private static String show(Metric metric, String currency, YearMonth start, double value) {
        if (metric.kind() == Metric.Kind.MONTHS) {
            // a quantile among runs that never break even interpolates infinities into NaN: never
            return Double.isFinite(value) ? start.plusMonths(Math.round(value)).toString() : "never";
        }
        return GridReport.show(metric, currency, start, value);
    }

    /** A difference in the metric's units. */
    private static String amount(Metric metric, String currency, double value) {
        return switch (metric.kind()) {
            case MONEY -> Formats.money(currency, value);
            case PER_HOUR -> Formats.pence(currency, value);
            case SHARE -> Formats.number(value * 100, 1) + " points";
            case MONTHS -> Formats.number(value, 1) + " months";
        };
    }

    /** Rounded up to two significant figures. */
    private static long nice(double n) {
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
        return (long) (Math.ceil(n / magnitude) * magnitude);
    }
}
