package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Per100;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.report.CompareReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet program as the oracle for the formulas: LibreOffice opens the workbook headless,
 * recalculates every formula and saves it again; the recalculated values must be the model's figures.
 *
 * <p>LibreOffice does not recalculate an .xlsx on load by default: it keeps the cached values, and a
 * naive check would pass whatever the formulas say. A throwaway profile sets Calc's OOXML recalculation
 * mode to "always", and a workbook with a deliberately wrong cached value proves the recalculation happens.
 *
 * <p>Skipped when {@code soffice} is not on the PATH, except on CI ({@code CI=true}), where it must run.
 */
class LibreOfficeRecalculationTest {
    static final double PENNY = WorkbookWriterTest.PENNY;
    /** A value no formula of the plan gives, written as the cache of a formula cell. */
    static final double WRONG = 12_345_678.9;
    /** First start of a fresh profile takes a while; the conversion itself a few seconds. */
    static final long TIMEOUT_SECONDS = 300;

    /** Calc: always recalculate .xlsx files on load (0 = always, 1 = never, 2 = ask). */
    static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    @TempDir
    static Path dir;

    static WorkbookData data;
    static Path written;
    static Path recalculated;
    static Path lookalikes;
    static Path lookalikesRecalculated;
    static Path tamperedRecalculated;
    static WorkbookData providers;
    static Path providersWritten;
    static Path providersRecalculated;
    static Path monteCarloWritten;
    static Path monteCarloConverted;
    static Path tornadoConverted;
    static Path gridConverted;
    static Path sobolWritten;
    static Path sobolConverted;
    static Path charterConverted;
    static CharterData charter;
    static String tamperedSheet;
    static String tamperedAddress;

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        Path soffice = findOnPath("soffice");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (soffice == null && ci) {
            fail("CI=true but LibreOffice (soffice) is not on the PATH: install libreoffice-calc-nogui (see .ci/run)");
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH");

        data = WorkbookFixture.startUp();
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        written = in.resolve("plan.xlsx");
        WorkbookWriter.write(data, written);

        // a small plan whose names look like formulas, with n/a cells (a group with no hours in a year)
        lookalikes = in.resolve("lookalikes.xlsx");
        WorkbookWriter.write(WorkbookFixture.formulaLookalikes(in), lookalikes);

        // the providers compared: owners' dividends, fees and interest, and a loss among the shares of 100
        providers = WorkbookFixture.load(WorkbookFixture.PROVIDERS, 0);
        providersWritten = in.resolve("providers.xlsx");
        WorkbookWriter.write(providers, providersWritten);

        // the Monte Carlo workbook of a stand-in simulation, with its histogram and fan charts
        monteCarloWritten = in.resolve("monte-carlo.xlsx");
        WorkbookWriter.write(MonteCarloSheetTest.data(MonteCarloSheetTest.simulate()), monteCarloWritten);
        Path tornadoWritten = in.resolve("tornado.xlsx");
        WorkbookWriter.write(TornadoSheetTest.data(), tornadoWritten);
        Path gridWritten = in.resolve("grid.xlsx");
        WorkbookWriter.write(GridSheetTest.data(), gridWritten);
        sobolWritten = in.resolve("sobol.xlsx");
        WorkbookWriter.write(SobolSheetTest.data(), sobolWritten);
        Path charterWritten = in.resolve("charter.xlsx");
        try {
            charter = CharterSheetTest.data();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        WorkbookWriter.write(charter, charterWritten);

        // the same workbook with one formula's cached value made wrong
        Path tampered = in.resolve("tampered.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written))) {
            Sheet annual = wb.getSheet("Annual base");
            Cell cell = WorkbookWriterTest.rowLabelled(annual, Line.INCOME.label()).getCell(AnnualSheet.FIRST_YEAR_COL);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            cell.setCellValue(WRONG);
            tamperedSheet = annual.getSheetName();
            tamperedAddress = cell.getAddress().formatAsString();
            try (OutputStream os = Files.newOutputStream(tampered)) {
                wb.write(os);
            }
        }

        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALC_ALWAYS, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out.toString(),
                written.toString(), tampered.toString(), lookalikes.toString(), providersWritten.toString(),
                monteCarloWritten.toString(), tornadoWritten.toString(), gridWritten.toString(), sobolWritten.toString(),
                charterWritten.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String log = Files.readString(dir.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        System.out.printf("LibreOffice converted 9 workbooks in %.1f s%n", (System.nanoTime() - started) / 1e9);
        recalculated = out.resolve("plan.xlsx");
        tamperedRecalculated = out.resolve("tampered.xlsx");
        lookalikesRecalculated = out.resolve("lookalikes.xlsx");
        providersRecalculated = out.resolve("providers.xlsx");
        monteCarloConverted = out.resolve("monte-carlo.xlsx");
        assertThat(monteCarloConverted).as(log).exists();
        tornadoConverted = out.resolve("tornado.xlsx");
        assertThat(tornadoConverted).as(log).exists();
        gridConverted = out.resolve("grid.xlsx");
        charterConverted = out.resolve("charter.xlsx");
        assertThat(charterConverted).as(log).exists();
        assertThat(gridConverted).as(log).exists();
        sobolConverted = out.resolve("sobol.xlsx");
        assertThat(sobolConverted).as(log).exists();
        assertThat(providersRecalculated).as(log).exists();
        assertThat(lookalikesRecalculated).as(log).exists();
        assertThat(recalculated).as(log).exists();
        assertThat(tamperedRecalculated).as(log).exists();
    }

    @Test
    void libreOfficeReallyRecalculates() throws IOException {
        double model = data.variants().get(0).run().projection().year(Line.INCOME, 1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tamperedRecalculated))) {
            Cell cell = wb.getSheet(tamperedSheet).getRow(new org.apache.poi.ss.util.CellReference(tamperedAddress).getRow())
                    .getCell(new org.apache.poi.ss.util.CellReference(tamperedAddress).getCol());
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getNumericCellValue()).as("the wrong cached value must be replaced")
                    .isNotCloseTo(WRONG, within(1.0))
                    .isCloseTo(model, within(PENNY));
        }
    }

    @Test
    void everyRecalculatedFormulaIsTheModelsFigure() throws IOException {
        assertThat(compareEveryFormula(written, recalculated)).isGreaterThan(1000);
        // every sheet's formulas are compared, the Compare sheet's among them (its measures and shares of 100)
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written))) {
            int formulas = 0;
            for (Row row : wb.getSheet(WorkbookWriter.COMPARE)) {
                for (Cell cell : row) {
                    formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                }
            }
            assertThat(formulas).isGreaterThanOrEqualTo(data.variants().size() * (CompareReport.Share.values().length + 8));
        }
    }

    /** LibreOffice opens the Monte Carlo workbook and saves it again with its tables' figures and both charts. */
    @Test
    void theMonteCarloWorkbookOpensInLibreOfficeWithItsFiguresAndCharts() throws IOException {
        try (XSSFWorkbook ours = new XSSFWorkbook(Files.newInputStream(monteCarloWritten));
             XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(monteCarloConverted))) {
            var other = theirs.getSheet(WorkbookWriter.MONTE_CARLO);
            assertThat(other).isNotNull();
            assertThat(sameNumbers(ours.getSheet(WorkbookWriter.MONTE_CARLO), other, false)).isGreaterThan(100);
            assertThat(other.getDrawingPatriarch()).isNotNull();
            assertThat(other.getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }

    /** LibreOffice opens the tornado workbook and saves it again with its tornado and spider charts. */
    @Test
    void theTornadoWorkbookOpensInLibreOfficeWithBothCharts() throws IOException {
        try (XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(tornadoConverted))) {
            var sheet = theirs.getSheet(WorkbookWriter.TORNADO);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(sheet.getRow(TornadoSheet.HEADER_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("clients[council].fee_per_hour");
        }
    }

    /** LibreOffice opens the Sobol workbook and saves it again with every index and the bar chart of the chosen result. */
    @Test
    void theSobolWorkbookOpensInLibreOfficeWithItsIndicesAndChart() throws IOException {
        try (XSSFWorkbook ours = new XSSFWorkbook(Files.newInputStream(sobolWritten));
             XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(sobolConverted))) {
            var other = theirs.getSheet(WorkbookWriter.SOBOL);
            assertThat(other).isNotNull();
            // 3 inputs x 6 in the table, 3 inputs x 9 results x 2 below, and the 3 counts of the About block
            assertThat(sameNumbers(ours.getSheet(WorkbookWriter.SOBOL), other, true))
                    .isEqualTo(3 * 6 + 3 * org.carecoop.analysis.Metric.values().length * 2 + 3);
            var charts = other.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var bars = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(bars.getBarDirection()).isEqualTo(org.apache.poi.xddf.usermodel.chart.BarDirection.BAR);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
        }
    }

    /** LibreOffice recalculates the charter workbook's changes and prices to the analysis's figures, chart kept. */
    @Test
    void theCharterWorkbookRecalculatesToTheAnalysisFigures() throws IOException {
        CharterSheet.Layout layout = CharterSheetTest.layout(charter);
        var k = charter.result().costing();
        try (XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(charterConverted))) {
            var sheet = theirs.getSheet(WorkbookWriter.CHARTER);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(sheet.getRow(layout.costingRows().get("Cost per contact hour")).getCell(3).getNumericCellValue())
                    .isCloseTo(k.extraPerContactHour(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(sheet.getRow(layout.costingRows().get("Price")).getCell(2).getNumericCellValue())
                    .isCloseTo(k.compliant().cost().buildUp().price(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    /** LibreOffice opens the grid workbook and saves it again with its figures and its colour scale. */
    @Test
    void theGridWorkbookOpensInLibreOfficeWithItsColourScale() throws IOException {
        GridSheetTest.data();
        try (XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(gridConverted))) {
            var sheet = theirs.getSheet(WorkbookWriter.GRID);
            assertThat(sheet).isNotNull();
            for (int r = 0; r < GridSheetTest.grid.ys().length; r++) {
                for (int c = 0; c < GridSheetTest.grid.xs().length; c++) {
                    assertThat(sheet.getRow(GridSheet.HEADER_ROW + 1 + r).getCell(GridSheet.FIRST_VALUE_COL + c)
                            .getNumericCellValue()).isEqualTo(GridSheetTest.grid.values()[r][c]);
                }
            }
            var scf = sheet.getSheetConditionalFormatting();
            assertThat(scf.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(scf.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting().getNumControlPoints())
                    .isEqualTo(3);
        }
    }

    @Test
    void theComparedProvidersRecalculateToTheModelsFigures() throws IOException {
        assertThat(compareEveryFormula(providersWritten, providersRecalculated)).isGreaterThan(1000);
    }

    /** The Compare sheet's shares of each 100 of income, as LibreOffice works them out, are Per100's and add up to 100. */
    @Test
    void recalculatedSharesOfEach100AreTheModelsAndAddUpTo100() throws IOException {
        for (Path file : List.of(recalculated, providersRecalculated)) {
            WorkbookData d = file == recalculated ? data : providers;
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet compare = wb.getSheet(WorkbookWriter.COMPARE);
                assertThat(compare).as(file.toString()).isNotNull();
                for (int i = 0; i < d.variants().size(); i++) {
                    Per100 expected = Per100.of(d.variants().get(i).run().projection());
                    double sum = 0;
                    for (CompareReport.Share share : CompareReport.Share.values()) {
                        Cell cell = WorkbookWriterTest.rowLabelled(compare, share.label()).getCell(1 + i);
                        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                        assertThat(cell.getNumericCellValue()).as(d.variants().get(i).label() + " " + share)
                                .isCloseTo(share.of(expected), within(CompareSheetTest.MILLIONTH));
                        sum += cell.getNumericCellValue();
                    }
                    assertThat(sum).isCloseTo(100, within(CompareSheetTest.MILLIONTH));
                    assertThat(WorkbookWriterTest.rowLabelled(compare, CompareSheet.TOTAL).getCell(1 + i)
                            .getNumericCellValue()).isCloseTo(100, within(CompareSheetTest.MILLIONTH));
                }
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStillTextAfterLibreOffice() throws IOException {
        assertThat(compareEveryFormula(lookalikes, lookalikesRecalculated)).isGreaterThan(400);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(lookalikesRecalculated))) {
            Cell name = WorkbookWriterTest.rowLabelled(wb.getSheet("Assumptions"), "scenario").getCell(2);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=1+1");
            Cell group = WorkbookWriterTest.rowLabelled(wb.getSheet("Monthly base"), "@SUM(A1): fee income").getCell(0);
            assertThat(group.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    /**
     * Compares each formula cell of the written workbook (whose cached value is the model's figure, as
     * {@link WorkbookWriterTest} checks) with the same cell as LibreOffice recalculated it.
     */
    static int compareEveryFormula(Path ourFile, Path theirFile) throws IOException {
        int compared = 0;
        try (XSSFWorkbook ours = new XSSFWorkbook(Files.newInputStream(ourFile));
             XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(theirFile))) {
            for (Sheet sheet : ours) {
                Sheet other = theirs.getSheet(sheet.getSheetName());
                assertThat(other).as(sheet.getSheetName()).isNotNull();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                        Cell result = other.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(result.getCellType()).as(where).isEqualTo(CellType.FORMULA);
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(result.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(result.getNumericCellValue()).as(where)
                                    .isCloseTo(cell.getNumericCellValue(), within(PENNY));
                        } else {
                            assertThat(result.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                            assertThat(result.getStringCellValue()).as(where).isEqualTo(cell.getStringCellValue());
                        }
                        compared++;
                    }
                }
            }
        }
        return compared;
    }

    @Test
    void recalculatedAnnualAndCostFiguresAreTheModels() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(recalculated))) {
            for (WorkbookData.Variant v : data.variants()) {
                Projection p = v.run().projection();
                Sheet annual = wb.getSheet("Annual " + v.label());
                for (Line line : Line.values()) {
                    Row row = WorkbookWriterTest.rowLabelled(annual, line.label());
                    for (int y = 1; y <= p.years(); y++) {
                        assertThat(row.getCell(AnnualSheet.FIRST_YEAR_COL + y - 1).getNumericCellValue())
                                .as(v.label() + " " + line + " year " + y).isCloseTo(p.year(line, y), within(PENNY));
                    }
                }
            }
            Sheet cost = wb.getSheet("Cost per hour");
            List<Row> prices = WorkbookWriterTest.rowsLabelled(cost, "Price per contact hour");
            List<Row> care = WorkbookWriterTest.rowsLabelled(cost, "Care worker costs");
            for (int i = 0; i < data.variants().size(); i++) {
                CostOfCare c = data.variants().get(i).cost();
                assertThat(prices.get(0).getCell(1 + i).getNumericCellValue()).isCloseTo(c.buildUp().price(), within(PENNY));
                assertThat(care.get(0).getCell(1 + i).getNumericCellValue())
                        .isCloseTo(c.buildUp().careWorkerCost(), within(PENNY));
                for (int k = 0; k < c.byVisit().size(); k++) {
                    assertThat(prices.get(1 + i).getCell(1 + k).getNumericCellValue())
                            .isCloseTo(c.byVisit().get(k).buildUp().price(), within(PENNY));
                }
            }
        }
    }

    /** The first executable of that name on the PATH, or null. */
    static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        for (String d : dirs) {
            if (d.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(d, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Asserts every number of {@code mine} is in the same cell of {@code theirs} (LibreOffice keeps 15 significant
     * digits), with the same number format when {@code formats} (LibreOffice rewrites some currency formats);
     * returns how many numbers there were.
     */
    private static int sameNumbers(Sheet mine, Sheet theirs, boolean formats) {
        int numbers = 0;
        for (Row row : mine) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    Cell result = theirs.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                    assertThat(result.getNumericCellValue()).as(cell.getAddress().toString())
                            .isCloseTo(cell.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(cell.getNumericCellValue()))));
                    if (formats) {
                        assertThat(result.getCellStyle().getDataFormatString()).as(cell.getAddress().toString())
                                .isEqualTo(cell.getCellStyle().getDataFormatString());
                    }
                    numbers++;
                }
            }
        }
        return numbers;
    }
}
