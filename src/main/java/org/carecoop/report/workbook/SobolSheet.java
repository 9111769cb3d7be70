package org.carecoop.report.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.Estimate;
import org.carecoop.analysis.uncertainty.SobolResult;
import org.carecoop.report.Formats;
import org.carecoop.report.SobolReport;

/**
 * Sobol indices on one sheet, top to bottom: what was run, what explains the variance of the chosen result in plain
 * words, the table of each input's first-order and total-order index with its bootstrap interval (biggest first), a
 * chart of the two indices side by side for each input, then the first-order and total-order index of each input for
 * every other result. Indices are numbers shown as percentages; the chart reads the table's cells.
 */
final class SobolSheet {
    static final int LABEL_COL = 0;
    static final int TITLE_ROWS = 2;
    /** The indices table's columns after the input's name. */
    static final List<String> HEADERS = List.of("First order (alone)", "low", "high", "Total order (with others)", "low",
            "high");
    static final int FIRST_ORDER_COL = 1;
    static final int TOTAL_ORDER_COL = 4;
    static final int LAST_COL = HEADERS.size();
    private static final int CHART_ROWS = 20;

    /**
     * Where the tables are, for tests.
     *
     * @param indicesHeader the indices table's header row; a row an input below it, biggest first-order index first
     * @param firstOrderHeader the header row of every result's first-order indices; a row an input below it, in the
     *                      inputs' order, a column a result in the metrics' order
     * @param totalOrderHeader the same for the total-order indices
     * @param chartTitle    the chart's title
     */
    record Layout(int indicesHeader, int firstOrderHeader, int totalOrderHeader, String chartTitle) {}

    private SobolSheet() {}

    static Layout write(XSSFSheet sheet, SobolData data, Styles st) {
        SobolResult main = data.chosen();
        Metric chosen = data.metrics().get(0);
        String name = SobolReport.name(chosen);
        int k = main.inputs().size();
        String level = Formats.number(main.confidence() * 100, 0) + "%";
        int lastCol = Math.max(LAST_COL, data.metrics().size());

        // widths first: a chart's anchor is measured in them
        Cells.width(sheet, LABEL_COL, 46);
        for (int c = 1; c <= lastCol; c++) {
            Cells.width(sheet, c, 13);
        }
        Cells.text(sheet, 0, 0, data.scenarioName() + ": Sobol indices", st.title, st);
        Cells.text(sheet, 1, 0, "How much of the variance of each result each uncertain input explains, alone (first "
                + "order) and together with the others (total order). The chart draws on the table below.", st.subtitle, st);

        int row = TITLE_ROWS + 1;
        row = Cells.aboutScenario(sheet, row, data.scenarioName(), data.scenarioFile(), data.variant(), lastCol, st);
        row = Cells.about(sheet, row, "Base samples (N)", main.baseSamples(), st);
        row = Cells.about(sheet, row, "Uncertain inputs (k)", k, st);
        row = Cells.about(sheet, row, "Runs of the plan, N(k+2)", main.evaluations(), st);
        row = Cells.about(sheet, row, "Method", "Saltelli (2010) first order, Jansen total order", st);
        row = Cells.about(sheet, row, "Intervals", level + " bootstrap", st);
        // as text: a seed past 2^53 would lose digits as a number
        row = Cells.about(sheet, row, "Seed", Long.toString(data.seed()), st);
        row = Cells.about(sheet, row, "Chosen result", name, st);

        row++;
        Cells.heading(sheet, row++, "What explains the variance of the " + name, lastCol, st);
        for (String line : SobolReport.sentences(chosen, main)) {
            // as written: a sentence may start with a parameter path, whose case matters
            row = sentence(sheet, row, line, lastCol, st);
        }

        row++;
        int indicesHeader = row;
        Cells.text(sheet, row, LABEL_COL, "Input", st.header, st);
        for (int i = 0; i < HEADERS.size(); i++) {
            String header = HEADERS.get(i).equals("low") || HEADERS.get(i).equals("high")
                    ? level + " " + HEADERS.get(i) : HEADERS.get(i);
            Cells.text(sheet, row, 1 + i, header, st.headerRightWrap, st);
        }
        row++;
        for (int i : byFirstOrder(main)) {
            Cells.text(sheet, row, LABEL_COL, main.inputs().get(i), st.textWrap, st);
            estimate(sheet, row, FIRST_ORDER_COL, main.firstOrder().get(i), st);
            estimate(sheet, row, TOTAL_ORDER_COL, main.totalOrder().get(i), st);
            row++;
        }
        int lastInput = row - 1;
        row = sentence(sheet, row, "First order: the share of the variance the input explains alone. Total order: alone "
                + "and through its interactions with the others. A small negative estimate is sampling noise about zero; "
                + "the intervals come from resampling the runs.", lastCol, st);

        // the chart, on a printed page of its own
        row++;
        sheet.setRowBreak(row - 1);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        String chartTitle = "What explains the variance of the " + name + ": first and total order";
        Charts.indices(drawing, LABEL_COL, row, LAST_COL + 1, row + CHART_ROWS, chartTitle, indicesHeader, lastInput,
                LABEL_COL, FIRST_ORDER_COL, TOTAL_ORDER_COL);
        row += CHART_ROWS + 1;
        sheet.setRowBreak(row - 1);

        int firstOrderHeader = row;
        row = everyResult(sheet, row, "First-order index of each input, for every result", data, SobolResult::firstOrder,
                lastCol, st);
        row++;
        int totalOrderHeader = row;
        everyResult(sheet, row, "Total-order index of each input, for every result", data, SobolResult::totalOrder,
                lastCol, st);
        sheet.createFreezePane(0, TITLE_ROWS);
        return new Layout(indicesHeader, firstOrderHeader, totalOrderHeader, chartTitle);
    }

