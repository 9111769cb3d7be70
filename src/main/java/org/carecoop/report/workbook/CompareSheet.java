package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.Terms;
import org.carecoop.report.CompareReport;
import org.carecoop.report.CompareReport.Measure;
import org.carecoop.report.CompareReport.Share;
import org.carecoop.report.Formats;
import org.carecoop.report.Labels;

/**
 * The runs side by side as {@code carecoop compare} shows them (pay, turnover, cost per hour, surplus,
 * cash, break-even), then where each 100 of income goes. What adds up the Monthly sheets is a formula over
 * them, and so is each share of 100 (its lines' sum over the plan, times 100, over fee income and grants),
 * so the ten shares add up to 100 in the sheet itself; inputs and what the model works out month by month
 * (the cost of replacing leavers, break-even) are the model's figures. Two charts go under the table
 * (see {@link Charts#compare}).
 */
final class CompareSheet {
    static final int HEADER_ROW = 3;
    static final int LABEL_COL = 0;
    static final int FIRST_COL = 1;
    static final String LOWEST_CASH_MONTH = "Month of the lowest cash";
    static final String INCOME = "Fee income and grants over the plan";
    static final String TOTAL = "Total";

    /** Where the table is, for the charts under it: the share rows, in {@link Share} order, and the last row. */
    record Layout(int variants, List<Integer> shareRows, int lastRow) {
        int lastCol() {
            return FIRST_COL + variants - 1;
        }
    }

    /** What one variant's cell can refer to. */
    private record Context(Comparison.Entry entry, MonthlySheet.Layout monthly, Styles st, Map<Measure, Integer> rows) {
        String above(Measure measure, int col) {
            return Cells.ref(rows.get(measure), col);
        }
    }

    /** The lines of the Monthly sheet a share adds up over the plan, and those it takes away. */
    record Lines(List<Line> plus, List<Line> minus) {
        static Lines of(Line... plus) {
            return new Lines(List.of(plus), List.of());
        }
    }

    /** Care workers' basic pay, as {@link Metrics} counts it for pay per working hour. */
    private static final List<Line> BASIC_PAY = List.of(Line.CONTACT_PAY, Line.TRAVEL_PAY, Line.WAITING_PAY,
            Line.TRAINING_PAY, Line.IDLE_PAY);
    /** Basic pay with holiday and sick pay, as {@link Metrics} counts it for pay per care worker. */
    private static final List<Line> ALL_PAY = List.of(Line.CONTACT_PAY, Line.TRAVEL_PAY, Line.WAITING_PAY,
            Line.TRAINING_PAY, Line.IDLE_PAY, Line.HOLIDAY_PAY, Line.SICK_PAY);

    private CompareSheet() {}

    /**
     * The lines each share adds up, exactly as {@link org.carecoop.analysis.Per100#of} adds them (a test
     * holds the two together on a projection whose every line differs).
     */
    static Lines lines(Share share) {
        return switch (share) {
            case FRONTLINE_PAY -> Lines.of(Line.CONTACT_PAY, Line.WAITING_PAY, Line.TRAINING_PAY, Line.IDLE_PAY,
                    Line.HOLIDAY_PAY, Line.SICK_PAY);
            case TRAVEL_AND_MILEAGE -> Lines.of(Line.TRAVEL_PAY, Line.MILEAGE);
            // the Employment Allowance is relief on employer NI (a negative line), so it lowers the on-costs
            case ON_COSTS -> Lines.of(Line.CARE_WORKER_NI, Line.CARE_WORKER_PENSION, Line.EMPLOYMENT_ALLOWANCE);
            case MANAGEMENT_AND_OFFICE -> Lines.of(Line.OFFICE_SALARIES, Line.OFFICE_NI, Line.OFFICE_PENSION);
            case OVERHEADS -> Lines.of(Line.OVERHEADS, Line.START_UP_COSTS, Line.RECRUITMENT, Line.BAD_DEBT,
                    Line.CENTRAL_RECHARGES);
            // interest on owners' loans is money paid out to owners, counted there
            case INTEREST -> new Lines(List.of(Line.INTEREST), List.of(Line.INTEREST_TO_OWNERS));
            case TAX -> Lines.of(Line.TAX);
            case PAID_TO_OWNERS -> Lines.of(Line.OWNER_DIVIDEND, Line.MANAGEMENT_FEES, Line.INTEREST_TO_OWNERS);
            case RETURNED_TO_WORKERS -> Lines.of(Line.WORKER_DIVIDEND);
            case RETAINED -> new Lines(List.of(Line.SURPLUS_AFTER_TAX), List.of(Line.WORKER_DIVIDEND, Line.OWNER_DIVIDEND));
        };
    }

