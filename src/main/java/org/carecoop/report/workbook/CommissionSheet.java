package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.commission.Appraisal;
import org.carecoop.analysis.commission.Appraisal.OptionResult;
import org.carecoop.report.CommissionReport;
import org.carecoop.report.CompareReport.Share;
import org.carecoop.report.Formats;

/**
 * The options appraisal on one sheet: the options side by side in rank order (fee per hour, spend, what reaches
 * care workers and what goes to profit, interest and fees, the risk of running out of cash), where each 100 of spend goes, the
 * summary in plain sentences, what was appraised, and on a printed page of their own two charts (where each 100
 * goes, stacked a column an option; the fee per hour). The figures derived from others on the sheet are formulas (the difference from the
 * cheapest, what reaches care workers and what goes to profit, interest and fees of each 100 and a year, the total of
 * each 100);
 * the rest are the appraisal's figures.
 */
final class CommissionSheet {
    static final int LABEL_COL = 0;
    static final int FIRST_COL = 1;
    static final int HEADER_ROW = 3;
    static final String TOTAL = "Total";
    static final String FEE = "Fee per hour, first month";
    static final String SPEND = "Council spend a year";
    static final String MORE = "More a year than the cheapest";
    static final String TO_WORKERS = "Of each 100: reaches care workers";
    static final String NOT_ON_CARE = "Of each 100: profit, interest and fees (not spent on care)";
    static final String INCOME = "Providers' income a year (fees and grants)";
    static final String NOT_ON_CARE_A_YEAR = "Profit, interest and fees a year";
    static final String RISK = "Risk of running out of cash";
    static final String SHARES_HEADING = "Of each 100 of spend:";
    /** Rows a chart takes: two charts and a row between them fill a printed page. */
    private static final int CHART_ROWS = 14;
    /** The narrowest the charts may be, in default columns. */
    private static final int CHART_MIN_COLS = 12;

    /** Where the table is: the share rows (in {@link Share} order), the fee row, the total row and the last row used. */
    record Layout(int options, List<Integer> shareRows, int feeRow, int totalRow, int lastRow) {
        int lastCol() {
            return FIRST_COL + options - 1;
        }
    }

    private CommissionSheet() {}

