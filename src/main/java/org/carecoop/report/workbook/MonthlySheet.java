package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.report.Labels;
import org.carecoop.model.Series;
import org.carecoop.report.Formats;

/**
 * One variant's projection month by month: months as columns, every line as a row under its group's
 * heading, then each client group's rows. The figures are the model's, as values; the Annual sheet
 * and the Summary add them up with formulas.
 */
final class MonthlySheet {
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 3;
    static final int LABEL_COL = 0;
    static final int UNIT_COL = 1;
    static final int FIRST_MONTH_COL = 2;

    /** How a client group's row adds up over a year. */
    enum Kind { FLOW, STOCK, FEE }

    /** A client group's row: where it is and how it adds up. */
    record GroupRow(String group, String label, String unit, Kind kind, int row, Series values) {}

    /** Where everything is, for the formulas and charts that refer to this sheet. */
    record Layout(String sheetName, int months, Map<Line, Integer> lineRows, List<List<GroupRow>> groupRows) {
        int lastMonthCol() {
            return FIRST_MONTH_COL + months - 1;
        }

        int row(Line line) {
            return lineRows.get(line);
        }

        /** The range of a line's monthly figures, with the sheet, for another sheet's formula. */
        String lineRange(Line line) {
            return Cells.sheet(sheetName) + Cells.range(row(line), FIRST_MONTH_COL, row(line), lastMonthCol());
        }

        /** The months' names over the figures (the header row), with the sheet. */
        String monthNames() {
            return range(HEADER_ROW, 0, months - 1);
        }

        String cell(int row, int month) {
            return Cells.sheet(sheetName) + Cells.ref(row, FIRST_MONTH_COL + month);
        }

        String range(int row, int fromMonth, int toMonth) {
            return Cells.sheet(sheetName) + Cells.range(row, FIRST_MONTH_COL + fromMonth, row, FIRST_MONTH_COL + toMonth);
        }
    }

    private MonthlySheet() {}

    static Layout write(XSSFSheet sheet, String scenarioName, WorkbookData.Variant variant, Styles st) {
        Projection p = variant.run().projection();
        Scenario s = p.scenario();
        int months = p.months();
        Cells.text(sheet, TITLE_ROW, 0, scenarioName + " (" + variant.label() + "): month by month", st.title, st);
        Cells.text(sheet, TITLE_ROW + 1, 0, "The model's figures for each month, " + Formats.month(s, 0) + " to "
                + Formats.month(s, months - 1) + ". Flows are totals for the month; clients, staff, cash and balances "
                + "are levels at the month's end.", st.subtitle, st);

        Cells.text(sheet, HEADER_ROW, LABEL_COL, "Line", st.header, st);
        Cells.text(sheet, HEADER_ROW, UNIT_COL, "Unit", st.header, st);
        for (int m = 0; m < months; m++) {
            Cells.text(sheet, HEADER_ROW, FIRST_MONTH_COL + m, Formats.month(s, m), st.headerRight, st);
        }

        int row = HEADER_ROW + 1;
        Map<Line, Integer> rows = new EnumMap<>(Line.class);
        Line.Group current = null;
        for (Line line : Line.values()) {
            if (line.group() != current) {
                current = line.group();
                groupHeading(sheet, row++, current.label(), months, st);
            }
            Cells.text(sheet, row, LABEL_COL, Labels.line(line, Labels.terms(s)), st.text, st);
            Cells.text(sheet, row, UNIT_COL, unit(line.unit(), s.currency()), st.text, st);
            Series values = p.get(line);
            for (int m = 0; m < months; m++) {
                Cells.number(sheet, row, FIRST_MONTH_COL + m, values.at(m), st.of(line.unit()));
            }
            rows.put(line, row);
            row++;
        }

        List<List<GroupRow>> groupRows = new ArrayList<>();
        if (!p.groups().isEmpty()) {
            groupHeading(sheet, row++, "Client groups", months, st);
        }
        for (Projection.GroupLines g : p.groups()) {
            List<GroupRow> these = List.of(
                    new GroupRow(g.name(), g.name() + ": clients", "count", Kind.STOCK, row, g.clients()),
                    new GroupRow(g.name(), g.name() + ": contact hours delivered", "hours", Kind.FLOW, row + 1,
                            g.contactHours()),
                    new GroupRow(g.name(), g.name() + ": fee income", s.currency(), Kind.FLOW, row + 2, g.income()),
                    new GroupRow(g.name(), g.name() + ": fee per contact hour", s.currency() + "/hour", Kind.FEE, row + 3,
                            g.fee()));
            for (GroupRow r : these) {
                Cells.text(sheet, r.row(), LABEL_COL, r.label(), st.text, st);
                Cells.text(sheet, r.row(), UNIT_COL, r.unit(), st.text, st);
                var style = switch (r.kind()) {
                    case STOCK -> st.count;
                    case FLOW -> r.unit().equals("hours") ? st.hours : st.money;
                    case FEE -> st.pence;
                };
                for (int m = 0; m < months; m++) {
                    Cells.number(sheet, r.row(), FIRST_MONTH_COL + m, r.values().at(m), style);
                }
            }
            groupRows.add(these);
            row += these.size();
        }

        Cells.width(sheet, LABEL_COL, 46);
        Cells.width(sheet, UNIT_COL, 10);
        for (int m = 0; m < months; m++) {
            Cells.width(sheet, FIRST_MONTH_COL + m, 11);
        }
        sheet.createFreezePane(FIRST_MONTH_COL, HEADER_ROW + 1);
        return new Layout(sheet.getSheetName(), months, rows, groupRows);
    }

    static String unit(Line.Unit unit, String currency) {
        return switch (unit) {
            case MONEY -> currency;
            case HOURS -> "hours";
            case COUNT -> "count";
        };
    }

    static void groupHeading(XSSFSheet sheet, int row, String label, int columns, Styles st) {
        Cells.text(sheet, row, LABEL_COL, label, st.group, st);
        for (int c = UNIT_COL; c < FIRST_MONTH_COL + columns; c++) {
            Cells.cell(sheet, row, c).setCellStyle(st.group);
        }
    }
}
