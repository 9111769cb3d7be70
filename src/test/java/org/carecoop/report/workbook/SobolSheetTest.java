package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.Estimate;
import org.carecoop.analysis.uncertainty.SobolResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sobol workbook of hand-made indices, opened again with POI: its tables are the results' figures. */
class SobolSheetTest {
    static final List<String> INPUTS = List.of("care_workers.turnover", "clients[council].fee_per_hour",
            "care_workers.travel_minutes_per_visit");
    /** The chosen result (lowest cash): the fee explains most alone, then travel, then turnover (a small negative). */
    static final SobolResult LOWEST_CASH = new SobolResult(INPUTS,
            List.of(new Estimate(-0.004, -0.02, 0.013), new Estimate(0.55, 0.47, 0.62), new Estimate(0.29, 0.24, 0.34)),
            List.of(new Estimate(0.043, 0.037, 0.049), new Estimate(0.63, 0.56, 0.70), new Estimate(0.34, 0.30, 0.39)),
            -120_000, 4.0e9, 1024, 1024L * 5, 0.95);

    static XSSFWorkbook wb;
    static XSSFSheet sheet;
    static SobolData data;

    @TempDir
    static Path dir;

    /** Every metric: the lowest cash above first, then the others with indices that tell them apart (m / 100). */
    static SobolData data() {
        List<Metric> metrics = new ArrayList<>();
        List<SobolResult> results = new ArrayList<>();
        metrics.add(Metric.LOWEST_CASH);
        results.add(LOWEST_CASH);
        for (Metric m : Metric.values()) {
            if (m != Metric.LOWEST_CASH) {
                double s = (metrics.size() + 1) / 100.0;
                List<Estimate> first = List.of(new Estimate(s, s, s), new Estimate(2 * s, s, s), new Estimate(3 * s, s, s));
                List<Estimate> total = List.of(new Estimate(4 * s, s, s), new Estimate(5 * s, s, s), new Estimate(6 * s, s, s));
                metrics.add(m);
                results.add(new SobolResult(INPUTS, first, total, 1, 1, 1024, 1024L * 5, 0.95));
            }
        }
        return new SobolData("Stand-in co-op", "stand-in.yaml", null, "GBP", 7, metrics, results);
    }

