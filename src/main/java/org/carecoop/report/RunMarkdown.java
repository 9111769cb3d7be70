package org.carecoop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;

/**
 * A report of a run in Markdown, for a steering group to paste into a paper and for anyone who would
 * rather not use a spreadsheet (it reads well with a screen reader): what was modelled, the headline
 * measures, the table by year, the cost of an hour of care line by line and by visit length (the
 * workbook's Cost per hour sheet), the warnings, and every input with its source (its Assumptions
 * sheet). Tables are GitHub-flavoured Markdown, each with a header row and one value a cell.
 */
public final class RunMarkdown {
    private RunMarkdown() {}

    public static String render(RunReport report) {
        RunResult run = report.run();
        Scenario s = run.scenario();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(s.name()));
        if (!"base".equals(run.variant())) {
            out.append(" (variant: ").append(escape(run.variant())).append(')');
        }
        out.append("\n\n");

        out.append("## What was modelled\n\n").append(modelled(run)).append("\n\n");

        out.append("## Headline measures\n\n");
        table(out, List.of("Measure", "Value"), RunText.headline(run), false);

        out.append("\n## By year\n\n");
        table(out, RunText.YEAR_HEADERS, RunText.yearRows(run), true);

        costOfAnHour(out, s, report.cost());

        out.append("\n## Warnings\n\n");
        List<String> findings = Findings.of(s, run.metrics());
        if (findings.isEmpty()) {
            out.append("None.\n");
        } else {
            findings.forEach(f -> out.append("- ").append(upperFirst(f)).append(".\n"));
        }

        out.append("\n## Before relying on these figures\n\n")
                .append("Figures marked \"assumption\" in the scenario are the plan's own choices, not published ")
                .append("sources: check each one, and replace it with your own evidence, before relying on these ")
                .append("results. Statutory rates (wage floors, ").append(Labels.terms(s).payrollTaxName()).append(", ")
                .append(Labels.terms(s).pensionShort()).append(", tax) come from carecoop's ")
                .append("packs, each with its source. The inputs below list every figure used and where it came from.\n");