    static Layout write(XSSFSheet sheet, CommissionData data, Styles st) {
        Appraisal.Result r = data.result();
        CommissionReport.About about = data.about();
        String c = about.currency();
        List<OptionResult> options = r.ranked();
        int n = options.size();
        int lastCol = FIRST_COL + n - 1;
        // widths first: the charts' anchors are measured in them
        Cells.width(sheet, LABEL_COL, 54);
        for (int i = 0; i < n; i++) {
            Cells.width(sheet, FIRST_COL + i, Math.max(16, options.get(i).name().length() + 2));
        }
        Cells.text(sheet, 0, 0, CommissionReport.title(about), st.title, st);
        Cells.text(sheet, 1, 0, "Money in " + c + "; the options in rank order, cheapest first. Figures worked out from "
                + "others on this sheet are formulas.", st.subtitle, st);
        Cells.text(sheet, HEADER_ROW, LABEL_COL, "Option", st.header, st);
        for (int i = 0; i < n; i++) {
            Cells.text(sheet, HEADER_ROW, FIRST_COL + i, options.get(i).name(), st.headerRight, st);
        }
        int row = HEADER_ROW + 1;
        int rankRow = row++;
        int providersRow = row++;
        int feeRow = row++;
        int hoursRow = row++;
        int spendRow = row++;
        int contractRow = row++;
        int moreRow = row++;
        int toWorkersRow = row++;
        int notOnCareRow = row++;
        int incomeRow = row++;
        int notOnCareYearRow = row++;
        int riskRow = row++;
        String[] labels = {"Rank", "Providers", FEE, "Contact hours delivered a year", SPEND,
            "Council spend over the contract", MORE, TO_WORKERS, NOT_ON_CARE, INCOME, NOT_ON_CARE_A_YEAR, RISK};
        for (int k = 0; k < labels.length; k++) {
            Cells.text(sheet, rankRow + k, LABEL_COL, labels[k], st.text, st);
        }
        row++;
        Cells.text(sheet, row, LABEL_COL, SHARES_HEADING, st.group, st);
        for (int i = 0; i < n; i++) {
            Cells.cell(sheet, row, FIRST_COL + i).setCellStyle(st.group);
        }
        List<Integer> shareRows = new ArrayList<>();
        for (Share share : Share.values()) {
            shareRows.add(++row);
            Cells.text(sheet, row, LABEL_COL, share.label(), st.text, st);
        }
        int totalRow = ++row;
        Cells.text(sheet, totalRow, LABEL_COL, TOTAL, st.text, st);

        String spendRange = Cells.range(spendRow, FIRST_COL, spendRow, lastCol);
        for (int i = 0; i < n; i++) {
            OptionResult o = options.get(i);
            int col = FIRST_COL + i;
            Cells.number(sheet, rankRow, col, o.viable() ? o.rank() : Double.NaN, st.integer);
            Cells.text(sheet, providersRow, col, o.parts().stream().map(p -> (o.mix() ? Formats.percent(p.share()) + " " : "")
                    + p.result().provider().label()).reduce((a, b) -> a + ", " + b).orElse(""), st.textWrap, st);
            Cells.number(sheet, feeRow, col, o.feePerHour(), st.pence);
            Cells.number(sheet, hoursRow, col, o.hoursDeliveredPerYear(), st.hours);
            Cells.number(sheet, spendRow, col, o.annualSpend(), st.money);
            Cells.number(sheet, contractRow, col, o.contractSpend(), st.money);
            String spend = Cells.ref(spendRow, col);
            Cells.formula(sheet, moreRow, col, "IF(ISNUMBER(" + spend + ")," + spend + "-MIN(" + spendRange + "),\""
                    + Cells.NOT_AVAILABLE + "\")", o.moreThanCheapest(), st.money);
            for (int k = 0; k < shareRows.size(); k++) {
                Cells.number(sheet, shareRows.get(k), col, Share.values()[k].of(o.per100()), st.hundredths);
            }
            Cells.formula(sheet, toWorkersRow, col, viable(o, sumOf(shareRows, col, Share.FRONTLINE_PAY,
                    Share.TRAVEL_AND_MILEAGE, Share.ON_COSTS, Share.RETURNED_TO_WORKERS), feeRow, col), o.toCareWorkers(),
                    st.hundredths);
            Cells.formula(sheet, notOnCareRow, col, viable(o, sumOf(shareRows, col, Share.INTEREST, Share.TAX,
                    Share.PAID_TO_OWNERS, Share.RETAINED), feeRow, col), o.profitInterestAndFees(), st.hundredths);
            Cells.number(sheet, incomeRow, col, o.incomePerYear(), st.money);
            Cells.formula(sheet, notOnCareYearRow, col, viable(o, Cells.ref(notOnCareRow, col) + "/100*" + Cells.ref(incomeRow, col),
                    feeRow, col), o.profitInterestAndFeesPerYear(), st.money);
            Cells.number(sheet, riskRow, col, o.riskOfRunningOut(), st.percent);
            Cells.formula(sheet, totalRow, col, "SUM(" + Cells.range(shareRows.get(0), col,
                    shareRows.get(shareRows.size() - 1), col) + ")", o.per100().total(), st.hundredthsBold);
        }

        row = totalRow + 2;
        Cells.text(sheet, row++, LABEL_COL, "In words", st.group, st);
        List<String> words = new ArrayList<>(CommissionReport.summary(r, c));
        words.add("");
        words.add("Reaches care workers: " + CommissionReport.TO_CARE_WORKERS + ".");
        words.add("Profit, interest and fees: " + CommissionReport.PROFIT_INTEREST_AND_FEES.substring(
                CommissionReport.PROFIT_INTEREST_AND_FEES.indexOf(':') + 2) + ".");
        if (!r.notDrawn().isEmpty()) {
            words.add("Not drawn in the Monte Carlo runs, because the commissioning sets them: "
                    + String.join(", ", r.notDrawn()) + ".");
        }
        for (String sentence : words) {
            // across the table, wrapped, so a page holds it
            Cells.text(sheet, row, LABEL_COL, sentence, st.noteWrap, st);
            sheet.addMergedRegion(new CellRangeAddress(row, row, LABEL_COL, lastCol));
            row++;
        }
        row++;
        // what was appraised, on a printed page of its own rather than split across two
        sheet.setRowBreak(row - 1);
        Cells.text(sheet, row++, LABEL_COL, "About", st.group, st);
        String[][] rows = {
            {"Scenario", about.scenario()},
            {"Scenario file", about.file()},
            {"Hours bought a year", Formats.number(r.hoursPerYear(), 0)},
            {"Contract", r.years() + (r.years() == 1 ? " year from " : " years from ") + about.start()},
            {"Care workers' pay required", !Double.isFinite(about.wageAtStart()) ? about.wage()
                    : (about.wage().isEmpty() ? "" : CommissionReport.wageInWords(about.wage(), about.terms()) + ": ")
                    + Formats.pence(c, about.wageAtStart())
                    + " an hour at the start"},
            {"Care workers in post on day one", about.staffInPost() ? "yes" : "no: each option recruits them"},
            {"Viable means", CommissionReport.VIABLE},
            {"Risk of running out of cash", Formats.number(r.settings().iterations(), 0) + " Monte Carlo runs of each "
                    + "provider's plan at its fee (Latin hypercube, seed " + r.settings().seed() + ")"},
        };
        for (int i = 0; i < rows.length; i++) {
            Cells.text(sheet, row + i, LABEL_COL, rows[i][0], st.header, st);
            Cells.text(sheet, row + i, FIRST_COL, rows[i][1], st.textWrap, st);
            if (lastCol > FIRST_COL) {
                sheet.addMergedRegion(new CellRangeAddress(row + i, row + i, FIRST_COL, lastCol));
            }
        }
        row += rows.length;
        int lastRow = row;
        sheet.createFreezePane(FIRST_COL, HEADER_ROW + 1);
        Layout layout = new Layout(n, shareRows, feeRow, totalRow, lastRow);
        charts(sheet, layout);
        return layout;
    }

