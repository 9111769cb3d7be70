package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The grid's cells are the plan re-run with both inputs set; the frontier is where the sign turns. */
class GridCommandTest {
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    private static String run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as(err.toString()).isEqualTo(expectedCode);
        return expectedCode == 0 ? out.toString() : err.toString();
    }

    @Test
    void eachCellIsTheMetricWithBothInputsSet() {
        JsonNode grid = JsonMapper.builder().build().readTree(run(0, "grid", START_UP, "--x",
                "clients[council].fee_per_hour=26:38:4", "--y", "care_workers.wage_per_hour=13:15:3",
                "--metric", "lowest_cash", "--format", "json"));
        assertThat(grid.get("x_values").size()).isEqualTo(4);
        assertThat(grid.get("y_values").get(1).asDouble()).isCloseTo(14, within(1e-12));
        // bump and re-run: the cell at fee 30, wage 14 is the plan run with both set
        JsonNode check = JsonMapper.builder().build().readTree(run(0, "run", START_UP, "--set",
                "clients[council].fee_per_hour=30", "--set", "care_workers.wage_per_hour=14", "--format", "json"));
        assertThat(grid.get("values").get(1).get(1).asDouble())
                .isCloseTo(check.get("metrics").get("lowest_cash").asDouble(), within(1e-5));
        // more fee never lowers the lowest cash along a row; more wage never raises it down a column
        for (int r = 0; r < 3; r++) {
            for (int c = 1; c < 4; c++) {
                assertThat(grid.get("values").get(r).get(c).asDouble())
                        .isGreaterThanOrEqualTo(grid.get("values").get(r).get(c - 1).asDouble());
            }
        }
        for (int c = 0; c < 4; c++) {
            for (int r = 1; r < 3; r++) {
                assertThat(grid.get("values").get(r).get(c).asDouble())
                        .isLessThanOrEqualTo(grid.get("values").get(r - 1).get(c).asDouble());
            }
        }
    }

    /** With FILE.xlsx the grid is a Grid sheet whose cells are the JSON's values, coloured by a scale. */
    @Test
    void anXlsxOutputIsAGridSheetOfTheSameValues(@TempDir Path dir) throws IOException {
        String[] axes = {"--x", "clients[council].fee_per_hour=26:38:4", "--y", "care_workers.wage_per_hour=13:15:3"};
        JsonNode grid = JsonMapper.builder().build().readTree(run(0, "grid", START_UP, axes[0], axes[1], axes[2], axes[3],
                "--format", "json"));
        Path file = dir.resolve("grid.xlsx");
        assertThat(run(0, "grid", START_UP, axes[0], axes[1], axes[2], axes[3], "-o", file.toString()))
                .contains("wrote", "(xlsx)");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = wb.getSheet("Grid");
            assertThat(sheet).isNotNull();
            int header = 9; // GridSheet.HEADER_ROW
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    assertThat(sheet.getRow(header + 1 + r).getCell(1 + c).getNumericCellValue())
                            .isCloseTo(grid.get("values").get(r).get(c).asDouble(), within(1e-5));
                }
            }
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
        }
    }

    @Test
    void theTableMarksTheBreakEvenFrontier() {
        String table = run(0, "grid", START_UP, "--x", "clients[council].fee_per_hour=26:38:7", "--y",
                "care_workers.wage_per_hour=12.71:16.71:5");
        assertThat(table).contains("*", "the break-even frontier");
    }

    @Test
    void badAxesAndMetricsAreExplained() {
        assertThat(run(2, "grid", START_UP, "--x", "clients[council].fee_per_hour=26:38", "--y",
                "care_workers.wage_per_hour=13:15:3")).contains("PATH=LOW:HIGH:STEPS");
        assertThat(run(2, "grid", START_UP, "--x", "clients[council].fee_per_hour=26:38:4", "--y",
                "care_workers.wage_per_hour=13:15:3", "--metric", "lowest_csh")).contains("did you mean 'lowest_cash'?");
        assertThat(run(2, "grid", START_UP, "--x", "clients[council].fee_per_hr=26:38:4", "--y",
                "care_workers.wage_per_hour=13:15:3")).contains("did you mean 'fee_per_hour'?");
    }
}
