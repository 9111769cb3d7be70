package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Scenario;
import org.carecoop.report.Findings;
import org.carecoop.report.Formats;
import org.carecoop.report.Labels;

/**
 * The headline figures of every variant side by side, each with a line on what it means, then each
 * variant's results in plain words and its warnings. Totals that can be read off the Monthly sheets
 * are formulas over them (so they follow an edit); the rest are the model's figures.
 */
final class SummarySheet {
    static final int HEADER_ROW = 3;
    static final int LABEL_COL = 0;
    static final int FIRST_COL = 1;

    /** Writes one variant's cell of a measure. */
    @FunctionalInterface
    private interface Writer {
        void write(XSSFSheet sheet, int row, int col, Context c);
    }

    /** What a measure's cell can refer to: the variant, its Monthly sheet, the rows above it. */
    private record Context(WorkbookData.Variant variant, int index, MonthlySheet.Layout monthly, CostSheet.Layout cost,
                           Styles st, Map<String, Integer> rows) {
        Metrics m() {
            return variant.run().metrics();
        }

        Scenario s() {
            return variant.run().scenario();
        }

        String above(String key, int col) {
            return Cells.ref(rows.get(key), col);
        }
    }

    private record Measure(String key, String label, String meaning, Writer writer) {}

    private SummarySheet() {}

    static void write(XSSFSheet sheet, WorkbookData data, List<MonthlySheet.Layout> monthly, CostSheet.Layout cost,
                      Styles st) {
        List<WorkbookData.Variant> variants = data.variants();
        Scenario base = variants.get(0).run().scenario();
        int costYear = variants.get(0).cost().year();
        String planYear = Formats.planYear(base.month((costYear - 1) * 12));
        Cells.text(sheet, 0, 0, data.scenarioName() + ": summary", st.title, st);
        Cells.text(sheet, 1, 0, (variants.size() == 1 ? "The base plan" : "The base plan and " + (variants.size() - 1)
                + " variant" + (variants.size() == 2 ? "" : "s")) + ", " + Formats.month(base, 0) + " to "
                + Formats.month(base, base.months() - 1) + ", money in " + data.currency()
                + ". Totals are formulas over the Monthly sheets.", st.subtitle, st);

        int meaningCol = FIRST_COL + variants.size();
        Cells.text(sheet, HEADER_ROW, LABEL_COL, "Measure", st.header, st);
        for (int i = 0; i < variants.size(); i++) {
            Cells.text(sheet, HEADER_ROW, FIRST_COL + i, variants.get(i).label(), st.headerRight, st);
        }
        Cells.text(sheet, HEADER_ROW, meaningCol, "What it means", st.headerIndented, st);

        Map<String, Integer> rows = new HashMap<>();
        int row = HEADER_ROW + 1;
        int longestLabel = 0;
        for (Measure measure : measures(variants.get(0).run().projection().years(), costYear, planYear,
                Labels.terms(variants.get(0).run().scenario()).careWorkerMinimum())) {
            rows.put(measure.key(), row);
            longestLabel = Math.max(longestLabel, measure.label().length());
            Cells.text(sheet, row, LABEL_COL, measure.label(), st.text, st);
            for (int i = 0; i < variants.size(); i++) {
                Context c = new Context(variants.get(i), i, monthly.get(i), cost, st, rows);
                measure.writer().write(sheet, row, FIRST_COL + i, c);
            }
            Cells.text(sheet, row, meaningCol, measure.meaning(), st.noteWrap, st);
            row++;
        }

        row++;
        MonthlySheet.groupHeading(sheet, row++, "In plain words", variants.size(), st);
        for (WorkbookData.Variant v : variants) {
            row = sentences(sheet, row, v.label(), plainWords(v), meaningCol, st);
        }
        row++;
        MonthlySheet.groupHeading(sheet, row++, "Warnings", variants.size(), st);
        for (WorkbookData.Variant v : variants) {
            row = sentences(sheet, row, v.label(), v.findings().isEmpty() ? List.of("no warnings") : v.findings(),
                    meaningCol, st);
        }

        // text is narrower than the digits a column's width counts (about 0.8 of one in Calibri)
        Cells.width(sheet, LABEL_COL, Math.max(30, Math.ceil(longestLabel * 0.9) + 2));
        for (int i = 0; i < variants.size(); i++) {
            Cells.width(sheet, FIRST_COL + i, Math.max(16, variants.get(i).label().length() + 2));
        }
        Cells.width(sheet, meaningCol, MEANING_WIDTH);
        sheet.createFreezePane(FIRST_COL, HEADER_ROW + 1);
    }

