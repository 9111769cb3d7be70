package org.carecoop.report.workbook;

import java.time.YearMonth;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Grid;
import org.carecoop.analysis.Metric;

/**
 * A two-way table of one metric on one sheet: a title and an About block, the table (the input across in the
 * header row, the input down in the first column, the metric in each cell as a number in the metric's format),
 * a red-white-green colour scale over the table, and a bold border round the cells on the break-even frontier.
 */
final class GridSheet {
    static final int LABEL_COL = 0;
    static final int FIRST_VALUE_COL = 1;
    static final int ABOUT_ROW = 2;
    static final int HEADER_ROW = 9;
    static final String RED = "F8696B";
    static final String WHITE = "FFFFFF";
    static final String GREEN = "63BE7B";
    /** A month as GridReport shows it (2026-03). */
    static final String MONTH_FORMAT = "yyyy-mm";

    /** Where the table is: the header row, the first and last row and column of the values, and the legend's row. */
    record Layout(int header, int firstRow, int lastRow, int firstCol, int lastCol, int legendRow) {
        CellRangeAddress values() {
            return new CellRangeAddress(firstRow, lastRow, firstCol, lastCol);
        }
    }

    private GridSheet() {}

    static Layout write(XSSFSheet sheet, GridData data, Styles st) {
        Grid g = data.grid();
        Metric metric = g.metric();
        XSSFWorkbook wb = sheet.getWorkbook();
        XSSFCellStyle figure = metric.kind() == Metric.Kind.MONTHS ? numberStyle(wb, st.count, MONTH_FORMAT)
                : MonteCarloSheet.style(metric, st);
        XSSFCellStyle frontier = wb.createCellStyle();
        frontier.cloneStyleFrom(figure);
        frontier.setBorderTop(BorderStyle.MEDIUM);
        frontier.setBorderBottom(BorderStyle.MEDIUM);
        frontier.setBorderLeft(BorderStyle.MEDIUM);
        frontier.setBorderRight(BorderStyle.MEDIUM);
        XSSFCellStyle xHeader = numberStyle(wb, st.headerRight, data.xPercent() ? "0.0%" : "General");
        XSSFCellStyle yLabel = numberStyle(wb, st.header, data.yPercent() ? "0.0%" : "General");
        yLabel.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);

        int lastCol = FIRST_VALUE_COL + g.xs().length - 1;
        Cells.width(sheet, LABEL_COL, 30);
        for (int c = FIRST_VALUE_COL; c <= lastCol; c++) {
            Cells.width(sheet, c, 13);
        }
        Cells.text(sheet, 0, 0, data.scenarioName() + ": grid", st.title, st);
        Cells.text(sheet, 1, 0, capitalise(metric.label()) + " for each " + g.xPath() + " (across) and " + g.yPath()
                + " (down).", st.subtitle, st);
        String[][] about = {
            {"Scenario", data.scenarioName()},
            {"File", data.scenarioFile()},
            {"Variant", data.variant() == null ? "the base plan" : data.variant()},
            {"Across", g.xPath()},
            {"Down", g.yPath()},
            {"Result", metric.key() + ": " + metric.label()},
        };
        for (int i = 0; i < about.length; i++) {
            Cells.text(sheet, ABOUT_ROW + i, 0, about[i][0], st.header, st);
            Cells.text(sheet, ABOUT_ROW + i, 1, about[i][1], st.text, st);
        }

        Cells.text(sheet, HEADER_ROW, LABEL_COL, g.yPath() + " \\ " + g.xPath(), st.header, st);
        for (int c = 0; c < g.xs().length; c++) {
            Cells.number(sheet, HEADER_ROW, FIRST_VALUE_COL + c, g.xs()[c], xHeader);
        }
        int firstRow = HEADER_ROW + 1;
        for (int r = 0; r < g.ys().length; r++) {
            int row = firstRow + r;
            Cells.number(sheet, row, LABEL_COL, g.ys()[r], yLabel);
            for (int c = 0; c < g.xs().length; c++) {
                XSSFCellStyle style = g.onFrontier(r, c) ? frontier : figure;
                double v = g.values()[r][c];
                if (metric.kind() == Metric.Kind.MONTHS) {
                    if (Double.isFinite(v)) {
                        Cells.number(sheet, row, FIRST_VALUE_COL + c, month(data.start(), v), style);
                    } else {
                        // never breaks even within the plan: left empty, so the colour scale passes it by
                        Cells.cell(sheet, row, FIRST_VALUE_COL + c).setCellStyle(style);
                    }
                } else {
                    Cells.number(sheet, row, FIRST_VALUE_COL + c, v, style);
                }
            }
        }
        int lastRow = firstRow + g.ys().length - 1;
        Layout layout = new Layout(HEADER_ROW, firstRow, lastRow, FIRST_VALUE_COL, lastCol, lastRow + 2);
        colourScale(sheet, metric, layout.values());
        Cells.text(sheet, layout.legendRow(), 0, legend(metric), st.note, st);
        sheet.createFreezePane(FIRST_VALUE_COL, HEADER_ROW + 1);
        return layout;
    }

    /** The month a break-even month (counted from the plan's start) falls in, as a spreadsheet date. */
    static double month(YearMonth start, double months) {
        return DateUtil.getExcelDate(start.plusMonths((long) months).atDay(1));
    }

    /**
     * Red for the bad end, green for the good, white between: at zero for a metric whose break-even is zero
     * (so the frontier shows white), else at the middle of the values.
     */
    static void colourScale(XSSFSheet sheet, Metric metric, CellRangeAddress range) {
        XSSFSheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = scf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        XSSFConditionalFormattingThreshold min = scale.createThreshold();
        min.setRangeType(RangeType.MIN);
        XSSFConditionalFormattingThreshold mid = scale.createThreshold();
        if (zeroIsBreakEven(metric)) {
            mid.setRangeType(RangeType.NUMBER);
            mid.setValue(0d);
        } else {
            mid.setRangeType(RangeType.PERCENTILE);
            mid.setValue(50d);
        }
        XSSFConditionalFormattingThreshold max = scale.createThreshold();
        max.setRangeType(RangeType.MAX);
        scale.setThresholds(new XSSFConditionalFormattingThreshold[] {min, mid, max});
        boolean lowerIsBetter = metric == Metric.FUNDING_NEEDED || metric == Metric.BREAK_EVEN_MONTH;
        scale.setColors(new XSSFColor[] {colour(lowerIsBetter ? GREEN : RED), colour(WHITE),
            colour(lowerIsBetter ? RED : GREEN)});
        scf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    static boolean zeroIsBreakEven(Metric metric) {
        return metric.kind() == Metric.Kind.MONEY || metric == Metric.SURPLUS_MARGIN;
    }

    private static String legend(Metric metric) {
        String colours = zeroIsBreakEven(metric)
                ? "Colours: red is the wrong side of zero, white zero, green the right side"
                : metric == Metric.BREAK_EVEN_MONTH
                ? "Colours: green breaks even early, red late; an empty cell never breaks even within the plan"
                : "Colours: red is the low end, white the middle, green the high end";
        return colours + ". A bold border marks the break-even frontier: the first cells on the right side of zero"
                + (metric == Metric.FUNDING_NEEDED ? " (no funding needed)" : "") + ".";
    }

    private static XSSFColor colour(String hex) {
        return new XSSFColor(new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
            (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)});
    }

    private static XSSFCellStyle numberStyle(XSSFWorkbook wb, XSSFCellStyle base, String format) {
        XSSFCellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(base);
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