        inputs(out, report.inputs());
        return out.toString();
    }

    /**
     * The build-up at the plan's mix of visits and at each visit length, as the Cost per hour sheet lays it
     * out, then each client group's fee against the full cost.
     */
    private static void costOfAnHour(StringBuilder out, Scenario s, CostOfCare cost) {
        String c = s.currency();
        HourlyCost.BuildUp b = cost.buildUp();
        out.append("\n## Cost of an hour of care in plan year ").append(cost.year()).append(" (")
                .append(Formats.planYear(s.month((cost.year() - 1) * 12))).append(")\n\n")
                .append("What one hour of care with a client costs, line by line, in the Homecare Association's ")
                .append("structure: care worker costs are for a typical care worker, business costs are the plan's own ")
                .append("for the year, and the price adds a surplus of ").append(Formats.percent(cost.surplusShare()))
                .append(" of the price. The first column is the plan's own mix of visits, which average ")
                .append(Formats.number(cost.averageVisitMinutes(), 0)).append(" minutes; the others are for visits of ")
                .append("one length. Figures are per contact hour.\n\n");
        List<String> headers = new ArrayList<>(List.of("Line", "Plan's mix of visits"));
        cost.byVisit().forEach(v -> headers.add(v.minutes() + "-minute visits"));
        List<HourlyCost.BuildUp> columns = new ArrayList<>(List.of(b));
        cost.byVisit().forEach(v -> columns.add(v.buildUp()));
        List<List<String>> rows = new ArrayList<>();
        for (HourlyCost.CostLine line : b.lines()) {
            rows.add(costRow(Labels.costLine(line, Labels.terms(s)), columns, x -> x.line(line.key()), c));
            if (line.key().equals(LAST_CARE_WORKER_LINE)) {
                rows.add(costRow("Care worker costs", columns, HourlyCost.BuildUp::careWorkerCost, c));
            }
        }
        rows.add(costRow("Price per contact hour", columns, HourlyCost.BuildUp::price, c));
        rows.add(costRow("Full cost before surplus", columns, x -> x.price() - x.surplus(), c));
        table(out, headers, rows, true);

        out.append("\n### Fees against the full cost\n\n");
        if (cost.groups().isEmpty()) {
            out.append("No client groups are modelled.\n");
            return;
        }
        List<List<String>> fees = new ArrayList<>();
        for (CostOfCare.GroupMargin g : cost.groups()) {
            fees.add(List.of(escape(g.name()), Formats.number(g.visitMinutes(), 0), Formats.pence(c, g.fee()),
                    Formats.pence(c, g.fullCost()), Formats.pence(c, g.marginPerHour())));
        }
        table(out, List.of("Client group", "Visit length in minutes", "Fee per hour", "Full cost per hour",
                "Surplus per hour (deficit below zero)"), fees, true);
    }

    /** The care worker lines end here; their subtotal follows, as on the Cost per hour sheet. */
    private static final String LAST_CARE_WORKER_LINE = "other_paid_time";

    private static List<String> costRow(String label, List<HourlyCost.BuildUp> columns,
                                        ToDoubleFunction<HourlyCost.BuildUp> figure, String currency) {
        List<String> row = new ArrayList<>(List.of(label));
        columns.forEach(b -> row.add(Formats.pence(currency, figure.applyAsDouble(b))));
        return row;
    }

    /** Every input with its value, unit, where it was set and its source, under a heading per part of the scenario. */
    private static void inputs(StringBuilder out, List<Input> inputs) {
        out.append("\n## Inputs and their sources\n\n");
        if (inputs.isEmpty()) {
            out.append("No inputs were listed.\n");
            return;
        }
        out.append("Every input of this run, grouped as the scenario is. \"Set at\" is the scenario file and line, ")
                .append("or \"default\" with the source of the default.\n");
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        for (Input in : inputs) {
            sections.computeIfAbsent(Input.heading(in.path()), k -> new ArrayList<>())
                    .add(List.of(code(in.path()), escape(in.value()), escape(in.unit()), escape(in.origin()),
                            escape(in.source())));
        }
        sections.forEach((heading, rows) -> {
            out.append("\n### ").append(escape(heading)).append("\n\n");
            table(out, List.of("Input", "Value", "Unit", "Set at", "Source"), rows, false);
        });
    }

    /** A parameter path as inline code, so its brackets and underscores read as written. */
    private static String code(String path) {
        String text = path.replace('\n', ' ').replace('\r', ' ');
        String fence = text.contains("`") ? "``" : "`";
        return fence + (text.contains("`") ? " " + text + " " : text) + fence;
    }

    /** One paragraph: the period, the provider, the client groups and the pay at the start. */
    private static String modelled(RunResult run) {
        Scenario s = run.scenario();
        Projection p = run.projection();
        String c = s.currency();
        int last = s.months() - 1;
        StringBuilder text = new StringBuilder();
        text.append("A monthly projection over ").append(plural(s.months(), "month")).append(", from ")
                .append(s.start()).append(" to ").append(s.month(last)).append(", in ").append(c).append(". ");
        text.append("The provider model is ").append(s.provider().model().key()).append(": ")
                .append(s.provider().model().meaning()).append(". ");
        List<String> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            int start = Math.max(0, Math.min(g.startMonth(), last));
            String stream = g.name().equals(g.stream().key()) ? "" : " (" + g.stream().key() + ")";
            groups.add(escape(g.name()) + stream + ": from " + figure(g.clientsAtStart()) + " to " + figure(g.target())
                    + " clients, starting " + s.month(start) + " over " + plural(g.rampMonths(), "month") + ", "
                    + figure(g.hoursPerWeek()) + " hours a week each at " + Formats.pence(c, g.fee().at(start))
                    + " an hour");
        }
        text.append(groups.isEmpty() ? "No client groups are modelled. "
                : "Clients come in " + plural(groups.size(), "group") + ": " + String.join("; ", groups) + ". ");
        text.append("Care workers are paid ").append(Formats.pence(c, s.careWorkers().wage().at(0)))
                .append(" an hour at the start, on ").append(s.careWorkers().contract().key()).append(" contracts. ");
        text.append("By ").append(s.month(last)).append(" the plan serves ")
                .append(Formats.number(p.at(Line.CLIENTS, last), 0)).append(" clients with ")
                .append(Formats.number(p.at(Line.CARE_WORKERS, last), 1)).append(" care workers.");
        return text.toString();
    }

    private static void table(StringBuilder out, List<String> headers, List<List<String>> rows, boolean rightAlign) {
        row(out, headers);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            rule.add(rightAlign && i > 0 ? "---:" : "---");
        }
        out.append('|').append(String.join("|", rule)).append("|\n");
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(pipesEscaped(cell)).append(" |"));
        out.append('\n');
    }

    /**
     * A cell's text with each pipe escaped once, so it stays in its cell: a pipe already escaped (by
     * {@link #escape}) is left as it is, since escaping it again would end the cell at it.
     */
    static String pipesEscaped(String cell) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\\' && i + 1 < cell.length()) {
                out.append(ch).append(cell.charAt(++i));
            } else if (ch == '|') {
                out.append("\\|");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Text from the scenario, with the characters Markdown would act on escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return out.toString();
    }

    /** A scenario's own figure as written: 9, 7.5 (to at most two decimals). */
    private static String figure(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? Formats.number(value, 0)
                : Formats.number(value, 2).replaceAll("0$", "");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
