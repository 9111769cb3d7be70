package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Tornado;
import org.carecoop.analysis.uncertainty.Uniform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tornado workbook of hand-made bars, opened again with POI. */
class TornadoSheetTest {
    static Tornado tornado;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @TempDir
    static Path dir;

    static TornadoData data() {
        tornado = new Tornado(Metric.SURPLUS_BEFORE_TAX, 10_000, List.of(
                new Tornado.Bar("clients[council].fee_per_hour", Uniform.of(24, 26), 24.2, 25.8, -20_000, 40_000,
                        new double[] {-20_000, -5_000, 10_000, 25_000, 40_000}),
                new Tornado.Bar("care_workers.turnover", Uniform.of(0.1, 0.285), 0.1185, 0.2665, 15_000, 5_000,
                        new double[] {15_000, 12_000, 10_000, 8_000, 5_000})));
        return new TornadoData("Stand-in co-op", "stand-in.yaml", null, "GBP", tornado);
    }

    @BeforeAll
    static void write() throws IOException {
        Path file = dir.resolve("tornado.xlsx");
        WorkbookWriter.write(data(), file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
        sheet = wb.getSheet(WorkbookWriter.TORNADO);
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void barsTableIsTheTornadosNumbersSortedBySwing() {
        assertThat(sheet).isNotNull();
        int row = TornadoSheet.HEADER_ROW;
        for (Tornado.Bar b : tornado.bars()) {
            row++;
            var r = sheet.getRow(row);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(b.path());
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(b.low());
            assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(b.high());
            assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(b.atLow());
            assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(b.atHigh());
            assertThat(r.getCell(TornadoSheet.CHANGE_LOW_COL).getNumericCellValue()).isEqualTo(b.atLow() - tornado.base());
            assertThat(r.getCell(TornadoSheet.CHANGE_HIGH_COL).getNumericCellValue()).isEqualTo(b.atHigh() - tornado.base());
            assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(b.swing());
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void tornadoChartIsHorizontalBarsOverlappingAndReadsTheChangeColumns() {
        XSSFChart chart = chart("What moves");
        XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(bars.getOverlap()).isEqualTo((byte) 100);
        assertThat(bars.getSeriesCount()).isEqualTo(2);
        int first = TornadoSheet.HEADER_ROW + 1;
        int last = TornadoSheet.HEADER_ROW + tornado.bars().size();
        assertThat(bars.getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo("Tornado!" + ref(first, TornadoSheet.CHANGE_LOW_COL) + ":" + ref(last, TornadoSheet.CHANGE_LOW_COL));
        assertThat(bars.getSeries(1).getValuesData().getDataRangeReference())
                .isEqualTo("Tornado!" + ref(first, TornadoSheet.CHANGE_HIGH_COL) + ":" + ref(last, TornadoSheet.CHANGE_HIGH_COL));
    }

    @Test
    void spiderChartHasALinePerInputOverTheSpiderTable() {
        TornadoSheet.Layout layout;
        try (XSSFWorkbook fresh = new XSSFWorkbook()) {
            layout = TornadoSheet.write(fresh.createSheet("x"), data(), new Styles(fresh, "GBP"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int header = layout.spiderHeader();
        for (int i = 0; i < tornado.bars().size(); i++) {
            Tornado.Bar b = tornado.bars().get(i);
            for (int p = 0; p < Tornado.SPIDER.length; p++) {
                assertThat(sheet.getRow(header + 1 + i).getCell(1 + p).getNumericCellValue()).isEqualTo(b.spider()[p]);
            }
        }
        XDDFLineChartData lines = (XDDFLineChartData) chart("Spider").getChartSeries().get(0);
        assertThat(lines.getSeriesCount()).isEqualTo(tornado.bars().size());
        assertThat(lines.getSeries(0).getValuesData().getDataRangeReference())
                .isEqualTo("Tornado!" + ref(header + 1, 1) + ":" + ref(header + 1, Tornado.SPIDER.length));
    }

    private static XSSFChart chart(String titleStart) {
        for (XSSFChart c : sheet.getDrawingPatriarch().getCharts()) {
            if (c.getTitleText() != null && c.getTitleText().getString().startsWith(titleStart)) {
                return c;
            }
        }
        throw new AssertionError("no chart titled " + titleStart);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString();
    }
}
