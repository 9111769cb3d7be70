package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.Version;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.report.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of the shipped start-up plan (base and two variants), opened again with POI: every
 * formula evaluates to the figure cached beside it, and those figures are the model's.
 */
class WorkbookWriterTest {
    /** Money is compared to a penny (half a penny either way). */
    static final double PENNY = 0.005;

    static WorkbookData data;
    static XSSFWorkbook wb;

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        data = WorkbookFixture.startUp();
        Path file = dir.resolve("plan.xlsx");
        WorkbookWriter.write(data, file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void sheetsInPlainWordsInReadingOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        List<String> expected = new ArrayList<>(List.of("Summary", "Compare", "Charts", "Assumptions", "Cost per hour"));
        data.variants().forEach(v -> expected.add("Annual " + v.label()));
        data.variants().forEach(v -> expected.add("Monthly " + v.label()));
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(data.variants()).extracting(WorkbookData.Variant::label)
                .startsWith("base").contains("slower-ramp", "lower-fee");
        assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }

    @Test
    void everyFormulaEvaluatesToItsCachedValue() {
        // 4 runs x (64 lines + 16 client-group rows) x 5 years, and their totals, and more
        assertThat(checkEveryFormula(wb)).isGreaterThan(1000);
    }

    /** Evaluates every formula cell with POI and compares it with its cached value; returns how many. */
    static int checkEveryFormula(XSSFWorkbook book) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    String where = sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                    CellValue value = evaluator.evaluate(cell);
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(value.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(value.getNumberValue()).as(where).isCloseTo(cell.getNumericCellValue(), within(PENNY));
                    } else {
                        assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                        assertThat(value.getCellType()).as(where).isEqualTo(CellType.STRING);
                        assertThat(value.getStringValue()).as(where).isEqualTo(cell.getStringCellValue());
                    }
                }
            }
        }
        return formulas;
    }

    @Test
    void annualFiguresAreTheModelsYears() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (WorkbookData.Variant v : data.variants()) {
            Projection p = v.run().projection();
            Sheet sheet = wb.getSheet("Annual " + v.label());
            Sheet monthly = wb.getSheet("Monthly " + v.label());
            for (Line line : Line.values()) {
                Row row = rowLabelled(sheet, line.label());
                Row monthlyRow = rowLabelled(monthly, line.label());
                assertThat(row.getRowNum()).isEqualTo(monthlyRow.getRowNum());
                for (int y = 1; y <= p.years(); y++) {
                    Cell cell = row.getCell(AnnualSheet.FIRST_YEAR_COL + y - 1);
                    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getCellFormula()).as(line + " year " + y)
                            .startsWith(line.flow() ? "SUM('Monthly " + v.label() + "'!" : "'Monthly " + v.label() + "'!");
                    assertThat(evaluator.evaluate(cell).getNumberValue()).as(v.label() + " " + line + " year " + y)
                            .isCloseTo(p.year(line, y), within(PENNY));
                }
                Cell total = row.getCell(AnnualSheet.FIRST_YEAR_COL + p.years());
                if (line.flow()) {
                    assertThat(total.getCellFormula()).startsWith("SUM(");
                    assertThat(evaluator.evaluate(total).getNumberValue()).isCloseTo(p.get(line).sum(), within(PENNY));
                } else {
                    assertThat(total == null || total.getCellType() == CellType.BLANK).as(line + " total").isTrue();
                }
                for (int m = 0; m < p.months(); m++) {
                    assertThat(monthlyRow.getCell(MonthlySheet.FIRST_MONTH_COL + m).getNumericCellValue())
                            .isEqualTo(p.at(line, m));
                }
            }
            for (Projection.GroupLines g : p.groups()) {
                Row income = rowLabelled(sheet, g.name() + ": fee income");
                Row fee = rowLabelled(sheet, g.name() + ": average fee per contact hour");
                for (int y = 1; y <= p.years(); y++) {
                    int from = (y - 1) * 12;
                    int to = Math.min(y * 12, p.months());
                    int col = AnnualSheet.FIRST_YEAR_COL + y - 1;
                    assertThat(evaluator.evaluate(income.getCell(col)).getNumberValue())
                            .isCloseTo(g.income().sum(from, to), within(PENNY));
                    double hours = g.contactHours().sum(from, to);
                    CellValue average = evaluator.evaluate(fee.getCell(col));
                    if (hours > 0) {
                        assertThat(average.getNumberValue()).isCloseTo(g.income().sum(from, to) / hours, within(PENNY));
                    } else {
                        assertThat(average.getStringValue()).isEqualTo("n/a");
                    }
                }
            }
        }
    }

    @Test
    void costPerHourTotalsAreCostOfCares() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Sheet sheet = wb.getSheet("Cost per hour");
        List<Row> careTotals = rowsLabelled(sheet, "Care worker costs");
        List<Row> prices = rowsLabelled(sheet, "Price per contact hour");
        List<Row> surpluses = rowsLabelled(sheet, "Surplus");
        List<Row> fullCosts = rowsLabelled(sheet, "Full cost before surplus");
        int variants = data.variants().size();
        assertThat(prices).hasSize(1 + variants);
        for (int i = 0; i < variants; i++) {
            CostOfCare cost = data.variants().get(i).cost();
            check(evaluator, careTotals.get(0).getCell(1 + i), cost.buildUp().careWorkerCost());
            check(evaluator, prices.get(0).getCell(1 + i), cost.buildUp().price());
            check(evaluator, surpluses.get(0).getCell(1 + i), cost.buildUp().surplus());
            check(evaluator, fullCosts.get(0).getCell(1 + i), cost.buildUp().price() - cost.buildUp().surplus());
            for (int k = 0; k < cost.byVisit().size(); k++) {
                HourlyCost.BuildUp visit = cost.byVisit().get(k).buildUp();
                check(evaluator, careTotals.get(1 + i).getCell(1 + k), visit.careWorkerCost());
                check(evaluator, prices.get(1 + i).getCell(1 + k), visit.price());
                check(evaluator, surpluses.get(1 + i).getCell(1 + k), visit.surplus());
            }
        }
        // the price is a formula over the lines: care worker costs, business costs, then the surplus share
        assertThat(prices.get(0).getCell(1).getCellFormula()).contains("SUM(").contains("/(1-");
        assertThat(careTotals.get(0).getCell(1).getCellFormula()).startsWith("SUM(");
    }

    @Test
    void summaryShowsTheHeadlineMetricsSideBySide() {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        Sheet sheet = wb.getSheet("Summary");
        Row header = sheet.getRow(SummarySheet.HEADER_ROW);
        for (int i = 0; i < data.variants().size(); i++) {
            assertThat(header.getCell(1 + i).getStringCellValue()).isEqualTo(data.variants().get(i).label());
            Metrics m = data.variants().get(i).run().metrics();
            check(evaluator, rowLabelled(sheet, "Fee income over the plan").getCell(1 + i), m.income());
            check(evaluator, rowLabelled(sheet, "Surplus before tax").getCell(1 + i), m.surplusBeforeTax());
            check(evaluator, rowLabelled(sheet, "Cost per contact hour (plan average)").getCell(1 + i),
                    m.costPerContactHour());
            check(evaluator, rowLabelled(sheet, "Lowest cash at a month's end").getCell(1 + i), m.lowestCash());
            check(evaluator, rowLabelled(sheet, "Extra funding needed to keep cash above zero").getCell(1 + i),
                    m.fundingNeeded());
            check(evaluator, rowLabelled(sheet, "Cash at the end of the plan").getCell(1 + i), m.closingCash());
            assertThat(rowLabelled(sheet, "Surplus as a share of fee income").getCell(1 + i).getNumericCellValue())
                    .isCloseTo(m.surplusMargin(), within(1e-9));
        }
        assertThat(header.getCell(1 + data.variants().size()).getStringCellValue()).isEqualTo("What it means");
        // each run in plain words (how long cash is short and what would cover it), then its warnings
        List<String> text = texts(sheet);
        for (WorkbookData.Variant v : data.variants()) {
            Metrics m = v.run().metrics();
            if (m.monthsBelowZero() > 0) {
                assertThat(text).anySatisfy(t -> assertThat(t)
                        .startsWith("Cash falls below zero for " + m.monthsBelowZero() + " month")
                        .contains("at least " + Formats.money("GBP", m.fundingNeeded())));
            } else {
                assertThat(text).anySatisfy(t -> assertThat(t).startsWith("Cash stays at zero or above throughout"));
            }
            assertThat(text).containsAll(v.findings());
        }
    }

    @Test
    void assumptionsHighlightWhatTheVariantsChange() {
        XSSFSheet sheet = wb.getSheet("Assumptions");
        Row header = sheet.getRow(AssumptionsSheet.HEADER_ROW);
        for (int i = 0; i < data.variants().size(); i++) {
            assertThat(header.getCell(2 + i).getStringCellValue()).isEqualTo("Value: " + data.variants().get(i).label());
        }
        int rows = 0;
        for (WorkbookData.Assumption a : data.assumptions()) {
            Row row = rowLabelled(sheet, a.path());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(a.unit());
            for (int i = 0; i < data.variants().size(); i++) {
                assertThat(row.getCell(2 + i).getStringCellValue()).isEqualTo(a.valuesByVariant().get(i));
            }
            assertThat(highlighted(row.getCell(0))).as(a.path()).isEqualTo(a.differs());
            rows++;
        }
        assertThat(rows).isGreaterThan(50);
        // the variants' own changes are the highlighted rows
        int lowerFee = labels().indexOf("lower-fee");
        WorkbookData.Assumption fee = assumption("clients[council].fee_per_hour");
        assertThat(fee.unit()).isEqualTo("GBP/hour");
        assertThat(fee.valuesByVariant().get(lowerFee)).isEqualTo("22.71");
        assertThat(fee.differs()).isTrue();
        assertThat(assumption("clients[council].ramp_months").differs()).isTrue();
        WorkbookData.Assumption turnover = assumption("care_workers.turnover");
        assertThat(turnover.differs()).isFalse();
        assertThat(turnover.origin()).contains("start-up-worker-coop.yaml");
        assertThat(rowLabelled(sheet, "care_workers.turnover").getCell(2 + data.variants().size()).getStringCellValue())
                .isEqualTo(turnover.origin());
        // grouped as the scenario is: a heading before each first path segment
        assertThat(texts(sheet)).contains("Plan", "Provider", "Clients", "Care workers", "Office staff", "Funding",
                "Surplus", "Statutory");
    }

    @Test
    void chartsDrawOnCellRanges() {
        XSSFSheet sheet = wb.getSheet("Charts");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        int variants = data.variants().size();
        assertThat(charts).hasSize(1 + variants + 1 + variants);

        var cash = chart(charts, "Cash at the end of each month");
        // series colours are sRGB (the first of the palette is the Okabe-Ito blue), not near-black scRGB
        String cashXml = charts.stream().filter(c -> c.getTitleText().getString().startsWith("Cash")).findFirst()
                .orElseThrow().getCTChartSpace().xmlText();
        assertThat(cashXml).contains("srgbClr val=\"0072B2\"").doesNotContain("scrgbClr");
        assertThat(cash.getSeriesCount()).isEqualTo(variants);
        for (int i = 0; i < variants; i++) {
            String label = data.variants().get(i).label();
            assertThat(cash.getSeries(i).getValuesData().getDataRangeReference())
                    .startsWith("'Monthly " + label + "'!$C$");
            var income = chart(charts, "Fee income and operating costs by year: " + label);
            assertThat(income).isInstanceOf(org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class);
            assertThat(income.getSeriesCount()).isEqualTo(2);
            assertThat(income.getSeries(0).getValuesData().getDataRangeReference()).startsWith("'Annual " + label + "'!$C$");
            var visits = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) chart(charts,
                    "Cost of a contact hour by visit length: " + label);
            assertThat(visits.getBarGrouping()).isEqualTo(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
            assertThat(visits.getSeries(0).getCategoryData().getPointCount()).isEqualTo(CostOfCare.VISIT_LENGTHS.size());
        }
        var build = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) chart(charts,
                "Cost of a contact hour, line by line");
        assertThat(build.getBarGrouping()).isEqualTo(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
        assertThat(build.getSeries(0).getValuesData().getDataRangeReference()).startsWith("'Cost per hour'!$B$");
        assertThat(build.getSeriesCount()).isEqualTo(data.variants().get(0).cost().buildUp().lines().size());
        assertThat(build.getSeries(0).getCategoryData().getPointCount()).isEqualTo(variants);
    }

    static org.apache.poi.xddf.usermodel.chart.XDDFChartData chart(List<XSSFChart> charts, String title) {
        List<XSSFChart> found = charts.stream().filter(c -> c.getTitleText().getString().equals(title)).toList();
        assertThat(found).as("chart '" + title + "'").hasSize(1);
        return found.get(0).getChartSeries().get(0);
    }

    @Test
    void formatsFreezePanesAndTitles() {
        XSSFSheet monthly = wb.getSheet("Monthly base");
        assertThat(monthly.getPaneInformation().isFreezePane()).isTrue();
        assertThat(monthly.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("Start-up worker co-op, town home care plan (base): month by month");
        XSSFCell income = (XSSFCell) rowLabelled(monthly, Line.INCOME.label()).getCell(MonthlySheet.FIRST_MONTH_COL + 6);
        assertThat(income.getCellStyle().getDataFormatString()).startsWith("\"£\"#,##0;");
        XSSFCell price = (XSSFCell) rowLabelled(wb.getSheet("Cost per hour"), "Price per contact hour").getCell(1);
        assertThat(price.getCellStyle().getDataFormatString()).startsWith("\"£\"#,##0.00");
        assertThat(price.getCellStyle().getFont().getBold()).isTrue();
        XSSFCell margin = (XSSFCell) rowLabelled(wb.getSheet("Summary"), "Surplus as a share of fee income").getCell(1);
        assertThat(margin.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(wb.getSheet("Summary").getColumnWidth(0)).isGreaterThan(40 * 256);
    }

    @Test
    void documentPropertiesSayWhatMadeItAndFromWhichScenario() {
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Start-up worker co-op, town home care plan");
        assertThat(core.getCreator()).isEqualTo("carecoop " + Version.current());
        assertThat(core.getDescription()).contains(Version.current(), "start-up-worker-coop.yaml");
        // written in @BeforeAll, moments ago
        assertThat(core.getCreated()).isCloseTo(new Date(), 10 * 60 * 1000L);
        var custom = wb.getProperties().getCustomProperties();
        assertThat(custom.getProperty(WorkbookWriter.SCENARIO_FILE_PROPERTY).getLpwstr())
                .isEqualTo("start-up-worker-coop.yaml");
        assertThat(custom.getProperty(WorkbookWriter.VERSION_PROPERTY).getLpwstr()).isEqualTo(Version.current());
        assertThat(data.scenarioFile()).isEqualTo("start-up-worker-coop.yaml");
    }

    @Test
    void theCreationTimeIsTheOneGiven() throws IOException {
        Instant when = Instant.parse("2027-04-01T09:30:00Z");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = WorkbookWriter.build(data, when)) {
            book.write(bytes);
        }
        try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(again.getProperties().getCoreProperties().getCreated()).isEqualTo(Date.from(when));
        }
    }

    @Test
    void everySheetPrintsLandscapeOnA4WithItsHeadingsFrozenAndRepeated() {
        int variants = data.variants().size();
        int years = data.variants().get(0).run().projection().years();
        assertThat(wb.getNumberOfSheets()).isEqualTo(5 + 2 * variants);
        for (Sheet s : wb) {
            XSSFSheet sheet = (XSSFSheet) s;
            String name = sheet.getSheetName();
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("&A, page &P");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(name + " pane").isNotNull();
            assertThat(pane.isFreezePane()).as(name).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(name + " frozen rows").isGreaterThanOrEqualTo((short) 2);
            if (name.startsWith("Monthly ")) {
                // a plan year a page wide, the labels repeated on each: five years on one page would be unreadable
                assertThat(sheet.getFitToPage()).as(name).isFalse();
                assertThat(sheet.getColumnBreaks()).as(name).containsExactly(
                        java.util.stream.IntStream.range(1, years).map(y -> MonthlySheet.FIRST_MONTH_COL + 12 * y - 1)
                                .toArray());
                assertThat(sheet.getPrintSetup().getScale()).as(name).isBetween((short) 50, (short) 100);
                assertThat(sheet.getRepeatingColumns()).as(name).isEqualTo(CellRangeAddress.valueOf("A:B"));
                // the labels and a plan year fit a page even where columns are drawn wider than POI counts them
                double pixels = 0;
                for (int c = 0; c < MonthlySheet.FIRST_MONTH_COL + 12; c++) {
                    pixels += sheet.getColumnWidthInPixels(c);
                }
                assertThat(pixels * Print.COLUMN_WIDTH_ERROR * sheet.getPrintSetup().getScale() / 100).as(name)
                        .isLessThan((Print.PAGE_WIDTH - 2 * Print.SIDE_MARGIN) * 96);
            } else if (name.equals(WorkbookWriter.CHARTS) || name.equals(WorkbookWriter.COMPARE)) {
                // scaled so a page holds whole charts (on Compare: the table, then a chart a page), with breaks
                assertThat(sheet.getFitToPage()).as(name).isFalse();
                assertThat(sheet.getRowBreaks()).as(name).isNotEmpty();
                assertThat(sheet.getPrintSetup().getScale()).as(name).isBetween((short) 50, (short) 100);
            } else {
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
                assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                assertThat(pane.getVerticalSplitPosition()).as(name + " frozen label columns").isPositive();
            }
        }
        PaneInformation monthly = wb.getSheet("Monthly base").getPaneInformation();
        assertThat(monthly.getVerticalSplitPosition()).isEqualTo((short) MonthlySheet.FIRST_MONTH_COL);
        assertThat(monthly.getHorizontalSplitPosition()).isEqualTo((short) (MonthlySheet.HEADER_ROW + 1));
        assertThat(wb.getSheet("Monthly base").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:4"));
    }

    @Test
    void longTextWrapsInRowsTallEnoughToShowIt() {
        XSSFSheet summary = wb.getSheet("Summary");
        int meaningCol = 1 + data.variants().size();
        Row funding = rowLabelled(summary, "Extra funding needed to keep cash above zero");
        assertThat(funding.getCell(meaningCol).getCellStyle().getWrapText()).isTrue();
        assertThat(funding.getHeightInPoints()).isGreaterThanOrEqualTo(2 * Cells.LINE_POINTS);
        // each sentence in plain words spans the value and meaning columns and wraps there
        assertThat(summary.getMergedRegions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getFirstColumn()).isEqualTo(1);
            assertThat(m.getLastColumn()).isEqualTo(meaningCol);
            Cell sentence = summary.getRow(m.getFirstRow()).getCell(1);
            assertThat(sentence.getCellStyle().getWrapText()).isTrue();
            double chars = 0;
            for (int c = 1; c <= meaningCol; c++) {
                chars += (summary.getColumnWidth(c) - 200) / 256.0;
            }
            assertThat(summary.getRow(m.getFirstRow()).getHeightInPoints())
                    .isGreaterThanOrEqualTo(Cells.lines(sentence.getStringCellValue(), chars) * Cells.LINE_POINTS);
        });
        // a long source on the Assumptions sheet wraps too
        XSSFSheet assumptions = wb.getSheet("Assumptions");
        Row growth = rowLabelled(assumptions, "wage_floor_growth");
        Cell source = growth.getCell(growth.getLastCellNum() - 1);
        assertThat(source.getStringCellValue()).hasSizeGreaterThan(100);
        assertThat(source.getCellStyle().getWrapText()).isTrue();
        assertThat(growth.getHeightInPoints()).isGreaterThanOrEqualTo(2 * Cells.LINE_POINTS);
    }

    @Test
    void wrappedTextIsLaidIntoLines() {
        assertThat(Cells.lines("short", 20)).isEqualTo(1);
        assertThat(Cells.lines("", 20)).isEqualTo(1);
        assertThat(Cells.lines("one\ntwo", 60)).isEqualTo(2);
        // (11 - 1) / 0.92: ten characters a line
        assertThat(Cells.lines("x".repeat(100), 11)).isEqualTo(10);
        // (21 - 1) / 0.92: 21 characters, four words of four a line
        assertThat(Cells.lines("word ".repeat(40).strip(), 21)).isEqualTo(10);
        // a charter's gap, full of figures, in the Charter sheet's 60-digit gap column: (60 - 1) / 0.92 = 64
        // characters a line, so "travel time unpaid: ... worth 3.78" (61), "per contact hour ... (plan" (62),
        // "year 2)": three lines, as LibreOffice lays it out (two lines cut off the last words)
        assertThat(Cells.lines("travel time unpaid: 17.8 minutes per contact hour, worth 3.78 per contact hour to "
                + "each care worker, about 3,304 a year (plan year 2)", 60)).isEqualTo(3);
        // italic notes are narrower: (60 - 1) / 0.85 = 69 characters a line, so this 65-character note of the
        // Summary sheet takes one line, as in LibreOffice; upright, at (60 - 1) / 0.92 = 64 a line, it takes two
        assertThat(Cells.lines("Below zero means the plan runs out of money without more funding.", 60, true))
                .isEqualTo(1);
        assertThat(Cells.lines("Below zero means the plan runs out of money without more funding.", 60, false))
                .isEqualTo(2);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path tmp) throws IOException {
        WorkbookData lookalikes = WorkbookFixture.formulaLookalikes(tmp);
        Path file = tmp.resolve("lookalikes.xlsx");
        WorkbookWriter.write(lookalikes, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFCell title = book.getSheet("Summary").getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=1+1: summary");

            XSSFSheet assumptions = book.getSheet("Assumptions");
            XSSFCell name = (XSSFCell) rowLabelled(assumptions, "scenario").getCell(2);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=1+1");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            XSSFCell role = (XSSFCell) rowLabelled(assumptions, "office_staff[-manager].role").getCell(2);
            assertThat(role.getStringCellValue()).isEqualTo("-manager");
            assertThat(role.getCellType()).isEqualTo(CellType.STRING);

            XSSFSheet monthly = book.getSheet("Monthly base");
            for (String label : List.of("=1+1: fee income", "@SUM(A1): fee income")) {
                XSSFCell cell = (XSSFCell) rowLabelled(monthly, label).getCell(0);
                assertThat(cell.getCellType()).as(label).isEqualTo(CellType.STRING);
            }
            // a group with no hours in a year has no average fee: the guarded formula gives n/a, cached as text
            XSSFCell fee = (XSSFCell) rowLabelled(book.getSheet("Annual base"), "@SUM(A1): average fee per contact hour")
                    .getCell(AnnualSheet.FIRST_YEAR_COL);
            assertThat(fee.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(fee.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(fee.getStringCellValue()).isEqualTo("n/a");
            assertThat(checkEveryFormula(book)).isGreaterThan(400);
            XSSFCell group = (XSSFCell) rowLabelled(book.getSheet("Cost per hour"), "=1+1").getCell(0);
            assertThat(group.getCellType()).isEqualTo(CellType.STRING);
            assertThat(book.getSheet("Monthly +plus")).isNotNull();
            // no cell anywhere holds a formula made from the user's text
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).doesNotContain("1+1").doesNotContain("SUM(A1)");
                        }
                    }
                }
            }
        }
    }

    @Test
    void sheetNamesAreSafeAndUnique() {
        SheetNames names = new SheetNames();
        assertThat(names.take("Monthly a/b:c*d?e[f]g\\h")).isEqualTo("Monthly a-b-c-d-e-f-g-h");
        String longName = names.take("Monthly a very long variant name that goes on");
        assertThat(longName).hasSizeLessThanOrEqualTo(31).startsWith("Monthly a very long");
        String again = names.take("Monthly a very long variant name that goes on and on");
        assertThat(again).hasSizeLessThanOrEqualTo(31).endsWith("(2)").isNotEqualTo(longName);
        assertThat(names.take("'quoted'")).isEqualTo("quoted");
        assertThat(names.take("SUMMARY")).isEqualTo("SUMMARY");
        assertThat(names.take("summary")).isEqualTo("summary (2)");
    }

    @Test
    void writesAtomicallyOverAnOldFile(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("plan.xlsx");
        Files.writeString(file, "old");
        WorkbookWriter.write(data, file);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5 + 2 * data.variants().size());
        }
        try (var listing = Files.list(tmp)) {
            assertThat(listing).containsExactly(file);
        }
    }

    static List<String> labels() {
        return data.variants().stream().map(WorkbookData.Variant::label).toList();
    }

    static WorkbookData.Assumption assumption(String path) {
        return data.assumptions().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow();
    }

    static void check(FormulaEvaluator evaluator, Cell cell, double expected) {
        String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.FORMULA);
        assertThat(cell.getNumericCellValue()).as(where + " cached").isCloseTo(expected, within(PENNY));
        assertThat(evaluator.evaluate(cell).getNumberValue()).as(where).isCloseTo(expected, within(PENNY));
    }

    static boolean highlighted(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        return style.getFillForegroundXSSFColor() != null
                && style.getFillForegroundColor() == org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex();
    }

    static Row rowLabelled(Sheet sheet, String label) {
        List<Row> rows = rowsLabelled(sheet, label);
        assertThat(rows).as(sheet.getSheetName() + ": row '" + label + "'").isNotEmpty();
        return rows.get(0);
    }

    static List<Row> rowsLabelled(Sheet sheet, String label) {
        List<Row> found = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                found.add(row);
            }
        }
        return found;
    }

    static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}
