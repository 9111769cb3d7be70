package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.model.Line;
import org.carecoop.report.Formats;

/**
 * Native charts whose data are cell ranges of the other sheets, so they follow an edit: cash at each
 * month's end (a line per variant), income against operating costs by year (columns, one chart per
 * variant), and the cost of a contact hour built up line by line (stacked columns: the variants side by
 * side, then each variant by visit length). Charts sit in rows of one or two; a printed page holds two
 * rows of charts, never half a chart.
 */
final class Charts {
    /** Chart size in cells. */
    private static final int WIDE = 16;
    private static final int HALF = 8;
    private static final int TALL = 18;
    /** A default column's width, in characters. */
    private static final double COLUMN_CHARS = 8.43;
    /** Rows of charts on a printed page. */
    private static final int BANDS_PER_PAGE = 2;
    /** The rows above the first chart: title, subtitle, a blank row. */
    private static final int FIRST_CHART_ROW = 3;
    /** Series colours, a colour-blind-safe palette (Okabe and Ito), then greys. */
    private static final int[][] PALETTE = {
        {0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167}, {86, 180, 233}, {213, 94, 0}, {240, 228, 66},
        {0, 0, 0}, {120, 120, 120}, {170, 170, 170}, {60, 60, 60}, {200, 200, 200}};

    private Charts() {}

    /** Chart titles in the order they are drawn, for tests and the report. */
    static List<String> write(XSSFSheet sheet, WorkbookData data, List<MonthlySheet.Layout> monthly,
                              List<AnnualSheet.Layout> annual, CostSheet.Layout cost, Styles st) {
        XSSFWorkbook wb = sheet.getWorkbook();
        String money = money(data.currency(), "#,##0");
        String pence = money(data.currency(), "#,##0.00");
        Cells.text(sheet, 0, 0, data.scenarioName() + ": charts", st.title, st);
        Cells.text(sheet, 1, 0, "The charts draw on the other sheets' cells, so they follow any change made there.",
                st.subtitle, st);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        List<String> titles = new ArrayList<>();
        int top = FIRST_CHART_ROW;
        int bands = 0;
        for (int c = 0; c < WIDE; c++) {
            // a default column's width, set so the printed scale below is known
            Cells.width(sheet, c, COLUMN_CHARS);
        }

        String title = cash(drawing, data, monthly, 0, top, WIDE, top + TALL);
        titles.add(title);
        top = nextBand(sheet, top, ++bands);
        XSSFChart chart;

        // income and operating costs by year, one chart per variant, two to a row
        for (int i = 0; i < annual.size(); i++) {
            AnnualSheet.Layout a = annual.get(i);
            XSSFSheet annualSheet = wb.getSheet(a.sheetName());
            title = "Fee income and operating costs by year: " + data.variants().get(i).label();
            int col = (i % 2) * HALF;
            chart = chart(drawing, col, top, col + HALF, top + TALL, title);
            XDDFCategoryDataSource years = XDDFDataSourcesFactory.fromStringCellRange(annualSheet,
                    new CellRangeAddress(MonthlySheet.HEADER_ROW, MonthlySheet.HEADER_ROW, AnnualSheet.FIRST_YEAR_COL,
                            a.lastYearCol()));
            XDDFBarChartData bars = bars(chart, money, BarGrouping.CLUSTERED);
            int k = 0;
            for (Line line : List.of(Line.INCOME, Line.OPERATING_COSTS)) {
                int row = a.monthly().row(line);
                XDDFChartData.Series series = bars.addSeries(years, XDDFDataSourcesFactory.fromNumericCellRange(annualSheet,
                        new CellRangeAddress(row, row, AnnualSheet.FIRST_YEAR_COL, a.lastYearCol())));
                series.setTitle(line.label(), new CellReference(a.sheetName(), row, MonthlySheet.LABEL_COL, true, true));
                series.setFillProperties(fill(k++));
            }
            chart.plot(bars);
            titles.add(title);
            if (i % 2 == 1 || i == annual.size() - 1) {
                top = nextBand(sheet, top, ++bands);
            }
        }

        // cost of a contact hour: variants side by side, then by visit length per variant
        XSSFSheet costSheet = wb.getSheet(cost.sheetName());
        title = "Cost of a contact hour, line by line";
        chart = chart(drawing, 0, top, WIDE, top + TALL, title);
        stacked(chart, Table.of(costSheet, cost.byVariant()), pence);
        titles.add(title);
        top = nextBand(sheet, top, ++bands);
        // full width: eleven cost lines need a legend beside the bars
        for (int i = 0; i < cost.byVisit().size(); i++) {
            title = "Cost of a contact hour by visit length: " + data.variants().get(i).label();
            chart = chart(drawing, 0, top, WIDE, top + TALL, title);
            stacked(chart, Table.of(costSheet, cost.byVisit().get(i)), pence);
            titles.add(title);
            top = nextBand(sheet, top, ++bands);
        }
        sheet.createFreezePane(0, FIRST_CHART_ROW - 1);
        // whole charts on each page: the title rows and two rows of charts fit a page
        double width = 0;
        for (int c = 0; c < WIDE; c++) {
            width += sheet.getColumnWidthInPixels(c);
        }
        Print.scale(sheet, width, (FIRST_CHART_ROW + BANDS_PER_PAGE * (TALL + 1)) * sheet.getDefaultRowHeightInPoints());
        return titles;
    }

