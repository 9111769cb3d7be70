package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.analysis.uncertainty.Uniform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Monte Carlo workbook of a stand-in simulation, opened again with POI: its tables are the Result's figures. */
class MonteCarloSheetTest {
    static final int MONTHS = 24;
    static final YearMonth START = YearMonth.of(2027, 4);

    static Simulation.Result result;
    static MonteCarloData data;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @TempDir
    static Path dir;

    /** Every money metric is 1000 x (fee - 25) + 50 x turnover; cash in month m is fee - 24.1 - 0.2 m; break-even never below a fee of 24.5. */
    static Simulation.Outcome stub(double[] v) {
        double[] metrics = new double[Metric.values().length];
        for (Metric m : Metric.values()) {
            metrics[m.ordinal()] = switch (m.kind()) {
                case MONEY -> 1000 * (v[0] - 25) + 50 * v[1];
                case PER_HOUR -> v[0];
                case SHARE -> v[1] / 100;
                case MONTHS -> v[0] < 24.5 ? Double.POSITIVE_INFINITY : 30 - v[0];
            };
        }
        double[] cash = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            cash[m] = 1000 * (v[0] - 24.1 - 0.2 * m);
        }
        return new Simulation.Outcome(metrics, cash, v[0] < 24.5 ? -1 : 30 - (int) v[0]);
    }

    /** A stand-in simulation: two uniform inputs, 400 runs. */
    static Simulation.Result simulate() {
        UncertainInputs inputs = UncertainInputs.of(List.of("clients[council].fee_per_hour", "care_workers.turnover"),
                List.of(Uniform.of(24, 26), Uniform.of(10, 28.5)));
        return Simulation.run(inputs, Metric.LOWEST_CASH, stub(inputs.means()), MonteCarloSheetTest::stub,
                new Simulation.Settings(400, 9, SamplingMethod.LHS, 2), null);
    }

    static MonteCarloData data(Simulation.Result r) {
        return new MonteCarloData("Stand-in co-op", "stand-in.yaml", null, "GBP", START, r);
    }

    @BeforeAll
    static void write() throws IOException {
        result = simulate();
        data = data(result);
        Path file = dir.resolve("monte-carlo.xlsx");
        WorkbookWriter.write(data, file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
        sheet = wb.getSheet(WorkbookWriter.MONTE_CARLO);
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    static MonteCarloSheet.Layout layout() {
        try (XSSFWorkbook fresh = new XSSFWorkbook()) {
            return MonteCarloSheet.write(fresh.createSheet("x"), data, new Styles(fresh, "GBP"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static double number(int row, int col) {
        var cell = sheet.getRow(row).getCell(col);
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    static String text(int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    @Test
    void oneSheetWithTitleAboutAndFrozenTitleRows() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        assertThat(sheet).isNotNull();
        assertThat(text(0, 0)).isEqualTo("Stand-in co-op: Monte Carlo");
        assertThat(WorkbookWriterTest.rowLabelled(sheet, "Seed").getCell(1).getStringCellValue()).isEqualTo("9");
        assertThat(WorkbookWriterTest.rowLabelled(sheet, "Iterations (runs)").getCell(1).getNumericCellValue()).isEqualTo(400);
        assertThat(WorkbookWriterTest.rowLabelled(sheet, "Sampling").getCell(1).getStringCellValue())
                .isEqualTo(SamplingMethod.LHS.label());
        assertThat(WorkbookWriterTest.rowLabelled(sheet, "Scenario file").getCell(1).getStringCellValue())
                .isEqualTo("stand-in.yaml");
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) MonteCarloSheet.TITLE_ROWS);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFooter().getCenter()).contains("&P");
        assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Stand-in co-op");
    }

    @Test
    void summaryTableIsTheResultsNumbers() {
        MonteCarloSheet.Layout layout = layout();
        int row = layout.summaryHeader();
        assertThat(text(row, 0)).isEqualTo("Result");
        assertThat(text(row, 3)).isEqualTo("Standard error");
        for (Simulation.MetricResult m : result.metrics()) {
            row++;
            assertThat(text(row, 0)).isEqualTo(MonteCarloSheet.label(m.metric(), result.chosen()));
            var sum = m.summary();
            double[] expected = {m.base(), sum.mean(), sum.standardError(), sum.quantile(0.05), sum.quantile(0.10),
                sum.quantile(0.50), sum.quantile(0.90), sum.quantile(0.95)};
            for (int i = 0; i < expected.length; i++) {
                var cell = sheet.getRow(row).getCell(1 + i);
                if (Double.isFinite(expected[i])) {
                    assertThat(cell.getNumericCellValue()).as(m.metric() + " col " + i).isEqualTo(expected[i]);
                } else {
                    assertThat(cell.getStringCellValue()).as(m.metric() + " col " + i).isIn("never", Cells.NOT_AVAILABLE);
                }
            }
        }
        // the chosen metric first, in money
        assertThat(text(layout.summaryHeader() + 1, 0)).endsWith("(chosen)");
        assertThat(sheet.getRow(layout.summaryHeader() + 1).getCell(1).getCellStyle().getDataFormatString()).contains("£");
    }

    @Test
    void cashBelowZeroAndCorrelationsAreTheResults() {
        MonteCarloSheet.Layout layout = layout();
        assertThat(number(layout.belowZeroRow(), 1)).isEqualTo(result.cashBelowZero());
        int ten = result.monthBelowZeroExceeds(0.10);
        assertThat(text(layout.belowZeroRow() + 1, 1)).isEqualTo(ten < 0 ? "never" : START.plusMonths(ten).toString());
        int row = layout.correlationHeader();
        for (Simulation.RankCorrelation c : result.correlations()) {
            row++;
            assertThat(text(row, 0)).isEqualTo(c.path());
            assertThat(number(row, 1)).isEqualTo(c.rho());
        }
        // the fee drives the lowest cash
        assertThat(text(layout.correlationHeader() + 1, 0)).isEqualTo("clients[council].fee_per_hour");
    }

    @Test
    void histogramTableHoldsTheBinsAndItsChartReadsThem() {
        MonteCarloSheet.Layout layout = layout();
        Simulation.Histogram h = result.histogram();
        assertThat(h.bins()).isEqualTo(Simulation.HISTOGRAM_BINS);
        assertThat(h.total()).isEqualTo(400);
        long sum = 0;
        for (int b = 0; b < h.bins(); b++) {
            int row = layout.histogramHeader() + 1 + b;
            assertThat(number(row, MonteCarloSheet.BIN_FROM_COL)).isEqualTo(h.from()[b]);
            assertThat(number(row, MonteCarloSheet.BIN_TO_COL)).isEqualTo(h.to()[b]);
            assertThat(number(row, MonteCarloSheet.BIN_COUNT_COL)).isEqualTo(h.counts()[b]);
            sum += (long) number(row, MonteCarloSheet.BIN_COUNT_COL);
        }
        assertThat(sum).isEqualTo(400);

        XSSFChart chart = chart(layout.chartTitles().get(0));
        List<XDDFChartData> data = chart.getChartSeries();
        assertThat(data).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.COL);
        assertThat(bars.getSeriesCount()).isEqualTo(1);
        String first = cellRef(layout.histogramHeader() + 1, MonteCarloSheet.BIN_COUNT_COL);
        String last = cellRef(layout.histogramHeader() + h.bins(), MonteCarloSheet.BIN_COUNT_COL);
        assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("'Monte Carlo'!" + first + ":" + last);
        assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference())
                .isEqualTo("'Monte Carlo'!" + cellRef(layout.histogramHeader() + 1, 0) + ":"
                        + cellRef(layout.histogramHeader() + h.bins(), 0));
    }

    @Test
    void fanTableHoldsTheCashFanAndItsChartReadsIt() {
        MonteCarloSheet.Layout layout = layout();
        int header = layout.fanHeader();
        assertThat(text(header, 1)).isEqualTo("Base plan");
        assertThat(text(header, 2)).isEqualTo("P5");
        assertThat(text(header, 6)).isEqualTo("P95");
        for (int m = 0; m < MONTHS; m++) {
            int row = header + 1 + m;
            assertThat(text(row, 0)).isEqualTo(START.plusMonths(m).toString());
            assertThat(number(row, 1)).isEqualTo(result.baseCash()[m]);
            for (int q = 0; q < Simulation.FAN.length; q++) {
                assertThat(number(row, 2 + q)).isEqualTo(result.fan()[q][m]);
            }
            assertThat(sheet.getRow(row).getCell(2).getCellStyle().getDataFormatString()).contains("£");
        }
        XSSFChart chart = chart(layout.chartTitles().get(1));
        XDDFLineChartData lines = (XDDFLineChartData) chart.getChartSeries().get(0);
        assertThat(lines.getSeriesCount()).isEqualTo(1 + Simulation.FAN.length);
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            assertThat(lines.getSeries(s).getValuesData().getDataRangeReference()).isEqualTo("'Monte Carlo'!"
                    + cellRef(header + 1, 1 + s) + ":" + cellRef(header + MONTHS, 1 + s));
        }
    }

    @Test
    void histogramCountsEveryValueOnceAndSetsAsideTheInfinite() {
        double[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Double.POSITIVE_INFINITY, Double.NaN};
        Simulation.Histogram h = Simulation.Histogram.of(values, 5);
        assertThat(h.from()).containsExactly(0, 2, 4, 6, 8);
        assertThat(h.to()).containsExactly(2, 4, 6, 8, 10);
        // a value on a boundary falls in the upper bin; the highest in the last
        assertThat(h.counts()).containsExactly(2, 2, 2, 2, 3);
        assertThat(h.notFinite()).isEqualTo(2);
        Simulation.Histogram same = Simulation.Histogram.of(new double[] {3, 3, 3}, 5);
        assertThat(same.counts()).containsExactly(3);
        assertThat(Simulation.Histogram.of(new double[] {Double.NaN}, 5).bins()).isZero();
        assertThat(Arrays.stream(result.histogram().counts()).sum() + result.histogram().notFinite()).isEqualTo(400);
    }

    private static XSSFChart chart(String title) {
        for (XSSFChart c : sheet.getDrawingPatriarch().getCharts()) {
            if (c.getTitleText() != null && title.equals(c.getTitleText().getString())) {
                return c;
            }
        }
        throw new AssertionError("no chart titled " + title);
    }

    private static String cellRef(int row, int col) {
        return new org.apache.poi.ss.util.CellReference(row, col, true, true).formatAsString();
    }
}