    static Layout write(XSSFSheet sheet, WorkbookData data, Comparison comparison, List<MonthlySheet.Layout> monthly,
                        Styles st) {
        List<Comparison.Entry> entries = comparison.entries();
        List<WorkbookData.Variant> variants = data.variants();
        int n = entries.size();
        Scenario base = entries.get(0).run().scenario();
        Terms terms = Labels.terms(base);
        Cells.text(sheet, 0, 0, data.scenarioName() + ": compared", st.title, st);
        Cells.text(sheet, 1, 0, "The base plan and " + (n - 1) + " variant" + (n == 2 ? "" : "s") + " as carecoop compare "
                + "shows them, " + Formats.month(base, 0) + " to " + Formats.month(base, base.months() - 1) + ", money in "
                + data.currency() + ". Sums and each share of 100 are formulas over the Monthly sheets.", st.subtitle, st);
        Cells.text(sheet, HEADER_ROW, LABEL_COL, "Measure", st.header, st);
        for (int i = 0; i < n; i++) {
            Cells.text(sheet, HEADER_ROW, FIRST_COL + i, variants.get(i).label(), st.headerRight, st);
        }

        List<String> labels = new ArrayList<>();
        Map<Measure, Integer> rows = new EnumMap<>(Measure.class);
        int row = HEADER_ROW + 1;
        for (Measure measure : Measure.values()) {
            rows.put(measure, row);
            List<String> these = labels(measure);
            for (int k = 0; k < these.size(); k++) {
                Cells.text(sheet, row + k, LABEL_COL, these.get(k), st.text, st);
            }
            for (int i = 0; i < n; i++) {
                write(sheet, row, FIRST_COL + i, measure, new Context(entries.get(i), monthly.get(i), st, rows));
            }
            labels.addAll(these);
            row += these.size();
        }

        // where each 100 of income goes: the income, each share of it, and their total
        row++;
        Cells.text(sheet, row, LABEL_COL, CompareReport.PER_100_HEADING, st.group, st);
        for (int i = 0; i < n; i++) {
            Cells.cell(sheet, row, FIRST_COL + i).setCellStyle(st.group);
        }
        int incomeRow = ++row;
        Cells.text(sheet, incomeRow, LABEL_COL, INCOME, st.text, st);
        List<Integer> shareRows = new ArrayList<>();
        for (Share share : Share.values()) {
            shareRows.add(++row);
            Cells.text(sheet, row, LABEL_COL, share.label(terms), st.text, st);
            labels.add(share.label(terms));
        }
        int totalRow = ++row;
        Cells.text(sheet, totalRow, LABEL_COL, TOTAL, st.text, st);
        for (int i = 0; i < n; i++) {
            Comparison.Entry e = entries.get(i);
            MonthlySheet.Layout m = monthly.get(i);
            Projection p = e.run().projection();
            int col = FIRST_COL + i;
            String income = Cells.ref(incomeRow, col);
            Cells.formula(sheet, incomeRow, col, sums(m, List.of(Line.INCOME, Line.GRANT_INCOME), List.of()),
                    p.get(Line.INCOME).sum() + p.get(Line.GRANT_INCOME).sum(), st.money);
            for (int k = 0; k < shareRows.size(); k++) {
                Share share = Share.values()[k];
                Lines lines = lines(share);
                Cells.ratio(sheet, shareRows.get(k), col, "(" + sums(m, lines.plus(), lines.minus()) + ")*100", income,
                        share.of(e.per100()), st.hundredths);
            }
            Cells.formula(sheet, totalRow, col, "SUM(" + Cells.range(shareRows.get(0), col,
                    shareRows.get(shareRows.size() - 1), col) + ")", e.per100().total(), st.hundredthsBold);
        }

        // text is narrower than the digits a column's width counts (about 0.8 of one in Calibri)
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        Cells.width(sheet, LABEL_COL, Math.max(30, Math.ceil(longest * 0.9) + 2));
        for (int i = 0; i < n; i++) {
            int widest = Math.max(variants.get(i).label().length(),
                    entries.get(i).run().scenario().provider().model().key().length());
            Cells.width(sheet, FIRST_COL + i, Math.max(14, widest + 2));
        }
        sheet.createFreezePane(FIRST_COL, HEADER_ROW + 1);
        return new Layout(n, shareRows, totalRow);
    }