    /** The first row of the next row of charts; a page break after every {@link #BANDS_PER_PAGE} rows of charts. */
    private static int nextBand(XSSFSheet sheet, int top, int bands) {
        int next = top + TALL + 1;
        if (bands % BANDS_PER_PAGE == 0) {
            sheet.setRowBreak(next - 1);
        }
        return next;
    }

    /**
     * The Compare sheet's charts under its table, each on a printed page of its own: where each 100 of income
     * goes (stacked columns, a column a variant; a loss, a negative share, stacks below zero) and cash at each
     * month's end (a line a variant, as on the Charts sheet). Returns their titles.
     */
    static List<String> compare(XSSFSheet sheet, WorkbookData data, List<MonthlySheet.Layout> monthly,
                                CompareSheet.Layout table) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // as wide as the table, and at least as wide as the Charts sheet's wide charts (WIDE default columns)
        double width = 0;
        int endCol = 0;
        for (; endCol <= table.lastCol(); endCol++) {
            width += sheet.getColumnWidthInPixels(endCol);
        }
        for (; width < WIDE * Cells.pixels(COLUMN_CHARS); endCol++) {
            Cells.width(sheet, endCol, COLUMN_CHARS);
            width += sheet.getColumnWidthInPixels(endCol);
        }
        // as tall as the table, so each printed page is as full as the first
        int tall = Math.max(TALL, table.lastRow() - CompareSheet.HEADER_ROW);
        List<String> titles = new ArrayList<>();
        int top = table.lastRow() + 2;
        String title = "Where each 100 of income goes";
        XSSFChart chart = chart(drawing, 0, top, endCol, top + tall, title);
        stacked(chart, new Table(sheet, CompareSheet.HEADER_ROW, CompareSheet.LABEL_COL, CompareSheet.FIRST_COL,
                table.lastCol(), table.shareRows()), "0");
        sheet.setRowBreak(top - 1);
        titles.add(title);
        top += tall + 1;
        titles.add(cash(drawing, data, monthly, 0, top, endCol, top + tall));
        sheet.setRowBreak(top - 1);
        // a page holds the title rows (repeated) and the table or a chart
        double tallest = Math.max(Print.heightPoints(sheet, CompareSheet.HEADER_ROW + 1, table.lastRow() + 1),
                (tall + 1) * sheet.getDefaultRowHeightInPoints());
        Print.scale(sheet, width, Print.heightPoints(sheet, 0, CompareSheet.HEADER_ROW) + tallest);
        return titles;
    }

    /** Cash at each month's end, a line per variant, over the months of the longest plan; returns the title. */
    private static String cash(XSSFDrawing drawing, WorkbookData data, List<MonthlySheet.Layout> monthly, int col1,
                               int row1, int col2, int row2) {
        XSSFWorkbook wb = drawing.getSheet().getWorkbook();
        int longest = 0;
        for (int i = 1; i < monthly.size(); i++) {
            if (monthly.get(i).months() > monthly.get(longest).months()) {
                longest = i;
            }
        }
        MonthlySheet.Layout axis = monthly.get(longest);
        String title = "Cash at the end of each month";
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFCategoryDataSource months = XDDFDataSourcesFactory.fromStringCellRange(wb.getSheet(axis.sheetName()),
                new CellRangeAddress(MonthlySheet.HEADER_ROW, MonthlySheet.HEADER_ROW, MonthlySheet.FIRST_MONTH_COL,
                        axis.lastMonthCol()));
        XDDFCategoryAxis bottom = categoryAxis(chart);
        XDDFValueAxis left = valueAxis(chart, money(data.currency(), "#,##0"), AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        lines.setVaryColors(false);
        for (int i = 0; i < monthly.size(); i++) {
            MonthlySheet.Layout m = monthly.get(i);
            int row = m.row(Line.CLOSING_CASH);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(wb.getSheet(m.sheetName()),
                    new CellRangeAddress(row, row, MonthlySheet.FIRST_MONTH_COL, m.lastMonthCol()));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(months, values);
            series.setTitle(data.variants().get(i).label(), null);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(fill(i));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(lines);
        return title;
    }

    /**
     * A histogram: a column a bin, the bins' names from {@code labelCol} and their counts from {@code countCol} of
     * rows {@code firstRow} to {@code lastRow}, drawn side by side with no gaps.
     */
    static XSSFChart histogram(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title, int firstRow,
                               int lastRow, int labelCol, int countCol) {
        XSSFSheet sheet = drawing.getSheet();
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFCategoryDataSource bins = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, labelCol, labelCol));
        XDDFBarChartData bars = bars(chart, "#,##0", BarGrouping.CLUSTERED);
        bars.setGapWidth(8);
        XDDFChartData.Series series = bars.addSeries(bins, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, countCol, countCol)));
        series.setTitle("Runs", new CellReference(sheet.getSheetName(), firstRow - 1, countCol, true, true));
        series.setFillProperties(fill(0));
        chart.plot(bars);
        // one series: its name says nothing a legend would need to
        chart.deleteLegend();
        return chart;
    }

    /**
     * A fan of cash by month: a line a column from {@code firstCol} to {@code lastCol} (the base plan first, then
     * the quantiles from low to high), named by {@code headerRow}, over the months in {@code monthCol} of the rows
     * below it to {@code lastRow}. The base plan is a solid black line; the outer quantiles are pale, the middle dark.
     */
    static XSSFChart fan(XSSFDrawing drawing, String currency, int col1, int row1, int col2, int row2, String title,
                         int headerRow, int lastRow, int monthCol, int firstCol, int lastCol) {
        XSSFSheet sheet = drawing.getSheet();
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFCategoryDataSource months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, lastRow, monthCol, monthCol));
        XDDFCategoryAxis bottom = categoryAxis(chart);
        XDDFValueAxis left = valueAxis(chart, money(currency, "#,##0"), AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        lines.setVaryColors(false);
        int quantiles = lastCol - firstCol;
        for (int c = firstCol; c <= lastCol; c++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(months,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(headerRow + 1, lastRow, c, c)));
            series.setTitle(sheet.getRow(headerRow).getCell(c).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, c, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line;
            if (c == firstCol) {
                line = new XDDFLineProperties(fill(7));
                line.setWidth(2.5);
            } else {
                // distance from the median: 0 for the middle line, 1 for the outermost
                int q = c - firstCol - 1;
                double away = Math.abs(q - (quantiles - 1) / 2.0) / Math.max(1, (quantiles - 1) / 2.0);
                int shade = (int) Math.round(30 + 150 * away);
                line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(
                        new byte[] {(byte) (shade * 0.3), (byte) (shade * 0.6 + 60), (byte) Math.min(255, shade + 75)})));
                line.setWidth(away == 0 ? 2.0 : 1.25);
            }
            series.setLineProperties(line);
        }
        chart.plot(lines);
        return chart;
    }

    /**
     * A tornado: a horizontal bar an input (names in {@code labelCol} of the rows below {@code headerRow} to
     * {@code lastRow}), two series (the change at the input's low and at its high) overlapping fully, the biggest
     * swing at the top.
     */
    static XSSFChart tornado(XSSFDrawing drawing, String currency, boolean money, int col1, int row1, int col2,
                             int row2, String title, int headerRow, int lastRow, int labelCol, int lowCol, int highCol) {
        return horizontalBars(drawing, col1, row1, col2, row2, title, headerRow, lastRow, labelCol,
                new int[] {lowCol, highCol}, money ? money(currency, "#,##0") : "General", 100);
    }

    /**
     * Sobol indices: a pair of horizontal bars an input (names in {@code labelCol} of the rows below
     * {@code headerRow} to {@code lastRow}), its first-order index beside its total-order index, as percentages,
     * the first row at the top.
     */
    static XSSFChart indices(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title, int headerRow,
                             int lastRow, int labelCol, int firstOrderCol, int totalOrderCol) {
        return horizontalBars(drawing, col1, row1, col2, row2, title, headerRow, lastRow, labelCol,
                new int[] {firstOrderCol, totalOrderCol}, "0%", 0);
    }

    /**
     * Horizontal bars clustered by row (the rows' names down the side, the first at the top), a series a column of
     * {@code cols} named by its header; {@code overlap} 100 draws a row's bars over each other, 0 side by side.
     */
    private static XSSFChart horizontalBars(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title,
                                            int headerRow, int lastRow, int labelCol, int[] cols, String format,
                                            int overlap) {
        XSSFSheet sheet = drawing.getSheet();
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFCategoryDataSource inputs = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow + 1, lastRow, labelCol, labelCol));
        XDDFCategoryAxis side = chart.createCategoryAxis(AxisPosition.LEFT);
        side.setTickLabelPosition(AxisTickLabelPosition.LOW);
        // the rows are sorted, biggest first: drawn from the top down
        side.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setNumberFormat(format);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, side, values);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        bars.setOverlap((byte) overlap);
        bars.setGapWidth(40);
        int k = 0;
        for (int col : cols) {
            XDDFChartData.Series series = bars.addSeries(inputs, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(headerRow + 1, lastRow, col, col)));
            series.setTitle(sheet.getRow(headerRow).getCell(col).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), headerRow, col, true, true));
            series.setFillProperties(fill(k++));
        }
        chart.plot(bars);
        return chart;
    }

    /**
     * A spider chart: a line a row below {@code headerRow} to {@code lastRow} (named in {@code labelCol}), over the
     * percentiles in the header row from {@code firstCol} to {@code lastCol}.
     */
    static XSSFChart spider(XSSFDrawing drawing, String currency, boolean money, int col1, int row1, int col2,
                            int row2, String title, int headerRow, int lastRow, int labelCol, int firstCol, int lastCol) {
        XSSFSheet sheet = drawing.getSheet();
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryDataSource percentiles = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow, headerRow, firstCol, lastCol));
        XDDFCategoryAxis bottom = categoryAxis(chart);
        XDDFValueAxis left = valueAxis(chart, money ? money(currency, "#,##0") : "General",
                AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        lines.setVaryColors(false);
        for (int r = headerRow + 1; r <= lastRow; r++) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(percentiles,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(r, r, firstCol, lastCol)));
            series.setTitle(sheet.getRow(r).getCell(labelCol).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), r, labelCol, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFLineProperties line = new XDDFLineProperties(fill(r - headerRow - 1));
            line.setWidth(2.0);
            series.setLineProperties(line);
        }
        chart.plot(lines);
        return chart;
    }

    /**
     * A table a stacked chart draws: the categories along its header row, a series a row (its name in the
     * label column), the figures from {@code firstCol} to {@code lastCol}.
     */
    record Table(XSSFSheet sheet, int headerRow, int labelCol, int firstCol, int lastCol, List<Integer> rows) {
        static Table of(XSSFSheet sheet, CostSheet.Block block) {
            return new Table(sheet, block.headerRow(), CostSheet.LABEL_COL, block.firstCol(), block.lastCol(),
                    block.stackRows());
        }
    }

    /** A stacked column chart of a table of money per hour: a column a category, a band a row. */
    static XSSFChart stacked(XSSFDrawing drawing, String currency, int col1, int row1, int col2, int row2, String title,
                             Table table) {
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        stacked(chart, table, money(currency, "#,##0.00"));
        return chart;
    }

    private static void stacked(XSSFChart chart, Table table, String format) {
        XSSFSheet sheet = table.sheet();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(table.headerRow(), table.headerRow(), table.firstCol(), table.lastCol()));
        XDDFBarChartData bars = bars(chart, format, BarGrouping.STACKED);
        // a legend of ten or eleven lines below a chart would leave the bars no room
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        bars.setOverlap((byte) 100);
        int k = 0;
        for (int row : table.rows()) {
            XDDFChartData.Series series = bars.addSeries(categories, XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(row, row, table.firstCol(), table.lastCol())));
            series.setTitle(sheet.getRow(row).getCell(table.labelCol()).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), row, table.labelCol(), true, true));
            series.setFillProperties(fill(k++));
        }
        chart.plot(bars);
    }

    /**
     * Stacked columns over columns {@code col1} to {@code col2 - 1} and rows {@code row1} to {@code row2 - 1}: a column
     * a category of the table's header row, a series a row of the table (a negative figure stacks below zero).
     */
    static XSSFChart stackedColumns(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title,
                                    Table table, String format) {
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        stacked(chart, table, format);
        return chart;
    }

    /** Columns of the table's first row from zero, one colour and no legend, over the categories of its header row. */
    static XSSFChart columns(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title, Table table,
                             String format) {
        XSSFSheet sheet = table.sheet();
        XSSFChart chart = chart(drawing, col1, row1, col2, row2, title);
        XDDFBarChartData bars = bars(chart, format, BarGrouping.CLUSTERED);
        int row = table.rows().get(0);
        XDDFChartData.Series series = bars.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(table.headerRow(), table.headerRow(), table.firstCol(), table.lastCol())),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(row, row, table.firstCol(), table.lastCol())));
        series.setTitle(sheet.getRow(row).getCell(table.labelCol()).getStringCellValue(),
                new CellReference(sheet.getSheetName(), row, table.labelCol(), true, true));
        series.setFillProperties(fill(0));
        // from zero, so the heights compare as the figures do
        bars.getValueAxes().get(0).setMinimum(0);
        chart.plot(bars);
        chart.deleteLegend();
        return chart;
    }

    /** A currency format for an axis: the symbol quoted, then {@code digits}. */
    private static String money(String currency, String digits) {
        return "\"" + Formats.symbol(currency).replace("\"", "") + "\"" + digits;
    }

    /** A chart over columns {@code col1} to {@code col2 - 1} and rows {@code row1} to {@code row2 - 1}. */
    private static XSSFChart chart(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title) {
        // ends at the right edge of its last column, not the left edge of the next, which a spreadsheet program
        // would otherwise print (on a page of its own when the sheet is scaled to fit the chart's width)
        int right = (int) Math.round(drawing.getSheet().getColumnWidthInPixels(col2 - 1) * Units.EMU_PER_PIXEL);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, right, 0, col1, row1, col2 - 1, row2));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // a spreadsheet program's default chart title (18 points) crowds a half-width chart
        var font = chart.getTitle().getOrAddTextProperties();
        font.setFontSize(12.0);
        font.setBold(true);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFBarChartData bars(XSSFChart chart, String format, BarGrouping grouping) {
        XDDFCategoryAxis bottom = categoryAxis(chart);
        XDDFValueAxis left = valueAxis(chart, format, AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(grouping);
        bars.setVaryColors(false);
        return bars;
    }

    private static XDDFCategoryAxis categoryAxis(XSSFChart chart) {
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        // labels below the plot even when values go below zero
        bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
        return bottom;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String format, AxisCrossBetween between) {
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(between);
        left.setNumberFormat(format);
        return left;
    }

    private static XDDFSolidFillProperties fill(int index) {
        int[] rgb = PALETTE[index % PALETTE.length];
        // from(byte[]) is sRGB; from(int, int, int) would be scRGB, whose channels are percentages
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}));
    }
}
