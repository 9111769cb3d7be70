package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.Per100;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Metrics;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.Terms;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A comparison of providers side by side: as a terminal table, Markdown, or JSON. */
public final class CompareReport {
    private CompareReport() {}

    /** One row of the table: its label and how to show it for one entry. */
    private record Row(String label, Function<Comparison.Entry, String> cell) {}

    /**
     * The measures of a comparison, in the order they are shown. The workbook's Compare sheet shows the
     * same measures under the same labels, so a measure added here is to be added there too.
     */
    public enum Measure {
        PROVIDER("Provider"),
        PAY_FIRST_MONTH("Care worker pay per hour, first month"),
        PAY_LAST_MONTH("Care worker pay per hour, last month"),
        PAY_PER_WORKING_HOUR("Pay per working hour (travel time counted)"),
        PAY_PER_CARE_WORKER("Pay per care worker, last year"),
        TURNOVER("Care worker turnover a year"),
        TURNOVER_COST("Cost of replacing leavers over the plan"),
        COST_PER_CONTACT_HOUR("Cost per contact hour"),
        SURPLUS("Surplus before tax over the plan"),
        MARGIN("Surplus margin"),
        LOWEST_CASH("Lowest cash"),
        BREAK_EVEN("Operating break-even"),
        FUNDING_NEEDED("Funding needed to stay above zero");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The heading over the shares of income. */
    public static final String PER_100_HEADING = "Of each 100 of income:";

    /** The categories of where 100 of income goes, in the order they are shown. */
    public enum Share {
        FRONTLINE_PAY("frontline_pay", "frontline pay (contact, waiting, training, holiday, sick)", Per100::frontlinePay),
        TRAVEL_AND_MILEAGE("travel_and_mileage", "travel time and mileage", Per100::travelAndMileage),
        ON_COSTS("on_costs", "employer NI and pension (care workers)", Per100::onCosts),
        MANAGEMENT_AND_OFFICE("management_and_office", "management and office", Per100::managementAndOffice),
        OVERHEADS("overheads", "overheads, recruitment and recharges", Per100::overheads),
        INTEREST("interest", "interest to outside lenders and share investors", Per100::interest),
        TAX("tax", "corporation tax", Per100::tax),
        PAID_TO_OWNERS("paid_to_owners", "paid to owners: dividends, management fees, owners' loan interest",
                Per100::paidToOwners),
        RETURNED_TO_WORKERS("returned_to_workers", "returned to worker members", Per100::returnedToWorkers),
        RETAINED("retained", "retained in the organisation (negative: losses)", Per100::retained);

        /** The JSON key. */
        private final String key;
        private final String label;
        private final ToDoubleFunction<Per100> value;

        Share(String key, String label, ToDoubleFunction<Per100> value) {
            this.key = key;
            this.label = label;
            this.value = value;
        }

        public String key() {
            return key;
        }

        /** The label in the UK's words; {@link #label(Terms)} gives the plan's jurisdiction's. */
        public String label() {
            return label;
        }

        /** The label in a jurisdiction's words: its paid holiday, payroll tax, pensions and tax on profits. */
        public String label(Terms t) {
            return switch (this) {
                case FRONTLINE_PAY -> "frontline pay (contact, waiting, training, " + t.holiday() + ", sick)";
                case ON_COSTS -> Labels.onCosts(t);
                case TAX -> Labels.profitTax(t);
                default -> label;
            };
        }

        /** This category's part of each 100 of income. */
        public double of(Per100 per100) {
            return value.applyAsDouble(per100);
        }
    }

    private static List<Row> rows(String c, Terms t) {
        List<Row> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            rows.add(new Row(measure.label(), e -> cell(measure, e, c)));
        }
        rows.add(new Row(PER_100_HEADING, e -> ""));
        for (Share share : Share.values()) {
            rows.add(new Row("  " + share.label(t), e -> Formats.number(share.of(e.per100()), 2)));
        }
        return rows;
    }

    private static String cell(Measure measure, Comparison.Entry e, String c) {
        RunResult run = e.run();
        Scenario s = run.scenario();
        Metrics m = run.metrics();
        return switch (measure) {
            case PROVIDER -> s.provider().model().key();
            case PAY_FIRST_MONTH -> Formats.pence(c, wage(run, 0));
            case PAY_LAST_MONTH -> Formats.pence(c, wage(run, s.months() - 1));
            case PAY_PER_WORKING_HOUR -> Formats.pence(c, m.averageEffectivePay());
            case PAY_PER_CARE_WORKER -> Formats.money(c, lastYear(run).payPerCareWorker());
            case TURNOVER -> Formats.percent(s.careWorkers().turnover());
            case TURNOVER_COST -> Formats.money(c, m.turnoverCost());
            case COST_PER_CONTACT_HOUR -> Formats.pence(c, m.costPerContactHour());
            case SURPLUS -> Formats.money(c, m.surplusBeforeTax());
            case MARGIN -> Formats.percent(m.surplusMargin());
            case LOWEST_CASH -> Formats.money(c, m.lowestCash()) + " in " + Formats.month(s, m.lowestCashMonth());
            case BREAK_EVEN -> Formats.month(s, m.operatingBreakEvenMonth());
            case FUNDING_NEEDED -> Formats.money(c, m.fundingNeeded());
        };
    }

    public static String text(Comparison comparison) {
        String c = comparison.entries().get(0).run().scenario().currency();
        List<String> headers = new ArrayList<>(List.of("measure"));
        comparison.entries().forEach(e -> headers.add(e.run().variant()));
        TextTable table = new TextTable(headers);
        for (Row row : rows(c, Labels.terms(comparison.entries().get(0).run().scenario()))) {
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
        for (Row row : rows(c, Labels.terms(s))) {
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
            for (Share share : Share.values()) {
                RunJson.number(per100, share.key(), share.of(e.per100()));
            }
        }
        return RunJson.text(root);
    }

    /** A care worker's pay per hour in a month of the plan (from 0). */
    public static double wage(RunResult run, int month) {
        return run.scenario().careWorkers().wage().at(month);
    }

    /** The plan's last year. */
    public static Metrics.Year lastYear(RunResult run) {
        return run.metrics().years().get(run.metrics().years().size() - 1);
    }
}