    /** The inputs' positions, biggest first-order index first (ties in the inputs' order). */
    static List<Integer> byFirstOrder(SobolResult r) {
        return IntStream.range(0, r.inputs().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -r.firstOrder().get(i).value())).toList();
    }

    /** An index and its interval, from {@code col}: three numbers shown as percentages ("n/a" when not a number). */
    private static void estimate(XSSFSheet sheet, int row, int col, Estimate e, Styles st) {
        Cells.number(sheet, row, col, e.value(), st.percent);
        Cells.number(sheet, row, col + 1, e.low(), st.percent);
        Cells.number(sheet, row, col + 2, e.high(), st.percent);
    }

    /** A table of one index of each input (a row) for every result (a column); returns the row after it. */
    private static int everyResult(XSSFSheet sheet, int row, String title, SobolData data,
                                   java.util.function.Function<SobolResult, List<Estimate>> index, int lastCol, Styles st) {
        Cells.text(sheet, row, LABEL_COL, title, st.header, st);
        for (int m = 0; m < data.metrics().size(); m++) {
            Cells.text(sheet, row, 1 + m, SobolReport.name(data.metrics().get(m)), st.headerRightWrap, st);
        }
        for (int c = data.metrics().size() + 1; c <= lastCol; c++) {
            Cells.cell(sheet, row, c).setCellStyle(st.header);
        }
        row++;
        List<String> inputs = data.chosen().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Cells.text(sheet, row, LABEL_COL, inputs.get(i), st.textWrap, st);
            for (int m = 0; m < data.metrics().size(); m++) {
                Cells.number(sheet, row, 1 + m, index.apply(data.results().get(m)).get(i).value(), st.percent);
            }
            row++;
        }
        return row;
    }

    /** A sentence across the sheet (merged, wrapping); returns the next row. */
    private static int sentence(XSSFSheet sheet, int row, String text, int lastCol, Styles st) {
        Cells.text(sheet, row, LABEL_COL, text, st.textWrap, st);
        sheet.addMergedRegion(new CellRangeAddress(row, row, LABEL_COL, lastCol));
        return row + 1;
    }
}
