package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.Per100;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.model.Series;
import org.carecoop.report.CompareReport;
import org.carecoop.report.CompareReport.Measure;
import org.carecoop.report.CompareReport.Share;
import org.carecoop.report.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Compare sheet of the shipped provider comparison (a worker co-op, a for-profit, private equity, a
 * council's in-house service and more): the measures of {@code carecoop compare}, row for row, with the
 * model's figures; where each 100 of income goes as formulas that add up to 100 in the sheet; and its charts.
 */
class CompareSheetTest {
    /** A formula's result against the model's figure (sums of 60 months, added in another order). */
    static final double MILLIONTH = 1e-6;
    /** A cached value is the model's own figure. */
    static final double CACHED = 1e-9;

    static WorkbookData data;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;
    static FormulaEvaluator evaluator;

    @TempDir
    static Path dir;

    @BeforeAll
    static void write() throws IOException {
        data = WorkbookFixture.load(WorkbookFixture.PROVIDERS, 0);
        Path file = dir.resolve("providers.xlsx");
        WorkbookWriter.write(data, file);
        wb = new XSSFWorkbook(Files.newInputStream(file));
        sheet = wb.getSheet(WorkbookWriter.COMPARE);
        evaluator = wb.getCreationHelper().createFormulaEvaluator();
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void comesRightAfterTheSummaryWithAColumnPerRun() {
        assertThat(data.variants()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(wb.getSheetName(0)).isEqualTo("Summary");
        assertThat(wb.getSheetName(1)).isEqualTo("Compare");
        Row header = sheet.getRow(CompareSheet.HEADER_ROW);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Measure");
        for (int i = 0; i < data.variants().size(); i++) {
            assertThat(header.getCell(1 + i).getStringCellValue()).isEqualTo(data.variants().get(i).label());
        }
        assertThat(header.getCell(1 + data.variants().size())).isNull();
    }

    @Test
    void oneRunHasNoCompareSheet() throws IOException {
        WorkbookData one = WorkbookFixture.baseOnly(WorkbookFixture.PROVIDERS);
        assertThat(one.compared()).isEmpty();
        try (XSSFWorkbook book = WorkbookWriter.build(one, Instant.now())) {
            assertThat(book.getSheet(WorkbookWriter.COMPARE)).isNull();
            assertThat(book.getNumberOfSheets()).isEqualTo(4 + 2);
        }
    }

    @Test
    void withoutAComparisonTheRestOfTheWorkbookIsWritten() throws IOException {
        // as the command does when a run has no income to divide into shares
        WorkbookData none = new WorkbookData(data.scenarioName(), data.scenarioFile(), data.currency(), data.variants(),
                data.assumptions(), null);
        try (XSSFWorkbook book = WorkbookWriter.build(none, Instant.now())) {
            assertThat(book.getSheet(WorkbookWriter.COMPARE)).isNull();
            assertThat(book.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void theComparisonMustBeOfTheSameRuns() {
        List<RunResult> reversed = new ArrayList<>(data.variants().stream().map(WorkbookData.Variant::run).toList());
        java.util.Collections.reverse(reversed);
        assertThatThrownBy(() -> new WorkbookData(data.scenarioName(), data.scenarioFile(), data.currency(),
                data.variants(), data.assumptions(), Comparison.of(reversed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparison entry 0");
        assertThatThrownBy(() -> new WorkbookData(data.scenarioName(), data.scenarioFile(), data.currency(),
                data.variants(), data.assumptions(), Comparison.of(reversed.subList(0, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 entries");
    }

    @Test
    void rowsAreTheMeasuresOfCarecoopCompareInItsOrder() {
        List<String> expected = new ArrayList<>();
        for (Measure m : Measure.values()) {
            expected.add(m.label());
            if (m == Measure.LOWEST_CASH) {
                expected.add(CompareSheet.LOWEST_CASH_MONTH);
            }
        }
        expected.add(CompareReport.PER_100_HEADING);
        expected.add(CompareSheet.INCOME);
        for (Share s : Share.values()) {
            expected.add(s.label());
        }
        expected.add(CompareSheet.TOTAL);
        List<String> labels = new ArrayList<>();
        for (int r = CompareSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && !row.getCell(0).getStringCellValue().isEmpty()) {
                labels.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(labels).containsExactlyElementsOf(expected);
    }

    @Test
    void measuresAreTheModelsFigures() {
        for (int i = 0; i < data.variants().size(); i++) {
            int col = 1 + i;
            RunResult run = data.variants().get(i).run();
            Metrics m = run.metrics();
            Scenario s = run.scenario();
            assertThat(cell(Measure.PROVIDER.label(), col).getStringCellValue()).isEqualTo(s.provider().model().key());
            assertThat(cell(Measure.PAY_FIRST_MONTH.label(), col).getNumericCellValue())
                    .isEqualTo(s.careWorkers().wage().at(0));
            assertThat(cell(Measure.PAY_LAST_MONTH.label(), col).getNumericCellValue())
                    .isEqualTo(s.careWorkers().wage().at(s.months() - 1));
            formula(cell(Measure.PAY_PER_WORKING_HOUR.label(), col), m.averageEffectivePay());
            formula(cell(Measure.PAY_PER_CARE_WORKER.label(), col),
                    m.years().get(m.years().size() - 1).payPerCareWorker());
            assertThat(cell(Measure.TURNOVER.label(), col).getNumericCellValue()).isEqualTo(s.careWorkers().turnover());
            assertThat(cell(Measure.TURNOVER_COST.label(), col).getNumericCellValue()).isEqualTo(m.turnoverCost());
            formula(cell(Measure.COST_PER_CONTACT_HOUR.label(), col), m.costPerContactHour());
            formula(cell(Measure.SURPLUS.label(), col), m.surplusBeforeTax());
            formula(cell(Measure.MARGIN.label(), col), m.surplusMargin());
            formula(cell(Measure.LOWEST_CASH.label(), col), m.lowestCash());
            Cell month = cell(CompareSheet.LOWEST_CASH_MONTH, col);
            assertThat(month.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(month.getStringCellValue()).isEqualTo(Formats.month(s, m.lowestCashMonth()));
            assertThat(evaluator.evaluate(month).getStringValue()).isEqualTo(Formats.month(s, m.lowestCashMonth()));
            assertThat(cell(Measure.BREAK_EVEN.label(), col).getStringCellValue())
                    .isEqualTo(Formats.month(s, m.operatingBreakEvenMonth()));
            formula(cell(Measure.FUNDING_NEEDED.label(), col), m.fundingNeeded());
        }
        // the council's service never breaks even; sums over the Monthly sheets are formulas over them
        assertThat(WorkbookWriterTest.texts(sheet)).contains("never");
        assertThat(cell(Measure.SURPLUS.label(), 2).getCellFormula())
                .isEqualTo("SUM('Monthly " + data.variants().get(1).label() + "'!"
                        + rangeOf(data.variants().get(1).label(), Line.SURPLUS_BEFORE_TAX) + ")");
    }

    @Test
    void eachShareOf100IsAFormulaAndTheyAddUpTo100() {
        boolean aLoss = false;
        for (int i = 0; i < data.variants().size(); i++) {
            int col = 1 + i;
            Projection p = data.variants().get(i).run().projection();
            Per100 per100 = Per100.of(p);
            formula(cell(CompareSheet.INCOME, col), p.get(Line.INCOME).sum() + p.get(Line.GRANT_INCOME).sum());
            double sum = 0;
            for (Share share : Share.values()) {
                Cell c = cell(share.label(), col);
                String where = data.variants().get(i).label() + ": " + share;
                assertThat(c.getCellType()).as(where).isEqualTo(CellType.FORMULA);
                assertThat(c.getCellFormula()).as(where).contains("*100/");
                assertThat(c.getNumericCellValue()).as(where + " cached").isCloseTo(share.of(per100), within(CACHED));
                double evaluated = evaluator.evaluate(c).getNumberValue();
                assertThat(evaluated).as(where).isCloseTo(share.of(per100), within(MILLIONTH));
                sum += evaluated;
            }
            assertThat(sum).isCloseTo(100, within(MILLIONTH));
            Cell total = cell(CompareSheet.TOTAL, col);
            assertThat(total.getCellFormula()).startsWith("SUM(");
            assertThat(total.getNumericCellValue()).isCloseTo(per100.total(), within(CACHED));
            assertThat(evaluator.evaluate(total).getNumberValue()).isCloseTo(100, within(MILLIONTH));
            aLoss |= per100.retained() < 0 && evaluator.evaluate(cell(Share.RETAINED.label(), col)).getNumberValue() < 0;
        }
        // the council's in-house service makes a loss: a negative share, which the stacked chart draws below zero
        assertThat(aLoss).isTrue();
    }

    /**
     * Each share adds up the same lines as {@link Per100#of}: on projections whose every line is a different
     * random figure each month, leaving out a line, adding one or taking the wrong sign would show.
     */
    @Test
    void eachShareAddsTheLinesPer100Adds() throws IOException {
        Random random = new Random(20270401);
        List<WorkbookData.Variant> variants = new ArrayList<>();
        for (String label : List.of("random-a", "random-b")) {
            WorkbookData.Variant real = data.variants().get(variants.size());
            Projection p = real.run().projection();
            Map<Line, Series> lines = new EnumMap<>(Line.class);
            for (Line line : Line.values()) {
                double[] months = new double[p.months()];
                for (int k = 0; k < months.length; k++) {
                    months[k] = 100 + 900 * random.nextDouble();
                }
                lines.put(line, Series.of(months));
            }
            Projection made = new Projection(p.scenario(), lines, p.groups());
            variants.add(new WorkbookData.Variant(label, new RunResult(label, made, Metrics.of(made)), real.cost(),
                    List.of()));
        }
        Comparison comparison = Comparison.of(variants.stream().map(WorkbookData.Variant::run).toList());
        WorkbookData made = new WorkbookData("Random lines", "random.yaml", "GBP", variants, List.of(), comparison);
        try (XSSFWorkbook book = WorkbookWriter.build(made, Instant.now())) {
            XSSFSheet compare = book.getSheet(WorkbookWriter.COMPARE);
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < variants.size(); i++) {
                Per100 expected = comparison.entries().get(i).per100();
                for (Share share : Share.values()) {
                    Cell c = WorkbookWriterTest.rowLabelled(compare, share.label()).getCell(1 + i);
                    assertThat(eval.evaluate(c).getNumberValue()).as(variants.get(i).label() + ": " + share)
                            .isCloseTo(share.of(expected), within(MILLIONTH));
                }
            }
        }
    }

    @Test
    void aStackedBarOfEach100AndACashLinePerRun() {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        int variants = data.variants().size();

        XSSFChart stackChart = titled(charts, "Where each 100 of income goes");
        XDDFBarChartData stack = (XDDFBarChartData) stackChart.getChartSeries().get(0);
        assertThat(stack.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
        assertThat(stack.getOverlap()).isEqualTo((byte) 100);
        assertThat(stack.getSeriesCount()).isEqualTo(Share.values().length);
        int last = variants;
        String xml = stackChart.getCTChartSpace().xmlText();
        for (int k = 0; k < stack.getSeriesCount(); k++) {
            XDDFChartData.Series series = stack.getSeries(k);
            Share share = Share.values()[k];
            int row = WorkbookWriterTest.rowLabelled(sheet, share.label()).getRowNum() + 1;
            assertThat(series.getValuesData().getDataRangeReference())
                    .isEqualTo("Compare!$B$" + row + ":$" + (char) ('A' + last) + "$" + row);
            // each series is named by its row's label
            assertThat(xml).contains("Compare!$A$" + row);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(variants);
            assertThat(series.getCategoryData().getDataRangeReference())
                    .isEqualTo("Compare!$B$" + (CompareSheet.HEADER_ROW + 1) + ":$" + (char) ('A' + last) + "$"
                            + (CompareSheet.HEADER_ROW + 1));
        }
        // a loss stacks below zero: the value axis crosses at zero and has no floor of its own
        XDDFValueAxis values = stackChart.getAxes().stream().filter(XDDFValueAxis.class::isInstance)
                .map(XDDFValueAxis.class::cast).findFirst().orElseThrow();
        assertThat(values.getCrosses()).isEqualTo(AxisCrosses.AUTO_ZERO);
        assertThat(values.isSetMinimum()).isFalse();

        XDDFChartData cash = titled(charts, "Cash at the end of each month").getChartSeries().get(0);
        assertThat(cash).isInstanceOf(XDDFLineChartData.class);
        assertThat(cash.getSeriesCount()).isEqualTo(variants);
        for (int i = 0; i < variants; i++) {
            assertThat(cash.getSeries(i).getValuesData().getDataRangeReference())
                    .startsWith("'Monthly " + data.variants().get(i).label() + "'!$C$");
        }
    }

    @Test
    void finishedAsTheOtherSheets() {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(data.scenarioName() + ": compared");
        var pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) (CompareSheet.HEADER_ROW + 1));
        assertThat(format(Measure.SURPLUS.label())).startsWith("\"£\"#,##0;");
        assertThat(format(Measure.COST_PER_CONTACT_HOUR.label())).startsWith("\"£\"#,##0.00;");
        assertThat(format(Measure.MARGIN.label())).isEqualTo("0.0%");
        assertThat(format(Share.RETAINED.label())).isEqualTo("0.00;[Red]-0.00");
        assertThat(((XSSFCell) cell(CompareSheet.TOTAL, 1)).getCellStyle().getFont().getBold()).isTrue();
        // every provider's name fits its column
        for (int i = 0; i < data.variants().size(); i++) {
            assertThat(sheet.getColumnWidth(1 + i) / 256.0)
                    .isGreaterThan(data.variants().get(i).run().scenario().provider().model().key().length());
        }

        // printed landscape on A4, the table on a page, then a chart a page, the title rows on each
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:4"));
        List<Integer> tops = new ArrayList<>();
        List<XSSFClientAnchor> anchors = new ArrayList<>();
        for (var shape : sheet.getDrawingPatriarch().getShapes()) {
            anchors.add((XSSFClientAnchor) ((XSSFGraphicFrame) shape).getAnchor());
        }
        anchors.sort(java.util.Comparator.comparingInt(XSSFClientAnchor::getRow1));
        anchors.forEach(a -> tops.add(a.getRow1() - 1));
        assertThat(java.util.Arrays.stream(sheet.getRowBreaks()).boxed().toList()).containsExactlyElementsOf(tops);
        assertThat(anchors.get(0).getRow1()).isGreaterThan(WorkbookWriterTest.rowLabelled(sheet, CompareSheet.TOTAL)
                .getRowNum());
        assertThat(anchors.get(0).getRow2()).isLessThanOrEqualTo(anchors.get(1).getRow1() - 1);
        // one page wide: the charts' width at the print scale fits between the margins (with room for a
        // spreadsheet program that draws columns wider than POI counts them)
        double pixels = 0;
        for (int c = 0; c <= anchors.get(0).getCol2(); c++) {
            pixels += sheet.getColumnWidthInPixels(c);
        }
        double printable = (Print.PAGE_WIDTH - 2 * Print.SIDE_MARGIN) * 96;
        assertThat(pixels * Print.COLUMN_WIDTH_ERROR * sheet.getPrintSetup().getScale() / 100).isLessThan(printable);
        assertThat(sheet.getPrintSetup().getScale()).isBetween((short) 50, (short) 100);
    }

    static XSSFChart titled(List<XSSFChart> charts, String title) {
        List<XSSFChart> found = charts.stream().filter(c -> c.getTitleText().getString().equals(title)).toList();
        assertThat(found).as("chart '" + title + "'").hasSize(1);
        return found.get(0);
    }

    static Cell cell(String label, int col) {
        return WorkbookWriterTest.rowLabelled(sheet, label).getCell(col);
    }

    static String format(String label) {
        return ((XSSFCell) cell(label, 1)).getCellStyle().getDataFormatString();
    }

    /** A Monthly sheet's range of a line, as a formula refers to it. */
    static String rangeOf(String variant, Line line) {
        XSSFSheet monthly = wb.getSheet("Monthly " + variant);
        int row = WorkbookWriterTest.rowLabelled(monthly, line.label()).getRowNum();
        int months = data.variants().get(0).run().projection().months();
        return Cells.range(row, MonthlySheet.FIRST_MONTH_COL, row, MonthlySheet.FIRST_MONTH_COL + months - 1);
    }

    /** A formula whose cached value is the model's figure and which evaluates to it. */
    static void formula(Cell cell, double expected) {
        String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.FORMULA);
        assertThat(cell.getNumericCellValue()).as(where + " cached").isCloseTo(expected, within(CACHED));
        CellValue value = evaluator.evaluate(cell);
        assertThat(value.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(value.getNumberValue()).as(where).isCloseTo(expected, within(MILLIONTH));
    }
}
