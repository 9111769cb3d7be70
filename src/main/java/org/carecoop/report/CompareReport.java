package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.Per100;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Metrics;
import org.carecoop.model.Scenario;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A comparison of providers side by side: as a terminal table, Markdown, or JSON. */
public final class CompareReport {
    private CompareReport() {}

    /** One measure: its label and how to show it for one entry. */
    private record Row(String label, Function<Comparison.Entry, String> cell) {}

    private static List<Row> rows(String c) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Provider", e -> e.run().scenario().provider().model().key()));
        rows.add(new Row("Care worker pay per hour, first month", e -> Formats.pence(c, wage(e.run(), 0))));
        rows.add(new Row("Care worker pay per hour, last month", e -> Formats.pence(c,
                wage(e.run(), e.run().scenario().months() - 1))));
        rows.add(new Row("Pay per working hour (travel and waiting counted)",
                e -> Formats.pence(c, e.run().metrics().averageEffectivePay())));
        rows.add(new Row("Pay per care worker, last year", e -> Formats.money(c, last(e.run()).payPerCareWorker())));
        rows.add(new Row("Care worker turnover a year", e -> Formats.percent(e.run().scenario().careWorkers().turnover())));
        rows.add(new Row("Cost of replacing leavers over the plan", e -> Formats.money(c, e.run().metrics().turnoverCost())));
        rows.add(new Row("Cost per contact hour", e -> Formats.pence(c, e.run().metrics().costPerContactHour())));
        rows.add(new Row("Surplus before tax over the plan", e -> Formats.money(c, e.run().metrics().surplusBeforeTax())));
        rows.add(new Row("Surplus margin", e -> Formats.percent(e.run().metrics().surplusMargin())));
        rows.add(new Row("Lowest cash", e -> Formats.money(c, e.run().metrics().lowestCash()) + " in "
                + Formats.month(e.run().scenario(), e.run().metrics().lowestCashMonth())));
        rows.add(new Row("Operating break-even", e -> Formats.month(e.run().scenario(),
                e.run().metrics().operatingBreakEvenMonth())));
        rows.add(new Row("Funding needed to stay above zero", e -> Formats.money(c, e.run().metrics().fundingNeeded())));
        rows.add(new Row("Of each 100 of income:", e -> ""));
        for (Share share : SHARES) {
            rows.add(new Row("  " + share.label(), e -> Formats.number(share.value().apply(e.per100()), 2)));
        }
        return rows;
    }

    /** The categories of where 100 of income goes, in the order they are shown. */
    private record Share(String key, String label, Function<Per100, Double> value) {}

    private static final List<Share> SHARES = List.of(
            new Share("frontline_pay", "frontline pay (contact, waiting, training, holiday, sick)", Per100::frontlinePay),
            new Share("travel_and_mileage", "travel time and mileage", Per100::travelAndMileage),
            new Share("on_costs", "employer NI and pension (care workers)", Per100::onCosts),
            new Share("management_and_office", "management and office", Per100::managementAndOffice),
            new Share("overheads", "overheads, recruitment and recharges", Per100::overheads),
            new Share("interest", "interest to lenders and share investors", Per100::interest),
            new Share("tax", "corporation tax", Per100::tax),
            new Share("paid_to_owners", "paid out to owners or investors", Per100::paidToOwners),
            new Share("returned_to_workers", "returned to worker members", Per100::returnedToWorkers),
            new Share("retained", "retained in the organisation (negative: losses)", Per100::retained));

    public static String text(Comparison comparison) {
        String c = comparison.entries().get(0).run().scenario().currency();
        List<String> headers = new ArrayList<>(List.of("measure"));
        comparison.entries().forEach(e -> headers.add(e.run().variant()));
        TextTable table = new TextTable(headers);
        for (Row row : rows(c)) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            comparison.entries().forEach(e -> cells.add(row.cell().apply(e)));
            table.add(cells);
        }
        Scenario s = comparison.entries().get(0).run().scenario();
        StringBuilder out = new StringBuilder(s.name()).append(": ").append(comparison.entries().size())
                .append(" versions over the same clients, ").append(s.start()).append(" to ")
                .append(s.month(s.months() - 1)).append("\n\n").append(table.render());
        for (Comparison.Entry e : comparison.entries()) {
            for (String finding : Findings.of(e.run().scenario(), e.run().metrics())) {
                out.append("warning (").append(e.run().variant()).append("): ").append(finding).append('\n');
            }
        }
        return out.toString();
    }

    public static String markdown(Comparison comparison) {
        String c = comparison.entries().get(0).run().scenario().currency();
        Scenario s = comparison.entries().get(0).run().scenario();
        StringBuilder md = new StringBuilder("# ").append(RunMarkdown.escape(s.name())).append(": providers compared\n\n")
                .append("The same clients and fees, ").append(s.start()).append(" to ").append(s.month(s.months() - 1))
                .append(", under each version of the plan.\n\n| measure |");
        comparison.entries().forEach(e -> md.append(' ').append(RunMarkdown.escape(e.run().variant())).append(" |"));
        md.append("\n|---|").append("---:|".repeat(comparison.entries().size())).append('\n');
        for (Row row : rows(c)) {
            md.append("| ").append(RunMarkdown.escape(row.label().trim())).append(" |");
            comparison.entries().forEach(e -> md.append(' ').append(RunMarkdown.escape(row.cell().apply(e))).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    public static String json(Comparison comparison) {
        ObjectNode root = RunJson.object();
        Scenario s = comparison.entries().get(0).run().scenario();
        root.put("scenario", s.name());
        root.put("currency", s.currency());
        ArrayNode variants = root.putArray("variants");
        for (Comparison.Entry e : comparison.entries()) {
            ObjectNode v = variants.addObject();
            v.put("variant", e.run().variant());
            v.put("provider", e.run().scenario().provider().model().key());
            RunJson.metrics(v.putObject("metrics"), e.run().scenario(), e.run().metrics());
            ObjectNode per100 = v.putObject("per_100_income");
            for (Share share : SHARES) {
                RunJson.number(per100, share.key(), share.value().apply(e.per100()));
            }
        }
        return RunJson.text(root);
    }

    private static double wage(RunResult run, int month) {
        return run.scenario().careWorkers().wage().at(month);
    }

    private static Metrics.Year last(RunResult run) {
        return run.metrics().years().get(run.metrics().years().size() - 1);
    }
}
