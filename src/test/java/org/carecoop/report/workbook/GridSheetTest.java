package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Grid;
import org.carecoop.analysis.Metric;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid workbook of a hand-made grid, opened again with POI. */
class GridSheetTest {
    static Grid grid;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @TempDir
    static Path dir;

    /** Surplus for three fees across and three wages down: loss at low fee and high wage, the frontier between. */
    static GridData data() {
        grid = new Grid("clients[council].fee_per_hour", new double[] {26, 30, 34}, "care_workers.wage_per_hour",
                new double[] {13, 14, 15}, Metric.SURPLUS_BEFORE_TAX, new double[][] {
                    {-5_000, 12_000, 30_000},
                    {-15_000, 1_500, 20_000},
                    {-25_000, -8_000, 9_000}});
        return new GridData("Stand-in co-op", "stand-in.yaml", null, "GBP", YearMonth.of(2026, 4), grid, false, false);
    }

    @BeforeAll
    static void write() throws IOException {
        Path file = dir.resolve("grid.xlsx");
        WorkbookWriter.write(data(), file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
        sheet = wb.getSheet(WorkbookWriter.GRID);
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void cellsAreTheGridsValuesWithTheAxesAlongTheEdges() {
        assertThat(sheet).isNotNull();
        for (int c = 0; c < grid.xs().length; c++) {
            assertThat(sheet.getRow(GridSheet.HEADER_ROW).getCell(GridSheet.FIRST_VALUE_COL + c).getNumericCellValue())
                    .isEqualTo(grid.xs()[c]);
        }
        for (int r = 0; r < grid.ys().length; r++) {
            var row = sheet.getRow(GridSheet.HEADER_ROW + 1 + r);
            assertThat(row.getCell(GridSheet.LABEL_COL).getNumericCellValue()).isEqualTo(grid.ys()[r]);
            for (int c = 0; c < grid.xs().length; c++) {
                XSSFCell cell = row.getCell(GridSheet.FIRST_VALUE_COL + c);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).isEqualTo(grid.values()[r][c]);
                assertThat(cell.getCellStyle().getDataFormatString()).contains("\"£\"#,##0");
            }
        }
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Stand-in co-op: grid");
        assertThat(text()).contains("stand-in.yaml", "the base plan", "clients[council].fee_per_hour",
                "care_workers.wage_per_hour", "surplus_before_tax", "break-even frontier");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void aThreeColourScaleCoversTheTableWithWhiteAtZero() {
        var scf = sheet.getSheetConditionalFormatting();
        assertThat(scf.getNumConditionalFormattings()).isEqualTo(1);
        XSSFConditionalFormatting cf = scf.getConditionalFormattingAt(0);
        int last = GridSheet.HEADER_ROW + grid.ys().length;
        assertThat(cf.getFormattingRanges()).containsExactly(new CellRangeAddress(GridSheet.HEADER_ROW + 1, last,
                GridSheet.FIRST_VALUE_COL, GridSheet.FIRST_VALUE_COL + grid.xs().length - 1));
        XSSFColorScaleFormatting scale = cf.getRule(0).getColorScaleFormatting();
        assertThat(scale).isNotNull();
        assertThat(scale.getNumControlPoints()).isEqualTo(3);
        assertThat(scale.getThresholds()[0].getRangeType()).isEqualTo(RangeType.MIN);
        assertThat(scale.getThresholds()[1].getRangeType()).isEqualTo(RangeType.NUMBER);
        assertThat(scale.getThresholds()[1].getValue()).isEqualTo(0d);
        assertThat(scale.getThresholds()[2].getRangeType()).isEqualTo(RangeType.MAX);
        assertThat(scale.getColors()[0].getARGBHex()).endsWith(GridSheet.RED);
        assertThat(scale.getColors()[1].getARGBHex()).endsWith(GridSheet.WHITE);
        assertThat(scale.getColors()[2].getARGBHex()).endsWith(GridSheet.GREEN);
    }

    @Test
    void frontierCellsAndOnlyThoseHaveABoldBorder() {
        int frontier = 0;
        for (int r = 0; r < grid.ys().length; r++) {
            for (int c = 0; c < grid.xs().length; c++) {
                var style = sheet.getRow(GridSheet.HEADER_ROW + 1 + r).getCell(GridSheet.FIRST_VALUE_COL + c).getCellStyle();
                BorderStyle expected = grid.onFrontier(r, c) ? BorderStyle.MEDIUM : BorderStyle.NONE;
                assertThat(style.getBorderTop()).as("row %d column %d", r, c).isEqualTo(expected);
                assertThat(style.getBorderBottom()).isEqualTo(expected);
                assertThat(style.getBorderLeft()).isEqualTo(expected);
                assertThat(style.getBorderRight()).isEqualTo(expected);
                frontier += grid.onFrontier(r, c) ? 1 : 0;
            }
        }
        assertThat(frontier).isEqualTo(3);
    }

    @Test
    void breakEvenMonthsAreMonthsAndNeverIsEmptyGreenEarlyRedLate() throws IOException {
        Grid months = new Grid("a", new double[] {1, 2}, "b", new double[] {0.1, 0.2}, Metric.BREAK_EVEN_MONTH,
                new double[][] {{14, 3}, {Double.POSITIVE_INFINITY, 20}});
        YearMonth start = YearMonth.of(2026, 4);
        try (XSSFWorkbook fresh = WorkbookWriter.build(new GridData("S", "s.yaml", "v", "GBP", start, months, false, true),
                java.time.Instant.EPOCH)) {
            XSSFSheet s = fresh.getSheet(WorkbookWriter.GRID);
            var first = s.getRow(GridSheet.HEADER_ROW + 1);
            assertThat(DateUtil.getLocalDateTime(first.getCell(1).getNumericCellValue()).toLocalDate())
                    .isEqualTo(start.plusMonths(14).atDay(1));
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo(GridSheet.MONTH_FORMAT);
            assertThat(s.getRow(GridSheet.HEADER_ROW + 2).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            // the frontier: the cells that break even next to the one that never does
            assertThat(s.getRow(GridSheet.HEADER_ROW + 1).getCell(1).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.MEDIUM);
            assertThat(s.getRow(GridSheet.HEADER_ROW + 1).getCell(2).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.NONE);
            XSSFColorScaleFormatting scale = s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0)
                    .getColorScaleFormatting();
            assertThat(scale.getThresholds()[1].getRangeType()).isEqualTo(RangeType.PERCENTILE);
            assertThat(scale.getColors()[0].getARGBHex()).endsWith(GridSheet.GREEN);
            assertThat(scale.getColors()[2].getARGBHex()).endsWith(GridSheet.RED);
        }
    }

    private static String text() {
        StringBuilder out = new StringBuilder();
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
