package org.carecoop.report.workbook;

import static org.carecoop.report.workbook.MonthlySheet.FIRST_MONTH_COL;
import static org.carecoop.report.workbook.MonthlySheet.HEADER_ROW;
import static org.carecoop.report.workbook.MonthlySheet.LABEL_COL;
import static org.carecoop.report.workbook.MonthlySheet.UNIT_COL;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.report.Labels;
import org.carecoop.model.Series;
import org.carecoop.report.Formats;

/**
 * One variant's projection year by year, every figure a formula over its Monthly sheet: a flow is the
 * SUM of the year's months, a level is the year's last month. Rows sit at the same row numbers as on
 * the Monthly sheet, so a reader can move between the two.
 */
final class AnnualSheet {
    static final int FIRST_YEAR_COL = FIRST_MONTH_COL;

    /** Where the years and the total are. */
    record Layout(String sheetName, int years, MonthlySheet.Layout monthly) {
        int totalCol() {
            return FIRST_YEAR_COL + years;
        }

        int lastYearCol() {
            return FIRST_YEAR_COL + years - 1;
        }
    }

    private AnnualSheet() {}

    static Layout write(XSSFSheet sheet, String scenarioName, WorkbookData.Variant variant, MonthlySheet.Layout monthly,
                        Styles st) {
        Projection p = variant.run().projection();
        Scenario s = p.scenario();
        int years = p.years();
        Layout layout = new Layout(sheet.getSheetName(), years, monthly);
        Cells.text(sheet, 0, 0, scenarioName + " (" + variant.label() + "): year by year", st.title, st);
        Cells.text(sheet, 1, 0, "Plan years of twelve months from " + Formats.month(s, 0) + ". Each figure adds up the "
                + "sheet '" + monthly.sheetName() + "': flows are the year's total, levels are at the year's end.",
                st.subtitle, st);

        Cells.text(sheet, HEADER_ROW, LABEL_COL, "Line", st.header, st);
        Cells.text(sheet, HEADER_ROW, UNIT_COL, "Unit", st.header, st);
        for (int y = 1; y <= years; y++) {
            Cells.text(sheet, HEADER_ROW, FIRST_YEAR_COL + y - 1, Formats.planYear(s.month((y - 1) * 12)), st.headerRight, st);
        }
        Cells.text(sheet, HEADER_ROW, layout.totalCol(), "Total", st.headerRight, st);

        Line.Group current = null;
        for (Line line : Line.values()) {
            int row = monthly.row(line);
            if (line.group() != current) {
                current = line.group();
                MonthlySheet.groupHeading(sheet, row - 1, current.label(), years + 1, st);
            }
            Cells.text(sheet, row, LABEL_COL, Labels.line(line, Labels.terms(s)), st.text, st);
            Cells.text(sheet, row, UNIT_COL, MonthlySheet.unit(line.unit(), s.currency()), st.text, st);
            Series values = p.get(line);
            XSSFCellStyle style = st.of(line.unit());
            if (line.flow()) {
                flowRow(sheet, layout, row, values, style);
            } else {
                stockRow(sheet, layout, row, values, style);
            }
        }

        List<List<MonthlySheet.GroupRow>> groups = monthly.groupRows();
        if (!groups.isEmpty()) {
            MonthlySheet.groupHeading(sheet, groups.get(0).get(0).row() - 1, "Client groups", years + 1, st);
        }
        for (List<MonthlySheet.GroupRow> rows : groups) {
            MonthlySheet.GroupRow hours = find(rows, MonthlySheet.Kind.FLOW, "hours");
            MonthlySheet.GroupRow income = rows.stream()
                    .filter(r -> r.kind() == MonthlySheet.Kind.FLOW && !r.unit().equals("hours")).findFirst().orElseThrow();
            for (MonthlySheet.GroupRow r : rows) {
                Cells.text(sheet, r.row(), LABEL_COL, r.kind() == MonthlySheet.Kind.FEE
                        ? r.group() + ": average fee per contact hour" : r.label(), st.text, st);
                Cells.text(sheet, r.row(), UNIT_COL, r.unit(), st.text, st);
                switch (r.kind()) {
                    case FLOW -> flowRow(sheet, layout, r.row(), r.values(), r.unit().equals("hours") ? st.hours : st.money);
                    case STOCK -> stockRow(sheet, layout, r.row(), r.values(), st.count);
                    case FEE -> feeRow(sheet, layout, r.row(), income, hours, st);
                }
            }
        }

        Cells.width(sheet, LABEL_COL, 46);
        Cells.width(sheet, UNIT_COL, 10);
        for (int c = FIRST_YEAR_COL; c <= layout.totalCol(); c++) {
            Cells.width(sheet, c, 14);
        }
        sheet.createFreezePane(FIRST_YEAR_COL, HEADER_ROW + 1);
        return layout;
    }

    private static void flowRow(XSSFSheet sheet, Layout layout, int row, Series values, XSSFCellStyle style) {
        int months = values.length();
        for (int y = 1; y <= layout.years(); y++) {
            int from = (y - 1) * 12;
            int to = Math.min(y * 12, months);
            Cells.formula(sheet, row, FIRST_YEAR_COL + y - 1, "SUM(" + layout.monthly().range(row, from, to - 1) + ")",
                    values.sum(from, to), style);
        }
        Cells.formula(sheet, row, layout.totalCol(), "SUM(" + Cells.range(row, FIRST_YEAR_COL, row, layout.lastYearCol()) + ")",
                values.sum(), style);
    }

    /** A level: the year's last month. A total of levels means nothing, so the Total column stays empty. */
    private static void stockRow(XSSFSheet sheet, Layout layout, int row, Series values, XSSFCellStyle style) {
        int months = values.length();
        for (int y = 1; y <= layout.years(); y++) {
            int last = Math.min(y * 12, months) - 1;
            Cells.formula(sheet, row, FIRST_YEAR_COL + y - 1, layout.monthly().cell(row, last), values.at(last), style);
        }
    }

    /** The average fee: the year's fee income over its contact hours, both from the rows above. */
    private static void feeRow(XSSFSheet sheet, Layout layout, int row, MonthlySheet.GroupRow income,
                               MonthlySheet.GroupRow hours, Styles st) {
        int months = income.values().length();
        for (int y = 1; y <= layout.years() + 1; y++) {
            boolean total = y > layout.years();
            int from = total ? 0 : (y - 1) * 12;
            int to = total ? months : Math.min(y * 12, months);
            int col = FIRST_YEAR_COL + y - 1;
            double h = hours.values().sum(from, to);
            double cached = h > 0 ? income.values().sum(from, to) / h : Double.NaN;
            String hoursCell = Cells.ref(hours.row(), col);
            Cells.formula(sheet, row, col, "IF(" + hoursCell + ">0," + Cells.ref(income.row(), col) + "/" + hoursCell
                    + ",\"" + Cells.NOT_AVAILABLE + "\")", cached, st.pence);
        }
    }

    private static MonthlySheet.GroupRow find(List<MonthlySheet.GroupRow> rows, MonthlySheet.Kind kind, String unit) {
        return rows.stream().filter(r -> r.kind() == kind && r.unit().equals(unit)).findFirst().orElseThrow();
    }
}