    @BeforeAll
    static void write() throws IOException {
        data = data();
        Path file = dir.resolve("sobol.xlsx");
        WorkbookWriter.write(data, file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
        sheet = wb.getSheet(WorkbookWriter.SOBOL);
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    private static SobolSheet.Layout layout() {
        try (XSSFWorkbook fresh = new XSSFWorkbook()) {
            return SobolSheet.write(fresh.createSheet("x"), data, new Styles(fresh, "GBP"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theIndicesTableIsTheChosenResultsNumbersBiggestFirstOrderFirstAsPercentages() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        int header = layout().indicesHeader();
        assertThat(sheet.getRow(header).getCell(SobolSheet.FIRST_ORDER_COL).getStringCellValue()).isEqualTo("First order (alone)");
        assertThat(sheet.getRow(header).getCell(SobolSheet.TOTAL_ORDER_COL).getStringCellValue())
                .isEqualTo("Total order (with others)");
        assertThat(sheet.getRow(header).getCell(SobolSheet.FIRST_ORDER_COL + 1).getStringCellValue()).isEqualTo("95% low");
        // by first-order index: the fee (0.55), travel (0.29), turnover (-0.004)
        int[] order = {1, 2, 0};
        for (int r = 0; r < order.length; r++) {
            Row row = sheet.getRow(header + 1 + r);
            int i = order[r];
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(INPUTS.get(i));
            Estimate s1 = LOWEST_CASH.firstOrder().get(i);
            Estimate st = LOWEST_CASH.totalOrder().get(i);
            double[] expected = {s1.value(), s1.low(), s1.high(), st.value(), st.low(), st.high()};
            for (int c = 0; c < expected.length; c++) {
                var cell = row.getCell(SobolSheet.FIRST_ORDER_COL + c);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).isEqualTo(expected[c]);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            }
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void thePlainWordsSayWhatEachInputExplains() {
        List<String> text = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                text.add(cell.getStringCellValue());
            }
        }));
        assertThat(text).contains(
                "clients[council].fee_per_hour alone explains 55% of the variance of the lowest cash",
                "care_workers.travel_minutes_per_visit alone explains 29% of the variance of the lowest cash",
                "care_workers.turnover alone explains almost none (under 1%) of the variance of the lowest cash",
                // 1 - (0.55 + 0.29 - 0.004) = 0.164
                "the inputs together, through their interactions, explain a further 16% of the variance of the lowest cash");
    }

    @Test
    void theChartIsClusteredHorizontalBarsOfFirstAndTotalOrderReadingTheTable() {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).isEqualTo(layout().chartTitle())
                .startsWith("What explains the variance of the lowest cash");
        XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.CLUSTERED);
        // side by side, not over each other as a tornado's
        assertThat(bars.getOverlap()).isZero();
        assertThat(bars.getSeriesCount()).isEqualTo(2);
        int first = layout().indicesHeader() + 1;
        int last = first + INPUTS.size() - 1;
        assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference())
                .isEqualTo("Sobol!" + ref(first, 0) + ":" + ref(last, 0));
        assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo(
                "Sobol!" + ref(first, SobolSheet.FIRST_ORDER_COL) + ":" + ref(last, SobolSheet.FIRST_ORDER_COL));
        assertThat(bars.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo(
                "Sobol!" + ref(first, SobolSheet.TOTAL_ORDER_COL) + ":" + ref(last, SobolSheet.TOTAL_ORDER_COL));
        assertThat(chart.getAxes().stream().filter(a -> a instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                .findFirst().orElseThrow().getNumberFormat()).isEqualTo("0%");
    }

    @Test
    void everyResultsIndicesAreInTheTablesBelowInTheInputsOrder() {
        SobolSheet.Layout layout = layout();
        for (int m = 0; m < data.metrics().size(); m++) {
            SobolResult r = data.results().get(m);
            for (int i = 0; i < INPUTS.size(); i++) {
                Row s1 = sheet.getRow(layout.firstOrderHeader() + 1 + i);
                Row st = sheet.getRow(layout.totalOrderHeader() + 1 + i);
                assertThat(s1.getCell(0).getStringCellValue()).isEqualTo(INPUTS.get(i));
                assertThat(s1.getCell(1 + m).getNumericCellValue()).isEqualTo(r.firstOrder().get(i).value());
                assertThat(st.getCell(1 + m).getNumericCellValue()).isEqualTo(r.totalOrder().get(i).value());
            }
        }
        assertThat(sheet.getRow(layout.firstOrderHeader()).getCell(1).getStringCellValue()).isEqualTo("lowest cash");
        // the break-even month's label loses its note in brackets
        assertThat(sheet.getRow(layout.firstOrderHeader()).getCell(data.metrics().size()).getStringCellValue())
                .isEqualTo("operating break-even month");
    }

    @Test
    void aResultThatCannotBeSharedOutShowsNotAvailable() throws IOException {
        Estimate none = new Estimate(Double.NaN, Double.NaN, Double.NaN);
        SobolResult flat = new SobolResult(List.of("a"), List.of(none), List.of(none), 5, 0, 16, 48, 0.95);
        SobolData one = new SobolData("Flat", "flat.yaml", "lower-fee", "GBP", 1, List.of(Metric.SURPLUS_MARGIN), List.of(flat));
        try (XSSFWorkbook fresh = new XSSFWorkbook()) {
            XSSFSheet s = fresh.createSheet("x");
            SobolSheet.Layout layout = SobolSheet.write(s, one, new Styles(fresh, "GBP"));
            assertThat(s.getRow(layout.indicesHeader() + 1).getCell(SobolSheet.FIRST_ORDER_COL).getStringCellValue())
                    .isEqualTo(Cells.NOT_AVAILABLE);
            List<String> text = new ArrayList<>();
            s.forEach(row -> row.forEach(cell -> text.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")));
            assertThat(text).contains("the surplus margin does not vary with these inputs", "lower-fee");
        }
    }

    @Test
    void resultsOverDifferentInputsAreRefused() {
        SobolResult other = new SobolResult(List.of("a", "b", "c"), LOWEST_CASH.firstOrder(), LOWEST_CASH.totalOrder(), 0, 1,
                16, 80, 0.95);
        assertThatThrownBy(() -> new SobolData("x", "x.yaml", null, "GBP", 1, List.of(Metric.LOWEST_CASH, Metric.CLOSING_CASH),
                List.of(LOWEST_CASH, other))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString();
    }
}
