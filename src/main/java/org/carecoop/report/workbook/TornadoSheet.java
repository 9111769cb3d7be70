package org.carecoop.report.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Tornado;

/**
 * One-at-a-time sensitivity on one sheet: the bars table (each input at its 10th and 90th percentile, the result
 * there and its change from the base, sorted by swing), a tornado chart of the changes, the spider table (the
 * result at each percentile of each input) and its line chart. The charts read the tables' cells.
 */
final class TornadoSheet {
    static final int LABEL_COL = 0;
    static final int TITLE_ROWS = 2;
    static final int HEADER_ROW = 3;
    static final List<String> HEADERS = List.of("Input", "Low (P10)", "High (P90)", "Result at low", "Result at high",
            "Change at low", "Change at high", "Swing");
    static final int CHANGE_LOW_COL = 5;
    static final int CHANGE_HIGH_COL = 6;
    static final int LAST_COL = HEADERS.size() - 1;
    private static final int CHART_ROWS = 20;

    /** Where the tables are: the bars' header row, the spider table's header row, the charts' titles. */
    record Layout(int barsHeader, int spiderHeader, List<String> chartTitles) {}

    private TornadoSheet() {}

    static Layout write(XSSFSheet sheet, TornadoData data, Styles st) {
        Tornado t = data.tornado();
        Metric metric = t.metric();
        XSSFCellStyle figure = MonteCarloSheet.style(metric, st);
        Cells.width(sheet, LABEL_COL, 46);
        for (int c = 1; c <= LAST_COL; c++) {
            Cells.width(sheet, c, 14);
        }
        Cells.text(sheet, 0, 0, data.scenarioName() + ": tornado", st.title, st);
        Cells.text(sheet, 1, 0, "The " + metric.label() + " with each input at its 10th and 90th percentile, the others at "
                + "base (" + (data.variant() == null ? "the base plan" : data.variant()) + ", from " + data.scenarioFile()
                + "); base result: " + show(metric, data.currency(), t.base()) + ".", st.subtitle, st);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cells.text(sheet, HEADER_ROW, c, HEADERS.get(c), c == 0 ? st.header : st.headerRight, st);
        }
        int row = HEADER_ROW + 1;
        for (Tornado.Bar b : t.bars()) {
            Cells.text(sheet, row, LABEL_COL, b.path(), st.textWrap, st);
            Cells.number(sheet, row, 1, b.low(), st.hundredths);
            Cells.number(sheet, row, 2, b.high(), st.hundredths);
            Cells.number(sheet, row, 3, b.atLow(), figure);
            Cells.number(sheet, row, 4, b.atHigh(), figure);
            Cells.number(sheet, row, CHANGE_LOW_COL, b.atLow() - t.base(), figure);
            Cells.number(sheet, row, CHANGE_HIGH_COL, b.atHigh() - t.base(), figure);
            Cells.number(sheet, row, 7, b.swing(), figure);
            row++;
        }
        int lastBar = row - 1;

        row++;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        String tornadoTitle = "What moves the " + metric.label() + ": change from the base";
        Charts.tornado(drawing, data.currency(), metric.kind() == Metric.Kind.MONEY, LABEL_COL, row, LAST_COL + 1,
                row + CHART_ROWS, tornadoTitle, HEADER_ROW, lastBar, LABEL_COL, CHANGE_LOW_COL, CHANGE_HIGH_COL);
        row += CHART_ROWS + 1;
        sheet.setRowBreak(row - 1);

        int spiderHeader = row;
        Cells.text(sheet, row, LABEL_COL, "The " + metric.label() + " at each percentile of the input", st.header, st);
        for (int i = 0; i < Tornado.SPIDER.length; i++) {
            Cells.text(sheet, row, 1 + i, "P" + Math.round(Tornado.SPIDER[i] * 100), st.headerRight, st);
        }
        row++;
        for (Tornado.Bar b : t.bars()) {
            Cells.text(sheet, row, LABEL_COL, b.path(), st.textWrap, st);
            for (int i = 0; i < b.spider().length; i++) {
                Cells.number(sheet, row, 1 + i, b.spider()[i], figure);
            }
            row++;
        }
        int lastSpider = row - 1;
        row++;
        String spiderTitle = "Spider: the " + metric.label() + " against each input's percentile";
        Charts.spider(drawing, data.currency(), metric.kind() == Metric.Kind.MONEY, LABEL_COL, row, LAST_COL + 1,
                row + CHART_ROWS, spiderTitle, spiderHeader, lastSpider, LABEL_COL, 1, Tornado.SPIDER.length);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        return new Layout(HEADER_ROW, spiderHeader, List.of(tornadoTitle, spiderTitle));
    }

    private static String show(Metric metric, String currency, double v) {
        return switch (metric.kind()) {
            case MONEY -> org.carecoop.report.Formats.money(currency, v);
            case PER_HOUR -> org.carecoop.report.Formats.pence(currency, v);
            case SHARE -> org.carecoop.report.Formats.percent(v);
            case MONTHS -> org.carecoop.report.Formats.number(v, 1) + " months";
        };
    }
}