    /** The rows a measure takes: the lowest cash has its month under it. */
    private static List<String> labels(Measure measure) {
        return measure == Measure.LOWEST_CASH ? List.of(measure.label(), LOWEST_CASH_MONTH) : List.of(measure.label());
    }

    /** One variant's cell (or, for the lowest cash, cells) of a measure, as the compare table shows it. */
    private static void write(XSSFSheet sheet, int row, int col, Measure measure, Context c) {
        RunResult run = c.entry().run();
        Scenario s = run.scenario();
        Metrics m = run.metrics();
        MonthlySheet.Layout monthly = c.monthly();
        Styles st = c.st();
        switch (measure) {
            case PROVIDER -> Cells.text(sheet, row, col, s.provider().model().key(), st.textRight, st);
            case PAY_FIRST_MONTH -> Cells.number(sheet, row, col, CompareReport.wage(run, 0), st.pence);
            case PAY_LAST_MONTH -> Cells.number(sheet, row, col, CompareReport.wage(run, s.months() - 1), st.pence);
            case PAY_PER_WORKING_HOUR -> Cells.ratio(sheet, row, col, "(" + sums(monthly, BASIC_PAY, List.of()) + ")",
                    "SUM(" + monthly.lineRange(Line.WORKING_HOURS) + ")", m.averageEffectivePay(), st.pence);
            case PAY_PER_CARE_WORKER -> {
                // the last plan year's pay over its average number of care workers
                int from = (s.months() - 1) / 12 * 12;
                String pay = ALL_PAY.stream().map(line -> "SUM(" + monthly.range(monthly.row(line), from, s.months() - 1)
                        + ")").collect(Collectors.joining("+"));
                String workers = "AVERAGE(" + monthly.range(monthly.row(Line.CARE_WORKERS), from, s.months() - 1) + ")";
                Cells.formula(sheet, row, col, "IF(" + workers + ">0,(" + pay + ")/" + workers + ",0)",
                        CompareReport.lastYear(run).payPerCareWorker(), st.money);
            }
            case TURNOVER -> Cells.number(sheet, row, col, s.careWorkers().turnover(), st.percent);
            case TURNOVER_COST -> Cells.number(sheet, row, col, m.turnoverCost(), st.money);
            case COST_PER_CONTACT_HOUR -> Cells.ratio(sheet, row, col, "SUM(" + monthly.lineRange(Line.OPERATING_COSTS)
                    + ")", "SUM(" + monthly.lineRange(Line.CONTACT_HOURS) + ")", m.costPerContactHour(), st.pence);
            case SURPLUS -> Cells.formula(sheet, row, col, "SUM(" + monthly.lineRange(Line.SURPLUS_BEFORE_TAX) + ")",
                    m.surplusBeforeTax(), st.money);
            case MARGIN -> Cells.ratio(sheet, row, col, c.above(Measure.SURPLUS, col),
                    "SUM(" + monthly.lineRange(Line.INCOME) + ")", m.surplusMargin(), st.percent);
            case LOWEST_CASH -> {
                String cash = monthly.lineRange(Line.CLOSING_CASH);
                Cells.formula(sheet, row, col, "MIN(" + cash + ")", m.lowestCash(), st.money);
                // the first month at the lowest, as the model picks it
                Cells.formula(sheet, row + 1, col, "INDEX(" + monthly.monthNames() + ",MATCH(" + Cells.ref(row, col) + ","
                        + cash + ",0))", Formats.month(s, m.lowestCashMonth()), st.textRight);
            }
            case BREAK_EVEN -> Cells.text(sheet, row, col, Formats.month(s, m.operatingBreakEvenMonth()), st.textRight, st);
            case FUNDING_NEEDED -> Cells.formula(sheet, row, col, "MAX(0,-" + c.above(Measure.LOWEST_CASH, col) + ")",
                    m.fundingNeeded(), st.money);
        }
    }

    /** The sum over the plan of the {@code plus} lines less the {@code minus} lines, e.g. SUM(a)+SUM(b)-SUM(c). */
    private static String sums(MonthlySheet.Layout monthly, List<Line> plus, List<Line> minus) {
        StringBuilder f = new StringBuilder();
        for (Line line : plus) {
            f.append(f.length() == 0 ? "" : "+").append("SUM(").append(monthly.lineRange(line)).append(')');
        }
        for (Line line : minus) {
            f.append("-SUM(").append(monthly.lineRange(line)).append(')');
        }
        return f.toString();
    }
}
