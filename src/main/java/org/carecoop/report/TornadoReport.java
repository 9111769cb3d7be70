package org.carecoop.report;

import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;
import org.carecoop.analysis.Tornado;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A tornado as a terminal table with bars, or JSON with the spider data. */
public final class TornadoReport {
    private static final int WIDTH = 30;

    private TornadoReport() {}

    /**
     * @param showInput shows an input's value as the user writes it, given its path
     */
    public static String text(Tornado t, String currency, YearMonth start, BiFunction<String, Double, String> showInput) {
        double widest = t.bars().stream().mapToDouble(Tornado.Bar::swing).filter(Double::isFinite).max().orElse(0);
        TextTable table = new TextTable(List.of("input", "P10 to P90", "result at P10", "result at P90", "swing", ""));
        for (Tornado.Bar b : t.bars()) {
            int length = widest > 0 && Double.isFinite(b.swing()) ? (int) Math.round(WIDTH * b.swing() / widest) : 0;
            table.add(List.of(b.path(), showInput.apply(b.path(), b.low()) + " to " + showInput.apply(b.path(), b.high()),
                    GridReport.show(t.metric(), currency, start, b.atLow()),
                    GridReport.show(t.metric(), currency, start, b.atHigh()),
                    Double.isFinite(b.swing()) ? swing(t, currency, b.swing()) : "n/a", "#".repeat(length)));
        }
        StringBuilder out = new StringBuilder("What moves the ").append(t.metric().label()).append(" (base: ")
                .append(GridReport.show(t.metric(), currency, start, t.base()))
                .append("): each input at its 10th and 90th percentile, the others at base\n\n").append(table.render());
        if (!t.bars().isEmpty()) {
            Tornado.Bar top = t.bars().get(0);
            out.append("\nThe biggest swing comes from ").append(top.path()).append(": from ")
                    .append(GridReport.show(t.metric(), currency, start, top.atLow())).append(" to ")
                    .append(GridReport.show(t.metric(), currency, start, top.atHigh())).append(".\n");
        }
        return out.toString();
    }

    public static String json(Tornado t) {
        ObjectNode root = RunJson.object();
        root.put("metric", t.metric().key());
        RunJson.number(root, "base", t.base());
        ArrayNode percentiles = root.putArray("spider_percentiles");
        for (double p : Tornado.SPIDER) {
            percentiles.add(p);
        }
        ArrayNode bars = root.putArray("bars");
        for (Tornado.Bar b : t.bars()) {
            ObjectNode bar = bars.addObject();
            bar.put("input", b.path());
            bar.put("distribution", b.distribution().toString());
            RunJson.number(bar, "low", b.low());
            RunJson.number(bar, "high", b.high());
            RunJson.number(bar, "at_low", b.atLow());
            RunJson.number(bar, "at_high", b.atHigh());
            RunJson.number(bar, "swing", b.swing());
            ArrayNode spider = bar.putArray("spider");
            for (double v : b.spider()) {
                if (Double.isFinite(v)) {
                    spider.add(Math.round(v * 1e6) / 1e6);
                } else {
                    spider.addNull();
                }
            }
        }
        return RunJson.text(root);
    }

    private static String swing(Tornado t, String currency, double swing) {
        return switch (t.metric().kind()) {
            case MONEY -> Formats.money(currency, swing);
            case PER_HOUR -> Formats.pence(currency, swing);
            case SHARE -> Formats.number(swing * 100, 1) + " points";
            case MONTHS -> Formats.number(swing, 0) + " months";
        };
    }
}