    /** Width of the "What it means" column; its text wraps, so the sheet prints one page wide at a readable size. */
    static final int MEANING_WIDTH = 60;

    /**
     * A run's sentences, one a row: the run's label beside the first, each sentence across the value and
     * meaning columns (merged, wrapping), so a long sentence stays on the page.
     */
    private static int sentences(XSSFSheet sheet, int row, String label, List<String> said, int lastCol, Styles st) {
        for (int k = 0; k < said.size(); k++) {
            Cells.text(sheet, row, LABEL_COL, k == 0 ? label : "", st.text, st);
            Cells.text(sheet, row, FIRST_COL, said.get(k), st.textWrap, st);
            if (lastCol > FIRST_COL) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, FIRST_COL, lastCol));
            }
            row++;
        }
        return row;
    }

    private static List<Measure> measures(int years, int costYear, String planYear, String legalMinimum) {
        String plan = "over the plan's " + years + " year" + (years == 1 ? "" : "s");
        List<Measure> list = new ArrayList<>();
        list.add(new Measure("income", "Fee income over the plan", "All fees invoiced for care " + plan + ".",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.INCOME, c.m().income())));
        list.add(new Measure("costs", "Operating costs over the plan",
                "What it costs to run the service: care workers, office, overheads, start-up (before interest and tax).",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.OPERATING_COSTS, c.m().operatingCosts())));
        list.add(new Measure("surplus", "Surplus before tax",
                "Income less operating costs and interest " + plan + "; below zero is a deficit to be funded.",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.SURPLUS_BEFORE_TAX, c.m().surplusBeforeTax())));
        list.add(new Measure("margin", "Surplus as a share of fee income",
                "The Homecare Association assumes 3%; council cost-of-care returns show a median of 5%.",
                (sh, r, col, c) -> Cells.ratio(sh, r, col, c.above("surplus", col), c.above("income", col),
                        c.m().surplusMargin(), c.st().percent)));
        list.add(new Measure("after_tax", "Surplus after tax", "What is left for reserves and any dividend.",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.SURPLUS_AFTER_TAX, c.m().surplusAfterTax())));
        list.add(new Measure("hours", "Contact hours delivered", "Hours of care with clients " + plan + ".",
                (sh, r, col, c) -> Cells.formula(sh, r, col, "SUM(" + c.monthly().lineRange(Line.CONTACT_HOURS) + ")",
                        c.m().contactHours(), c.st().hours)));
        list.add(new Measure("unmet", "Contact hours not delivered (no staff)",
                "Care asked for that could not be given because not enough care workers could be recruited.",
                (sh, r, col, c) -> Cells.formula(sh, r, col, "SUM(" + c.monthly().lineRange(Line.UNMET_HOURS) + ")",
                        c.m().unmetHours(), c.st().hours)));
        list.add(new Measure("cost_per_hour", "Cost per contact hour (plan average)",
                "Operating costs divided by the hours of care delivered; early months with few clients raise it.",
                (sh, r, col, c) -> Cells.ratio(sh, r, col, c.above("costs", col), c.above("hours", col),
                        c.m().costPerContactHour(), c.st().pence)));
        list.add(new Measure("income_per_hour", "Fee income per contact hour (plan average)",
                "When this is below the cost per hour, each hour of care loses money.",
                (sh, r, col, c) -> Cells.ratio(sh, r, col, c.above("income", col), c.above("hours", col),
                        c.m().incomePerContactHour(), c.st().pence)));
        list.add(new Measure("price", "Price per contact hour that covers costs, plan year " + costYear + " (" + planYear + ")",
                "The Homecare Association's build-up: care worker costs, business costs and a surplus (sheet 'Cost per hour').",
                (sh, r, col, c) -> Cells.formula(sh, r, col, Cells.sheet(c.cost().sheetName())
                        + Cells.ref(c.cost().byVariant().priceRow(), c.cost().byVariant().firstCol() + c.index()),
                        c.variant().cost().buildUp().price(), c.st().pence)));
        list.add(new Measure("pay_share", "Care workers' pay as a share of fee income",
                "Pay for all care workers' time, with holiday and sick pay, out of every pound of fees.",
                (sh, r, col, c) -> Cells.number(sh, r, col, c.m().frontlinePayShare(), c.st().percent)));
        list.add(new Measure("pay", "Care workers' pay per working hour (average)",
                "Basic pay over all working time (contact, travel, waiting, training), as the minimum wage rules count it.",
                (sh, r, col, c) -> Cells.number(sh, r, col, c.m().averageEffectivePay(), c.st().pence)));
        list.add(new Measure("lowest_pay", "Care workers' pay per working hour (lowest month)",
                "The worst month for pay per working hour.",
                (sh, r, col, c) -> Cells.number(sh, r, col, c.m().lowestEffectivePay(), c.st().pence)));
        list.add(new Measure("below_floor", "Months with pay below " + legalMinimum,
                "Above zero means the plan breaks minimum wage law once travel time is counted.",
                (sh, r, col, c) -> Cells.number(sh, r, col, c.m().monthsBelowWageFloor(), c.st().integer)));
        list.add(new Measure("break_even", "Operating break-even",
                "The month from which every month makes an operating surplus.",
                (sh, r, col, c) -> month(sh, r, col, c, c.m().operatingBreakEvenMonth())));
        list.add(new Measure("cumulative_break_even", "Early losses made up",
                "The month from which the running total of operating surplus stays at zero or more.",
                (sh, r, col, c) -> month(sh, r, col, c, c.m().cumulativeBreakEvenMonth())));
        list.add(new Measure("lowest_cash", "Lowest cash at a month's end",
                "Below zero means the plan runs out of money without more funding.",
                (sh, r, col, c) -> Cells.formula(sh, r, col, "MIN(" + c.monthly().lineRange(Line.CLOSING_CASH) + ")",
                        c.m().lowestCash(), c.st().money)));
        list.add(new Measure("lowest_cash_month", "Month of the lowest cash", "",
                (sh, r, col, c) -> month(sh, r, col, c, c.m().lowestCashMonth())));
        list.add(new Measure("months_below_zero", "Months with cash below zero",
                "How long the plan would be overdrawn without more funding.",
                (sh, r, col, c) -> Cells.number(sh, r, col, c.m().monthsBelowZero(), c.st().integer)));
        list.add(new Measure("funding", "Extra funding needed to keep cash above zero",
                "The least extra cash from the start (community shares, grants or loans) that keeps the bank balance "
                        + "at zero or more throughout.",
                (sh, r, col, c) -> Cells.formula(sh, r, col, "MAX(0,-" + c.above("lowest_cash", col) + ")",
                        c.m().fundingNeeded(), c.st().money)));
        list.add(new Measure("closing_cash", "Cash at the end of the plan", "",
                (sh, r, col, c) -> Cells.formula(sh, r, col,
                        c.monthly().cell(c.monthly().row(Line.CLOSING_CASH), c.monthly().months() - 1),
                        c.m().closingCash(), c.st().money)));
        list.add(new Measure("worker_dividends", "Dividends to worker members",
                "Surplus shared with worker members by hours worked, after reserves are built.",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.WORKER_DIVIDEND, c.m().workerDividends())));
        list.add(new Measure("owner_dividends", "Dividends to owners",
                "Money paid out to shareholders: it leaves care.",
                (sh, r, col, c) -> sum(sh, r, col, c, Line.OWNER_DIVIDEND, c.m().ownerDividends())));
        return list;
    }

    private static void sum(XSSFSheet sheet, int row, int col, Context c, Line line, double cached) {
        Cells.formula(sheet, row, col, "SUM(" + c.monthly().lineRange(line) + ")", cached, c.st().money);
    }

    private static void month(XSSFSheet sheet, int row, int col, Context c, int month) {
        Cells.text(sheet, row, col, Formats.month(c.s(), month), c.st().textRight, c.st());
    }

    /** The variant's results as a reader would say them. */
    static List<String> plainWords(WorkbookData.Variant v) {
        Metrics m = v.run().metrics();
        Scenario s = v.run().scenario();
        String c = s.currency();
        CostOfCare cost = v.cost();
        List<String> said = new ArrayList<>();
        if (m.monthsBelowZero() > 0) {
            said.add("Cash falls below zero for " + m.monthsBelowZero() + " month" + (m.monthsBelowZero() == 1 ? "" : "s")
                    + ", from " + Formats.month(s, m.firstMonthBelowZero()) + " (lowest " + Formats.money(c, m.lowestCash())
                    + " in " + Formats.month(s, m.lowestCashMonth()) + "): extra funding of at least "
                    + Formats.money(c, m.fundingNeeded()) + " from the start, such as a larger community share raise, "
                    + "a loan or a grant, would cover it.");
        } else {
            said.add("Cash stays at zero or above throughout; the lowest month-end balance is "
                    + Formats.money(c, m.lowestCash()) + " in " + Formats.month(s, m.lowestCashMonth()) + ".");
        }
        if (Double.isFinite(m.surplusMargin())) {
            said.add("Over the plan there is a " + (m.surplusBeforeTax() < 0 ? "deficit" : "surplus") + " of "
                    + Formats.money(c, Math.abs(m.surplusBeforeTax())) + " before tax ("
                    + Formats.percent(Math.abs(m.surplusMargin())) + " of fee income).");
        }
        if (m.operatingBreakEvenMonth() < 0) {
            said.add("The plan never reaches a lasting operating surplus.");
        } else {
            said.add("Every month from " + Formats.month(s, m.operatingBreakEvenMonth()) + " makes an operating surplus"
                    + (m.cumulativeBreakEvenMonth() < 0 ? ", but the early losses are not made up by the end of the plan."
                    : "; the early losses are made up by " + Formats.month(s, m.cumulativeBreakEvenMonth()) + "."));
        }
        if (Double.isFinite(m.costPerContactHour())) {
            said.add("An hour of care costs " + Formats.pence(c, m.costPerContactHour()) + " on average over the plan, "
                    + "against fee income of " + Formats.pence(c, m.incomePerContactHour()) + " an hour.");
        }
        said.add("In plan year " + cost.year() + " a price of " + Formats.pence(c, cost.buildUp().price())
                + " an hour would cover the costs and a " + Formats.percent(cost.surplusShare()) + " surplus.");
        if (Double.isFinite(m.averageEffectivePay())) {
            said.add("Care workers earn " + Formats.pence(c, m.averageEffectivePay()) + " an hour on average over all "
                    + "working time" + (m.monthsBelowWageFloor() > 0 ? ", below " + Findings.careWorkerMinimum(s, m) + " in "
                    + m.monthsBelowWageFloor() + " month" + (m.monthsBelowWageFloor() == 1 ? "" : "s") + "." : "."));
        }
        if (m.unmetHours() > 0.5) {
            said.add(Formats.number(m.unmetHours(), 0) + " hours of care asked for cannot be given: not enough care "
                    + "workers can be recruited.");
        }
        return said;
    }
}
