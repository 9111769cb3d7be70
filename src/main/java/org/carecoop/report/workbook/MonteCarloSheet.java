package org.carecoop.report.workbook;

import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.MetricSummary;
import org.carecoop.report.Formats;
import org.carecoop.report.SimulateReport;

/**
 * A Monte Carlo simulation on one sheet, top to bottom: what was run (scenario, runs, sampling, seed), each
 * result's base value, mean, standard error and P5 to P95, the chance that cash falls below zero and by when,
 * each input's rank correlation with the chosen result, a histogram of the chosen result, and a fan of cash by
 * month. The charts read the tables' cells. Every figure is the simulation's own (there is nothing to recalculate:
 * the runs are not in the workbook).
 */
final class MonteCarloSheet {
    static final int LABEL_COL = 0;
    static final int FIRST_COL = 1;
    /** The summary table's columns after the label. */
    static final List<String> SUMMARY_HEADERS = List.of("Base", "Mean", "Standard error", "P5", "P10", "P50", "P90", "P95");
    static final double[] PERCENTILES = {0.05, 0.10, 0.50, 0.90, 0.95};
    static final int LAST_COL = FIRST_COL + SUMMARY_HEADERS.size() - 1;
    /** The title rows, frozen and repeated on each printed page. */
    static final int TITLE_ROWS = 2;
    /** A chart's height in rows. */
    private static final int CHART_ROWS = 20;

    /**
     * Where the tables are, for the charts and tests.
     *
     * @param summaryHeader     the summary table's header row; a row a result below it, in the result's order
     * @param belowZeroRow      the row of the chance that cash falls below zero at some point
     * @param correlationHeader the rank-correlation table's header row; a row an input below it
     * @param histogramHeader   the histogram table's header row; a row a bin below it
     * @param fanHeader         the fan table's header row; a row a month below it
     * @param chartTitles       the charts' titles, in the order they are drawn
     */
    record Layout(int summaryHeader, int belowZeroRow, int correlationHeader, int histogramHeader, int fanHeader,
                  List<String> chartTitles) {}

    /** The histogram table's columns. */
    static final int BIN_FROM_COL = 1;
    static final int BIN_TO_COL = 2;
    static final int BIN_COUNT_COL = 3;
    static final int BIN_SHARE_COL = 4;

    private MonteCarloSheet() {}