    /** The option's figure, or "n/a" when it has no viable fee (its fee cell is then "n/a" too). */
    private static String viable(OptionResult o, String formula, int feeRow, int col) {
        return "IF(ISNUMBER(" + Cells.ref(feeRow, col) + ")," + formula + ",\"" + Cells.NOT_AVAILABLE + "\")";
    }

    /** The sum of some share rows in one column, as a formula: A1+A2+... */
    private static String sumOf(List<Integer> shareRows, int col, Share... shares) {
        StringBuilder f = new StringBuilder();
        for (Share s : shares) {
            f.append(f.length() == 0 ? "" : "+").append(Cells.ref(shareRows.get(s.ordinal()), col));
        }
        return f.toString();
    }

    /** Where each 100 of spend goes (stacked columns, an option a column), then the fee per hour, under the table. */
    private static void charts(XSSFSheet sheet, Layout layout) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int endCol = Math.max(layout.lastCol() + 1, CHART_MIN_COLS);
        int top = layout.lastRow() + 1;
        Charts.stackedColumns(drawing, 0, top, endCol, top + CHART_ROWS, "Where each 100 of the council's spend goes",
                new Charts.Table(sheet, HEADER_ROW, LABEL_COL, FIRST_COL, layout.lastCol(), layout.shareRows()), "0");
        sheet.setRowBreak(top - 1);
        top += CHART_ROWS + 1;
        Charts.columns(drawing, 0, top, endCol, top + CHART_ROWS, "Fee per hour each option needs",
                new Charts.Table(sheet, HEADER_ROW, LABEL_COL, FIRST_COL, layout.lastCol(), List.of(layout.feeRow())),
                "0.00");
    }
}
