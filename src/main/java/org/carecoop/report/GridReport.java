package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.carecoop.analysis.Grid;
import org.carecoop.analysis.Metric;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A grid of one metric over two inputs: as a terminal table with the break-even frontier, CSV or JSON. */
public final class GridReport {
    private GridReport() {}

    /** A metric value as a person reads it. */
    public static String show(Metric metric, String currency, java.time.YearMonth start, double value) {
        return switch (metric.kind()) {
            case MONEY -> Formats.money(currency, value);
            case PER_HOUR -> Formats.pence(currency, value);
            case SHARE -> Formats.percent(value);
            case MONTHS -> Double.isFinite(value) ? start.plusMonths((long) value).toString() : "never";
        };
    }

    public static String text(Grid g, String currency, java.time.YearMonth start, DoubleFunction<String> showX,
                              DoubleFunction<String> showY) {
        List<String> headers = new ArrayList<>(List.of(g.yPath() + " \\ " + g.xPath()));
        for (double x : g.xs()) {
            headers.add(showX.apply(x));
        }
        TextTable table = new TextTable(headers);
        boolean frontier = false;
        for (int r = 0; r < g.ys().length; r++) {
            List<String> row = new ArrayList<>(List.of(showY.apply(g.ys()[r])));
            for (int c = 0; c < g.xs().length; c++) {
                boolean edge = g.onFrontier(r, c);
                frontier |= edge;
                row.add(show(g.metric(), currency, start, g.values()[r][c]) + (edge ? "*" : ""));
            }
            table.add(row);
        }
        StringBuilder out = new StringBuilder(capitalise(g.metric().label())).append(" for each ").append(g.xPath())
                .append(" (across) and ").append(g.yPath()).append(" (down)\n\n").append(table.render());
        if (frontier) {
            out.append("\n* the break-even frontier: the first cells on the right side of zero");
            out.append(g.metric() == Metric.FUNDING_NEEDED ? " (no funding needed)" : "").append('\n');
        }
        return out.toString();
    }

    public static String csv(Grid g) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(g.yPath() + " \\ " + g.xPath()));
        for (double x : g.xs()) {
            header.add(plain(x));
        }
        out.append(Csv.line(header));
        for (int r = 0; r < g.ys().length; r++) {
            List<String> row = new ArrayList<>(List.of(plain(g.ys()[r])));
            for (int c = 0; c < g.xs().length; c++) {
                row.add(Double.isFinite(g.values()[r][c]) ? plain(g.values()[r][c]) : "");
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    public static String json(Grid g) {
        ObjectNode root = RunJson.object();
        root.put("metric", g.metric().key());
        root.put("x", g.xPath());
        root.put("y", g.yPath());
        ArrayNode xs = root.putArray("x_values");
        for (double x : g.xs()) {
            xs.add(x);
        }
        ArrayNode ys = root.putArray("y_values");
        for (double y : g.ys()) {
            ys.add(y);
        }
        ArrayNode rows = root.putArray("values");
        for (int r = 0; r < g.ys().length; r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < g.xs().length; c++) {
                double v = g.values()[r][c];
                if (Double.isFinite(v)) {
                    row.add(Math.round(v * 1e6) / 1e6);
                } else {
                    row.addNull();
                }
            }
        }
        ArrayNode frontier = root.putArray("frontier");
        for (int r = 0; r < g.ys().length; r++) {
            for (int c = 0; c < g.xs().length; c++) {
                if (g.onFrontier(r, c)) {
                    frontier.addArray().add(r).add(c);
                }
            }
        }
        return RunJson.text(root);
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Math.round(v * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
