package org.carecoop.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.charter.Charter;
import org.carecoop.analysis.charter.CharterAnalysis;
import org.carecoop.analysis.charter.CharterResult;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Charter sheet of the hand-checked plan (zero-hours, unpaid travel, exactly the National Living Wage; see
 * CharterAnalysisTest), built and recalculated with POI.
 */
class CharterSheetTest {
    static XSSFWorkbook wb;
    static XSSFSheet sheet;
    static CharterSheet.Layout layout;
    static CharterResult result;

    /** The Charter sheet's data: the hand-checked plan against the minimum wage and a met requirement. */
    static CharterData data() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(CharterSheetTest.class.getResource(
                "/charters/zero-hours-unpaid-travel.yaml")).toURI());
        RunResult base = RunResult.of(Resolver.resolve(ScenarioLoader.load(file)), "base");
        Charter charter = new Charter("The legal minimum", "", "NMW Regulations 2015", List.of(
                new Charter.Requirement("national-living-wage", new Charter.PayFloor(Charter.Floor.word("national-living-wage")),
                        "", "law", "NMW Regulations 2015, reg. 34", "test.yaml:1:1"),
                new Charter.Requirement("paid-training", new Charter.PaidTraining(0), "", "2", "ECC", "test.yaml:2:1")));
        result = CharterAnalysis.run(charter, base, 1, changes -> RunResult.of(
                Resolver.resolve(ScenarioLoader.load(file, null, changes)), "base"));
        return new CharterData("zero-hours-unpaid-travel.yaml", "minimum-wage", result);
    }

    @BeforeAll
    static void build() throws URISyntaxException {
        CharterData data = data();
        wb = WorkbookWriter.build(data, Instant.parse("2026-11-22T12:00:00Z"));
        sheet = wb.getSheet(WorkbookWriter.CHARTER);
        layout = layout(data);
    }

    /** The same sheet again in a workbook of its own, for its layout (where each row went). */
    static CharterSheet.Layout layout(CharterData data) {
        XSSFWorkbook again = new XSSFWorkbook();
        return CharterSheet.write(again.createSheet("again"), data, new Styles(again, "GBP"));
    }

    @AfterAll
    static void close() throws IOException {
        if (wb != null) {
            wb.close();
        }
    }

    @Test
    void theChecklistHasARowPerRequirement() {
        int row = CharterSheet.HEADER_ROW;
        assertThat(sheet.getRow(row).getCell(0).getStringCellValue()).isEqualTo("Requirement");
        assertThat(sheet.getRow(row + 1).getCell(0).getStringCellValue()).isEqualTo("national-living-wage");
        assertThat(sheet.getRow(row + 1).getCell(2).getStringCellValue()).isEqualTo("no");
        // paying travel alone: 12.21 / 3 x 1.1207 = 4.561249 per contact hour
        assertThat(sheet.getRow(row + 1).getCell(3).getNumericCellValue()).isCloseTo(4.561249, within(1e-6));
        assertThat(sheet.getRow(row + 1).getCell(6).getStringCellValue()).contains("is lowest in 2025-04: 9.16,");
        assertThat(sheet.getRow(row + 2).getCell(2).getStringCellValue()).isEqualTo("yes");
        assertThat(sheet.getRow(row + 2).getCell(3)).isNull();
    }

    @Test
    void theCostingsChangesAreFormulasThatRecalculateToTheAnalysisFigures() {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int row = layout.costingRows().get("Cost per contact hour");
        var change = sheet.getRow(row).getCell(3);
        assertThat(change.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(change.getCellFormula()).isEqualTo("C" + (row + 1) + "-B" + (row + 1));
        assertThat(evaluator.evaluate(change).getNumberValue()).isCloseTo(4.561249, within(1e-6));
        int pay = layout.costingRows().get("Pay per hour of working time");
        // 9.1575 as it is, the wage of 12.21 once travel is paid
        assertThat(sheet.getRow(pay).getCell(1).getNumericCellValue()).isCloseTo(9.1575, within(1e-9));
        assertThat(evaluator.evaluate(sheet.getRow(pay).getCell(3)).getNumberValue()).isCloseTo(12.21 - 9.1575, within(1e-9));
        // the fees in the year (CharterAnalysisTest), a column each after the plan as it is: each group's fee is
        // today's plus the rise, as a formula; passed through 30.00 + 4.57 = 34.57, the current margin kept 40.00,
        // viable at 3% 18.244996 / 0.97 = 18.81
        int header = layout.costingRows().get("Fee header");
        assertThat(sheet.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Extra cost passed through");
        assertThat(sheet.getRow(header).getCell(3).getStringCellValue()).isEqualTo("Current margin kept");
        assertThat(sheet.getRow(header).getCell(4).getStringCellValue()).isEqualTo("Viable");
        int rise = layout.costingRows().get("Fee rise");
        assertThat(sheet.getRow(rise).getCell(2).getNumericCellValue()).isEqualTo(4.57);
        int council = layout.costingRows().get("Fee for council");
        assertThat(sheet.getRow(council).getCell(1).getNumericCellValue()).isEqualTo(30.0);
        var passed = sheet.getRow(council).getCell(2);
        assertThat(passed.getCellFormula()).isEqualTo("B" + (council + 1) + "+C" + (rise + 1));
        assertThat(evaluator.evaluate(passed).getNumberValue()).isCloseTo(34.57, within(1e-9));
        assertThat(evaluator.evaluate(sheet.getRow(council).getCell(3)).getNumberValue()).isBetween(40.00, 40.01);
        assertThat(evaluator.evaluate(sheet.getRow(council).getCell(4)).getNumberValue()).isCloseTo(18.81, within(1e-9));
        // the notes under the table say each in full, the current margin with its figure
        boolean noted = false;
        for (int r = council; r <= council + 12; r++) {
            var cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
            noted |= cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith("The provider's current margin kept (54.4%): ");
        }
        assertThat(noted).isTrue();
        // the build-up's price carries the target surplus too, but is labelled so it is not quoted as a fee
        assertThat(sheet.getRow(layout.costingRows().get("Price")).getCell(0).getStringCellValue())
                .isEqualTo("Build-up price (3.0% surplus)");
        assertThat(sheet.getRow(layout.costingRows().get("Price note")).getCell(0).getStringCellValue())
                .contains("not one of the fees above");
        // the price line sums the cost lines above it, for each plan
        int price = layout.costingRows().get("Price");
        for (int c = 1; c <= 3; c++) {
            var cell = sheet.getRow(price).getCell(c);
            assertThat(cell.getCellFormula()).startsWith("SUM(");
            assertThat(evaluator.evaluate(cell).getNumberValue()).isCloseTo(cell.getNumericCellValue(), within(1e-9));
        }
        assertThat(sheet.getRow(price).getCell(2).getNumericCellValue())
                .isCloseTo(result.costing().compliant().cost().buildUp().price(), within(1e-9));
    }

    @Test
    void theChartStacksTheCostLinesOfBothPlans() {
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo(layout.chartTitle());
        assertThat(charts.get(0).getChartSeries()).singleElement()
                .satisfies(data -> assertThat(data.getSeriesCount()).isEqualTo(
                        result.costing().base().cost().buildUp().lines().size()));
    }

    @Test
    void theChangesAreListedAsSetOverrides() {
        boolean found = false;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals("care_workers.travel_paid=true")) {
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
