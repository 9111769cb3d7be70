package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.cli.CarecoopCommand;
import org.carecoop.report.CompareReport.Share;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Commissioning sheet of the small options appraisal (src/test/resources/commission/small-options.yaml, its
 * figures worked out by hand in CommissionCommandTest), written by {@code carecoop commission -o FILE.xlsx} and
 * opened again with POI; its formulas recalculated by POI and, where it is installed, by LibreOffice.
 */
class CommissionSheetTest {
    static final String SMALL = "src/test/resources/commission/small-options.yaml";

    @TempDir
    static Path dir;

    static Path written;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @BeforeAll
    static void write() throws IOException {
        written = dir.resolve("options.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("commission", SMALL, "-o", written.toString());
        assertThat(code).as(out + "\n" + err).isZero();
        wb = new XSSFWorkbook(Files.newInputStream(written));
        sheet = wb.getSheet(WorkbookWriter.COMMISSIONING);
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void theOptionsAreSideBySideInRankOrderWithTheHandWorkedFigures() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        Row header = sheet.getRow(CommissionSheet.HEADER_ROW);
        List<String> names = new ArrayList<>();
        for (int c = CommissionSheet.FIRST_COL; c < CommissionSheet.FIRST_COL + 4; c++) {
            names.add(header.getCell(c).getStringCellValue());
        }
        assertThat(names).containsExactly("co-op", "in-house", "half and half", "for-profit");
        Row fee = WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.FEE);
        Row spend = WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.SPEND);
        Row more = WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.MORE);
        double[] fees = {10.55, 11.13, 11.21, 11.37};
        double[] spends = {548_600, 578_760, 582_920, 591_240};
        for (int i = 0; i < 4; i++) {
            assertThat(fee.getCell(CommissionSheet.FIRST_COL + i).getNumericCellValue()).isCloseTo(fees[i], within(1e-9));
            assertThat(spend.getCell(CommissionSheet.FIRST_COL + i).getNumericCellValue()).isCloseTo(spends[i], within(0.005));
            // a formula: this option's spend less the cheapest's
            assertThat(more.getCell(CommissionSheet.FIRST_COL + i).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(more.getCell(CommissionSheet.FIRST_COL + i).getNumericCellValue())
                    .isCloseTo(spends[i] - spends[0], within(0.005));
        }
    }

    @Test
    void everyFormulaRecalculatesToItsCachedFigureAndTheSharesAddUpTo100() {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                var value = evaluator.evaluate(cell);
                String where = cell.getAddress() + " =" + cell.getCellFormula();
                if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    assertThat(value.getNumberValue()).as(where).isCloseTo(cell.getNumericCellValue(), within(1e-6));
                } else {
                    assertThat(value.getStringValue()).as(where).isEqualTo(cell.getStringCellValue());
                }
                formulas++;
            }
        }
        // per option: more than the cheapest, to care workers, profit, interest and fees of each 100 and a year, the
        // total of each 100
        assertThat(formulas).isEqualTo(4 * 5);
        Row total = WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.TOTAL);
        for (int i = 0; i < 4; i++) {
            assertThat(total.getCell(CommissionSheet.FIRST_COL + i).getNumericCellValue()).isCloseTo(100, within(1e-9));
        }
        // to care workers, the co-op: 520,000 of 548,600 = 94.7867 of each 100
        assertThat(WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.TO_WORKERS).getCell(CommissionSheet.FIRST_COL)
                .getNumericCellValue()).isCloseTo(520_000 / 548_600.0 * 100, within(1e-9));
        // profit, interest and fees a year, the for-profit: management fee 29,562 and surplus before tax 29,678
        assertThat(WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.NOT_ON_CARE_A_YEAR)
                .getCell(CommissionSheet.FIRST_COL + 3).getNumericCellValue()).isCloseTo(59_240, within(0.005));
        // of each 100 it is a formula of the shares: interest, tax, paid to owners and retained
        var notOnCare = WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.NOT_ON_CARE).getCell(CommissionSheet.FIRST_COL + 3);
        assertThat(notOnCare.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(evaluator.evaluate(notOnCare).getNumberValue()).isCloseTo(59_240 / 591_240.0 * 100, within(1e-9));
    }

    @Test
    void twoChartsDrawOnTheTable() {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Where each 100 of the council's spend goes");
        // a series a share of 100, stacked
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(Share.values().length);
        assertThat(charts.get(1).getTitleText().getString()).isEqualTo("Fee per hour each option needs");
        assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                .contains("$" + (WorkbookWriterTest.rowLabelled(sheet, CommissionSheet.FEE).getRowNum() + 1));
    }

    @Test
    void theSentencesAreOnTheSheet() {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(CommissionSheet.LABEL_COL);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        assertThat(texts).contains("Co-op costs the council £549,000 a year (£10.55 an hour), the least of the 4 "
                + "viable options.");
    }

    /** LibreOffice opens the workbook, recalculates every formula to the same figures and keeps both charts. */
    @Test
    void libreOfficeRecalculatesTheSheetToTheSameFigures() throws IOException, InterruptedException {
        Path soffice = LibreOfficeRecalculationTest.findOnPath("soffice");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThat(soffice != null || !ci).as("CI=true needs LibreOffice (soffice) on the PATH").isTrue();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH");
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), LibreOfficeRecalculationTest.RECALC_ALWAYS,
                StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "xlsx", "--outdir", out.toString(), written.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(LibreOfficeRecalculationTest.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within " + LibreOfficeRecalculationTest.TIMEOUT_SECONDS + " s");
        }
        Path converted = out.resolve("options.xlsx");
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).exists();
        assertThat(LibreOfficeRecalculationTest.compareEveryFormula(written, converted)).isEqualTo(20);
        try (XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(converted))) {
            assertThat(theirs.getSheet(WorkbookWriter.COMMISSIONING).getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }
}