    static Layout write(XSSFSheet sheet, MonteCarloData data, Styles st) {
        Simulation.Result r = data.result();
        Simulation.Settings s = r.settings();
        String currency = data.currency();
        YearMonth start = data.start();
        Cells.text(sheet, 0, 0, data.scenarioName() + ": Monte Carlo", st.title, st);
        Cells.text(sheet, 1, 0, "The plan run " + Formats.number(s.iterations(), 0) + " times with its uncertain inputs "
                + "drawn from their distributions; money in " + currency + ". The charts draw on the tables below.",
                st.subtitle, st);

        // widths first: a chart's anchor is measured in them
        Cells.width(sheet, LABEL_COL, 46);
        for (int c = FIRST_COL; c <= LAST_COL; c++) {
            Cells.width(sheet, c, 14);
        }
        int row = TITLE_ROWS + 1;
        row = Cells.aboutScenario(sheet, row, data.scenarioName(), data.scenarioFile(), data.variant(), LAST_COL, st);
        row = Cells.about(sheet, row, "Iterations (runs)", s.iterations(), st);
        row = Cells.about(sheet, row, "Sampling", s.sampling().label(), st);
        // as text: a seed past 2^53 would lose digits as a number
        row = Cells.about(sheet, row, "Seed", Long.toString(s.seed()), st);
        row = Cells.about(sheet, row, "Uncertain inputs", r.inputs().size(), st);
        row = Cells.about(sheet, row, "Chosen result", r.chosen().label(), st);

        row++;
        int summaryHeader = row;
        Cells.text(sheet, row, LABEL_COL, "Result", st.header, st);
        for (int i = 0; i < SUMMARY_HEADERS.size(); i++) {
            Cells.text(sheet, row, FIRST_COL + i, SUMMARY_HEADERS.get(i), st.headerRight, st);
        }
        row++;
        for (Simulation.MetricResult m : r.metrics()) {
            Metric metric = m.metric();
            MetricSummary sum = m.summary();
            Cells.text(sheet, row, LABEL_COL, label(metric, r.chosen()), st.textWrap, st);
            value(sheet, row, FIRST_COL, metric, m.base(), st);
            value(sheet, row, FIRST_COL + 1, metric, sum.mean(), st);
            value(sheet, row, FIRST_COL + 2, metric, sum.standardError(), st);
            for (int p = 0; p < PERCENTILES.length; p++) {
                value(sheet, row, FIRST_COL + 3 + p, metric, sum.quantile(PERCENTILES[p]), st);
            }
            row++;
        }
        Cells.text(sheet, row++, LABEL_COL, "(chosen) marks the result the rank correlations and histogram are about; "
                + "months are counted from the plan's first month.", st.note, st);
        Cells.text(sheet, row++, LABEL_COL, SimulateReport.precision(r, currency), st.note, st);

        row++;
        Cells.heading(sheet, row++, "Cash below zero and break-even", LAST_COL, st);
        int belowZeroRow = row;
        Cells.text(sheet, row, LABEL_COL, "Chance that cash falls below zero at some point", st.textWrap, st);
        Cells.number(sheet, row++, FIRST_COL, r.cashBelowZero(), st.percent);
        for (double share : new double[] {0.10, 0.50}) {
            int month = r.monthBelowZeroExceeds(share);
            Cells.text(sheet, row, LABEL_COL, "Month by which that chance passes " + Math.round(share * 100) + "%",
                    st.textWrap, st);
            Cells.text(sheet, row++, FIRST_COL, month < 0 ? "never" : start.plusMonths(month).toString(), st.textRight, st);
        }
        for (int y = 0; y < r.yearEnds().length; y++) {
            Cells.text(sheet, row, LABEL_COL, "Chance of an operating break-even by the end of year " + (y + 1) + " ("
                    + start.plusMonths(r.yearEnds()[y]) + ")", st.textWrap, st);
            Cells.number(sheet, row++, FIRST_COL, r.breakEvenByYear()[y], st.percent);
        }

        row++;
        int correlationHeader = row;
        Cells.text(sheet, row, LABEL_COL, "What drives the " + r.chosen().label() + ": input", st.header, st);
        Cells.text(sheet, row, FIRST_COL, "Rank correlation", st.headerRight, st);
        Cells.text(sheet, row, FIRST_COL + 1, "Distribution", st.headerIndented, st);
        for (int c = FIRST_COL + 2; c <= LAST_COL; c++) {
            Cells.cell(sheet, row, c).setCellStyle(st.header);
        }
        row++;
        for (Simulation.RankCorrelation c : r.correlations()) {
            String dist = r.inputs().stream().filter(i -> i.path().equals(c.path())).findFirst()
                    .map(Simulation.InputResult::distribution).orElse("");
            Cells.text(sheet, row, LABEL_COL, c.path(), st.textWrap, st);
            Cells.number(sheet, row, FIRST_COL, c.rho(), st.hundredths);
            Cells.text(sheet, row++, FIRST_COL + 1, dist, st.noteWrap, st);
        }
        Cells.text(sheet, row++, LABEL_COL, "Spearman's rank correlation over the runs, from -1 to 1: near 0, the input "
                + "hardly moves the result.", st.note, st);

        row++;
        Simulation.Histogram h = r.histogram();
        int histogramHeader = row;
        Cells.text(sheet, row, LABEL_COL, "Histogram of the " + r.chosen().label(), st.header, st);
        Cells.text(sheet, row, BIN_FROM_COL, "From", st.headerRight, st);
        Cells.text(sheet, row, BIN_TO_COL, "To", st.headerRight, st);
        Cells.text(sheet, row, BIN_COUNT_COL, "Runs", st.headerRight, st);
        Cells.text(sheet, row, BIN_SHARE_COL, "Share", st.headerRight, st);
        row++;
        for (int b = 0; b < h.bins(); b++) {
            Cells.text(sheet, row, LABEL_COL, show(r.chosen(), currency, h.from()[b]) + " to "
                    + show(r.chosen(), currency, h.to()[b]), st.text, st);
            value(sheet, row, BIN_FROM_COL, r.chosen(), h.from()[b], st);
            value(sheet, row, BIN_TO_COL, r.chosen(), h.to()[b], st);
            Cells.number(sheet, row, BIN_COUNT_COL, h.counts()[b], st.integer);
            Cells.number(sheet, row++, BIN_SHARE_COL, h.counts()[b] / (double) s.iterations(), st.percent);
        }
        int lastBinRow = row - 1;
        if (h.notFinite() > 0) {
            Cells.text(sheet, row, LABEL_COL, r.chosen().kind() == Metric.Kind.MONTHS ? "never (not charted)"
                    : "not a number (not charted)", st.text, st);
            Cells.number(sheet, row, BIN_COUNT_COL, h.notFinite(), st.integer);
            Cells.number(sheet, row++, BIN_SHARE_COL, h.notFinite() / (double) s.iterations(), st.percent);
        }

        // the charts, each on a printed page of its own
        row++;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        sheet.setRowBreak(row - 1);
        String histogramTitle = "Histogram of the " + r.chosen().label() + " over " + Formats.number(s.iterations(), 0)
                + " runs";
        if (h.bins() > 0) {
            Charts.histogram(drawing, LABEL_COL, row, LAST_COL + 1, row + CHART_ROWS, histogramTitle, histogramHeader + 1,
                    lastBinRow, LABEL_COL, BIN_COUNT_COL);
            row += CHART_ROWS + 1;
            sheet.setRowBreak(row - 1);
        }
        int months = r.baseCash().length;
        int fanTop = row;
        int fanHeader = row + CHART_ROWS + 1;
        String fanTitle = "Cash at the end of each month: the base plan and the spread of the runs";
        row = fanHeader;
        sheet.setRowBreak(row - 2);

        Cells.text(sheet, row, LABEL_COL, "Month", st.header, st);
        Cells.text(sheet, row, FIRST_COL, "Base plan", st.headerRight, st);
        for (int q = 0; q < Simulation.FAN.length; q++) {
            Cells.text(sheet, row, FIRST_COL + 1 + q, "P" + Math.round(Simulation.FAN[q] * 100), st.headerRight, st);
        }
        row++;
        for (int m = 0; m < months; m++) {
            Cells.text(sheet, row, LABEL_COL, start.plusMonths(m).toString(), st.text, st);
            Cells.number(sheet, row, FIRST_COL, r.baseCash()[m], st.money);
            for (int q = 0; q < Simulation.FAN.length; q++) {
                Cells.number(sheet, row, FIRST_COL + 1 + q, r.fan()[q][m], st.money);
            }
            row++;
        }
        Charts.fan(drawing, data.currency(), LABEL_COL, fanTop, LAST_COL + 1, fanTop + CHART_ROWS, fanTitle, fanHeader,
                fanHeader + months, LABEL_COL, FIRST_COL, FIRST_COL + Simulation.FAN.length);

        sheet.createFreezePane(0, TITLE_ROWS);
        List<String> titles = h.bins() > 0 ? List.of(histogramTitle, fanTitle) : List.of(fanTitle);
        return new Layout(summaryHeader, belowZeroRow, correlationHeader, histogramHeader, fanHeader, titles);
    }

    static String label(Metric metric, Metric chosen) {
        return metric.label() + (metric == chosen ? " (chosen)" : "");
    }

    /** A value of a metric in its own format; a break-even that never comes is "never". */
    private static void value(XSSFSheet sheet, int row, int col, Metric metric, double v, Styles st) {
        if (metric.kind() == Metric.Kind.MONTHS && v == Double.POSITIVE_INFINITY) {
            Cells.text(sheet, row, col, "never", st.textRight, st);
        } else {
            Cells.number(sheet, row, col, v, style(metric, st));
        }
    }

    static XSSFCellStyle style(Metric metric, Styles st) {
        return switch (metric.kind()) {
            case MONEY -> st.money;
            case PER_HOUR -> st.pence;
            case SHARE -> st.percent;
            case MONTHS -> st.count;
        };
    }

    private static String show(Metric metric, String currency, double v) {
        return switch (metric.kind()) {
            case MONEY -> Formats.money(currency, v);
            case PER_HOUR -> Formats.pence(currency, v);
            case SHARE -> Formats.percent(v);
            case MONTHS -> Formats.number(v, 1);
        };
    }
}
