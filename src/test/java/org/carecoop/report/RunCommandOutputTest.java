package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carecoop.cli.CarecoopCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code carecoop run} hands the projection to the writer of the chosen format. */
class RunCommandOutputTest {
    @TempDir
    Path dir;

    Path scenario;

    @BeforeEach
    void write() throws Exception {
        scenario = RunFixture.write(dir);
    }

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void tableIsTheDefault() {
        Result r = run("run", scenario.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(RunText.render(RunFixture.run(scenario)));
    }

    @Test
    void jsonOnTheTerminalIsByteIdenticalRunToRun() throws Exception {
        Result first = run("run", scenario.toString(), "--format", "json");
        Result second = run("run", scenario.toString(), "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(second.out()).isEqualTo(RunJson.render(RunFixture.run(scenario)));
        // loader warnings go to stderr, so stdout stays one JSON document
        JsonNode json = JsonMapper.builder().build().readTree(first.out());
        assertThat(json.get("months").size()).isEqualTo(12 * RunFixture.YEARS);
    }

    @Test
    void variantsAndOverridesReachTheWriter() throws Exception {
        Result r = run("run", scenario.toString(), "--variant", "lower-fee", "--set", "funding.opening_cash=90000",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("variant").asString()).isEqualTo("lower-fee");
        assertThat(json.get("months").get(0).get("opening_cash").doubleValue()).isEqualTo(90000);
        assertThat(json.get("groups").get(0).get("fee_per_hour").get(0).doubleValue()).isEqualTo(21);
    }

    @Test
    void anUndefinedFigureIsNullNotNaN() throws Exception {
        // clients, but no care worker can ever be hired: no hours are delivered and nothing is earned
        Result r = run("run", scenario.toString(), "--set", "care_workers.max_hires_per_month=0", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("NaN");
        JsonNode metrics = JsonMapper.builder().build().readTree(r.out()).get("metrics");
        assertThat(metrics.get("cost_per_contact_hour").isNull()).isTrue();
        assertThat(metrics.get("surplus_margin").isNull()).isTrue();
    }

    @Test
    void writesJsonToAFileNamedByItsExtension() throws Exception {
        Path target = dir.resolve("out.json");
        Result r = run("run", scenario.toString(), "-o", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + target + " (json)\n").contains("warning: cash falls below zero");
        String written = Files.readString(target);
        assertThat(written).isEqualTo(RunJson.render(RunFixture.run(scenario)));
        assertThat(run("run", scenario.toString(), "-o", target.toString()).code()).isZero();
        assertThat(Files.readString(target)).isEqualTo(written);
    }

    @Test
    void infersCsvAndMarkdownFromTheName() throws Exception {
        Path csv = dir.resolve("months.csv");
        Path md = dir.resolve("paper.md");
        assertThat(run("run", scenario.toString(), "-o", csv.toString()).out()).startsWith("wrote " + csv + " (csv)");
        assertThat(run("run", scenario.toString(), "-o", md.toString()).out()).startsWith("wrote " + md + " (markdown)");
        assertThat(Files.readString(csv)).startsWith("month,");
        assertThat(Files.readString(md)).startsWith("# " + RunFixture.NAME);
    }

    @Test
    void anExplicitFormatWinsOverTheName() throws Exception {
        Path target = dir.resolve("figures.txt");
        Result r = run("run", scenario.toString(), "--format", "csv", "-o", target.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(target)).startsWith("month,");
    }

    @Test
    void refusesToWriteOverAScenario() throws Exception {
        Path other = dir.resolve("x.yaml");
        Result r = run("run", scenario.toString(), "-o", other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refusing");
        assertThat(other).doesNotExist();

        String before = Files.readString(scenario);
        assertThat(run("run", scenario.toString(), "--format", "json", "-o", scenario.toString()).code()).isEqualTo(2);
        assertThat(Files.readString(scenario)).isEqualTo(before);
    }

    @Test
    void aSpreadsheetHoldsTheBasePlanAndEveryVariant() throws Exception {
        Path target = dir.resolve("out.xlsx");
        Result r = run("run", "scenarios/start-up-worker-coop.yaml", "-o", target.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("wrote " + target + " (spreadsheet: 4 plans: base, slower-ramp, "
                + "average-council-fee, lower-fee)");
        try (var in = Files.newInputStream(target);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(book.getSheet("Summary")).isNotNull();
            assertThat(book.getSheetName(1)).isEqualTo("Compare");
            assertThat(book.getSheet("Monthly lower-fee")).isNotNull();
        }
    }

    @Test
    void aSpreadsheetOfOneVariant() throws Exception {
        Path target = dir.resolve("one.xlsx");
        Result r = run("run", "scenarios/start-up-worker-coop.yaml", "--variant", "lower-fee", "-o", target.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("wrote " + target + " (spreadsheet: 1 plan: lower-fee)");
        assertThat(sheetNames(target)).contains("Summary").doesNotContain("Compare");
    }

    @Test
    void compareWritesTheSpreadsheetWithItsCompareSheet() throws Exception {
        Path target = dir.resolve("compared.xlsx");
        Result r = run("compare", scenario.toString(), "-o", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(sheetNames(target)).startsWith("Summary", "Compare");
    }

    @Test
    void withNoIncomeTheSharesAreUndefinedButTheSpreadsheetIsWritten() throws Exception {
        // where each 100 of income goes means nothing without income: the shares show n/a
        Path target = dir.resolve("none.xlsx");
        Result r = run("run", scenario.toString(), "--set", "care_workers.max_hires_per_month=0", "-o", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(sheetNames(target)).contains("Summary", "Compare", "Monthly lower-fee");
        Result compared = run("compare", scenario.toString(), "--set", "care_workers.max_hires_per_month=0");
        assertThat(compared.code()).as(compared.err()).isZero();
        assertThat(compared.out()).contains("n/a");
    }

    static java.util.List<String> sheetNames(Path file) throws Exception {
        try (var in = Files.newInputStream(file);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    @Test
    void anUnknownExtensionNeedsAFormat() {
        Result r = run("run", scenario.toString(), "-o", dir.resolve("out.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }

    @Test
    void anUnknownFormatIsABadArgument() {
        Result r = run("run", scenario.toString(), "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pdf");
    }

    @Test
    void markdownShowsTheCostOfAnHourAndEveryInput() throws Exception {
        Result r = run("run", scenario.toString(), "--format", "markdown");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(RunMarkdown.render(RunFixture.report(scenario)));
        assertThat(r.out()).contains("## Cost of an hour of care in plan year 2", "## Inputs and their sources",
                "| `care_workers.wage_per_hour` | 13.45 | GBP/hour | ", "riverside.yaml:");
    }

    @Test
    void costAsCsvOnTheTerminalOrInAFile() throws Exception {
        Result r = run("cost", scenario.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("line,label,plan_mix,visits_15_min,").contains("\r\nprice,Price per contact hour,");

        Path target = dir.resolve("cost.csv");
        Result written = run("cost", scenario.toString(), "-o", target.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.out()).isEqualTo("wrote " + target + " (csv)\n");
        assertThat(Files.readString(target)).isEqualTo(r.out());

        Result year = run("cost", scenario.toString(), "--year", "1", "--surplus", "5%", "--format", "csv");
        assertThat(year.code()).isZero();
        assertThat(year.out()).isNotEqualTo(r.out());

        Result table = run("cost", scenario.toString());
        assertThat(table.out()).startsWith("Cost of a contact hour: ");
        Result unknown = run("cost", scenario.toString(), "-o", dir.resolve("cost.pdf").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains(".csv", ".xlsx");
    }
}
