package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Metrics;
import org.carecoop.model.Scenario;

/** The terminal summary of a run: headline figures, a table by year, and warnings. */
public final class RunText {
    /** The headings of the table by year, shared with the markdown report. */
    static final List<String> YEAR_HEADERS = List.of("year", "clients", "care workers", "contact hours", "income",
            "cost/hour", "surplus", "closing cash");

    private RunText() {}

    public static String render(RunResult run) {
        Scenario s = run.scenario();
        Metrics m = run.metrics();
        StringBuilder out = new StringBuilder();
        out.append(s.name()).append(" (").append(run.variant()).append("), ").append(s.start()).append(" to ")
                .append(s.month(s.months() - 1)).append("\n\n");
        TextTable headline = new TextTable(List.of("measure", "value"));
        headline(run).forEach(headline::add);
        out.append(headline.render()).append('\n');

        TextTable years = new TextTable(YEAR_HEADERS);
        yearRows(run).forEach(years::add);
        out.append(years.render());
        List<String> findings = Findings.of(s, m);
        if (!findings.isEmpty()) {
            out.append('\n');
            findings.forEach(f -> out.append("warning: ").append(f).append('\n'));
        }
        return out.toString();
    }

    /** The headline measures as (measure, value) rows, shared with the markdown report. */
    static List<List<String>> headline(RunResult run) {
        Scenario s = run.scenario();
        Metrics m = run.metrics();
        String c = s.currency();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Fee income over the plan", Formats.money(c, m.income())));
        rows.add(List.of("Surplus before tax", Formats.money(c, m.surplusBeforeTax()) + " ("
                + Formats.percent(m.surplusMargin()) + " of income)"));
        rows.add(List.of("Cost per contact hour", Formats.pence(c, m.costPerContactHour()) + " (income "
                + Formats.pence(c, m.incomePerContactHour()) + ")"));
        rows.add(List.of("Care workers' pay as a share of income", Formats.percent(m.frontlinePayShare())));
        rows.add(List.of("Care workers' pay per working hour", Formats.pence(c, m.averageEffectivePay())
                + " on average, lowest " + Formats.pence(c, m.lowestEffectivePay())));
        rows.add(List.of("Operating break-even", m.operatingBreakEvenMonth() < 0 ? "never"
                : Formats.month(s, m.operatingBreakEvenMonth()) + " (cumulative: "
                + Formats.month(s, m.cumulativeBreakEvenMonth()) + ")"));
        rows.add(List.of("Lowest cash", Formats.money(c, m.lowestCash()) + " in " + Formats.month(s, m.lowestCashMonth())));
        rows.add(List.of("Funding needed to stay above zero", Formats.money(c, m.fundingNeeded())));
        rows.add(List.of("Cash at the end", Formats.money(c, m.closingCash())));
        if (m.workerDividends() > 0 || m.ownerDividends() > 0) {
            rows.add(List.of("Dividends paid", Formats.money(c, m.workerDividends()) + " to workers, "
                    + Formats.money(c, m.ownerDividends()) + " to owners"));
        }
        return rows;
    }

    /** One row per plan year under {@link #YEAR_HEADERS}, shared with the markdown report. */
    static List<List<String>> yearRows(RunResult run) {
        String c = run.scenario().currency();
        List<List<String>> rows = new ArrayList<>();
        for (Metrics.Year y : run.metrics().years()) {
            rows.add(List.of(Formats.planYear(y.from()), Formats.number(y.clients(), 0), Formats.number(y.careWorkers(), 1),
                    Formats.number(y.contactHours(), 0), Formats.money(c, y.income()),
                    Formats.pence(c, y.costPerContactHour()), Formats.money(c, y.surplusBeforeTax()),
                    Formats.money(c, y.closingCash())));
        }
        return rows;
    }
}
