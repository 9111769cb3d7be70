package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What carecoop writes is safe to open: text the user typed stays text in the workbook and is escaped in
 * CSV, so a spreadsheet never runs it as a formula; and a failed run leaves the earlier output as it was.
 */
class SafeOutputTest {
    /** Text a spreadsheet would run if it were written as a formula. */
    private static final String NAME = "=HYPERLINK(\"http://example.org\",\"open me\")";
    private static final String GROUP = "+SUM(1,2)";
    private static final String ITEM = "@cmd";
    private static final String ROLE = "-2+3 manager";

    @TempDir
    Path dir;

    private Path plan() throws IOException {
        return Files.writeString(dir.resolve("plan.yaml"), """
                scenario: '%s'
                start: 2026-04
                years: 2
                clients:
                  - {stream: council, name: '%s', target: 10, hours_per_week: 9, visit_minutes: 45, fee_per_hour: 28}
                care_workers:
                  wage_per_hour: 13.45
                office_staff:
                  - {role: '%s', salary: 40000, count: 1}
                overheads:
                  - {item: '%s', per_month: 100}
                variants:
                  dearer:
                    clients[%s].fee_per_hour: 30
                """.formatted(NAME, GROUP, ROLE, ITEM, GROUP));
    }

    @Test
    void userTextIsAlwaysTextInTheWorkbook() throws IOException {
        Path workbook = dir.resolve("plan.xlsx");
        Cli.Run run = Cli.run("run", plan().toString(), "-o", workbook.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            // carecoop's own formulas only: sums and references, never the user's text
                            assertThat(cell.getCellFormula()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotContain("HYPERLINK", "SUM(1,2)", "cmd", "2+3");
                        } else if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        for (String typed : List.of(NAME, GROUP, ITEM, ROLE)) {
            assertThat(texts).as("text cells holding " + typed).anySatisfy(t -> assertThat(t).contains(typed));
        }
    }

    @Test
    void userTextIsEscapedInCsv() throws IOException {
        Cli.Run run = Cli.run("params", plan().toString(), "--format", "csv");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        // the scenario's name: quoted (it holds commas and quotes) and prefixed with an apostrophe
        assertThat(run.out()).contains("scenario,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"open me\"\")\"");
        assertThat(run.out()).contains("\"clients[+SUM(1,2)].name\",\"'+SUM(1,2)\"");
        assertThat(run.out()).contains("office_staff[-2+3 manager].role,'-2+3 manager,");
        assertThat(run.out()).contains("overheads[@cmd].item,'@cmd,");
        // a number keeps its sign and is not escaped
        assertThat(run.out()).contains("overheads[@cmd].per_month,100,");
    }

    @Test
    void aFailedRunLeavesTheEarlierOutputAsItWas() throws IOException {
        Path plan = plan();
        Path json = dir.resolve("plan.json");
        assertThat(Cli.run("run", plan.toString(), "-o", json.toString()).exitCode()).isZero();
        String earlier = Files.readString(json);
        Cli.Run failed = Cli.run("run", plan.toString(), "--set", "care_workers.wage_per_hour=-1", "-o", json.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo(earlier);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted()).containsExactly("plan.json", "plan.yaml");
        }
    }
}
