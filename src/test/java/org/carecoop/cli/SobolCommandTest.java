package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sobol indices through the command line, on the start-up plan. */
class SobolCommandTest {
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    @TempDir
    static Path dir;
    /** The start-up plan with only the council fee uncertain: uniform(24, 26), where the surplus is linear in it. */
    static Path feeOnly;
    /** The start-up plan with no uncertainty section. */
    static Path certain;
    /** The start-up plan with two of its inputs correlated. */
    static Path correlated;

    @BeforeAll
    static void scenarios() throws IOException {
        feeOnly = StartUpVersions.feeOnly(dir);
        certain = StartUpVersions.certain(dir);
        String text = Files.readString(Path.of(START_UP));
        correlated = dir.resolve("correlated.yaml");
        Files.writeString(correlated, text + "\ncorrelations:\n  clients[council].fee_per_hour ~ care_workers.turnover: 0.5\n");
    }

    private static JsonNode result(JsonNode sobol, String metric) {
        for (JsonNode r : sobol.get("results")) {
            if (r.get("metric").asString().equals(metric)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + metric);
    }

    @Test
    void theJsonHasEveryIndexOfEveryResultTheChosenFirst() {
        JsonNode sobol = Cli.json(Cli.run("sobol", START_UP, "--samples", "64", "--seed", "3", "--metric", "funding_needed",
                "--format", "json"));
        assertThat(sobol.get("scenario").asString()).isNotBlank();
        assertThat(sobol.get("variant").asString()).isEqualTo("base");
        assertThat(sobol.get("samples").asInt()).isEqualTo(64);
        assertThat(sobol.get("seed").asLong()).isEqualTo(3);
        assertThat(sobol.get("runs").asLong()).isEqualTo(64 * (6 + 2));     // six uncertain inputs
        assertThat(sobol.get("metric").asString()).isEqualTo("funding_needed");
        List<String> metrics = new ArrayList<>();
        sobol.get("results").forEach(r -> metrics.add(r.get("metric").asString()));
        assertThat(metrics).hasSize(Metric.values().length).first().isEqualTo("funding_needed");
        assertThat(metrics).containsExactlyInAnyOrderElementsOf(Metric.keys());
        JsonNode indices = result(sobol, "lowest_cash").get("indices");
        assertThat(indices.size()).isEqualTo(6);
        JsonNode fee = indices.get(0);
        assertThat(fee.get("input").asString()).isEqualTo("clients[council].fee_per_hour");
        for (String key : List.of("first_order", "total_order")) {
            assertThat(fee.get(key).isNumber()).as(key).isTrue();
            assertThat(fee.get(key + "_low").asDouble()).isLessThanOrEqualTo(fee.get(key + "_high").asDouble());
        }
        // a break-even that never comes counts as the month after the end, so the month has indices too
        assertThat(result(sobol, "break_even_month").get("indices").get(0).get("total_order").isNumber()).isTrue();
    }

    @Test
    void theFeeAloneExplainsAllOfTheSurplusWhenItIsTheOnlyUncertainInput() {
        JsonNode sobol = Cli.json(Cli.run("sobol", feeOnly.toString(), "--samples", "128", "--seed", "5",
                "--metric", "surplus_before_tax", "--format", "json"));
        assertThat(sobol.get("runs").asLong()).isEqualTo(128 * 3);
        JsonNode fee = result(sobol, "surplus_before_tax").get("indices").get(0);
        assertThat(fee.get("input").asString()).isEqualTo("clients[council].fee_per_hour");
        for (String key : List.of("first_order", "total_order")) {
            double value = fee.get(key).asDouble();
            boolean inInterval = fee.get(key + "_low").asDouble() <= 1 && 1 <= fee.get(key + "_high").asDouble();
            assertThat(inInterval || Math.abs(value - 1) <= 0.05).as(key + " = " + value).isTrue();
            assertThat(value).isCloseTo(1, within(0.1));
        }
    }

    @Test
    void theTableExplainsInPlainWords() {
        Cli.Run run = Cli.run("sobol", feeOnly.toString(), "--samples", "64", "--seed", "1",
                "--metric", "surplus_before_tax");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("192 runs of the plan", "first order S1", "total order ST");
        assertThat(run.out()).containsPattern("clients\\[council]\\.fee_per_hour alone explains (9[5-9]|100)% of the "
                + "variance of the surplus before tax over the plan\n");
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreads() {
        String[] args = {"sobol", START_UP, "--samples", "64", "--seed", "8", "--format", "json"};
        Cli.Run one = Cli.run(concat(args, "--threads", "1"));
        Cli.Run two = Cli.run(concat(args, "--threads", "2"));
        Cli.Run again = Cli.run(concat(args, "--threads", "2"));
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(again.out()).isEqualTo(two.out());
        Cli.Run table1 = Cli.run("sobol", START_UP, "--samples", "64", "--seed", "8", "--threads", "1");
        Cli.Run table2 = Cli.run("sobol", START_UP, "--samples", "64", "--seed", "8", "--threads", "3");
        assertThat(table2.out()).isEqualTo(table1.out());
    }

    @Test
    void theJsonCanBeWrittenToAFile() throws IOException {
        Path file = dir.resolve("sobol.json");
        Cli.Run run = Cli.run("sobol", feeOnly.toString(), "--samples", "16", "--seed", "1", "-o", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("wrote " + file);
        assertThat(JsonMapper.builder().build().readTree(Files.readString(file)).get("results").size())
                .isEqualTo(Metric.values().length);
    }

    /** The workbook's table holds the indices the JSON gives for the same run, and its chart. */
    @Test
    void aSpreadsheetHoldsTheSameIndicesAsTheJson() throws IOException {
        Path file = dir.resolve("sobol.xlsx");
        String[] args = {"sobol", START_UP, "--samples", "64", "--seed", "2", "--metric", "surplus_before_tax"};
        Cli.Run run = Cli.run(concat(args, "-o", file.toString()));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + file + " (xlsx)\n");
        JsonNode indices = result(Cli.json(Cli.run(concat(args, "--format", "json"))), "surplus_before_tax").get("indices");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(file))) {
            var sheet = wb.getSheet("Sobol");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            int checked = 0;
            for (var row : sheet) {
                var name = row.getCell(0);
                var first = row.getCell(1);
                if (name == null || first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                for (JsonNode index : indices) {
                    if (index.get("input").asString().equals(name.getStringCellValue()) && checked < indices.size()) {
                        // the first table down the sheet is the chosen result's, a row an input
                        assertThat(first.getNumericCellValue()).isCloseTo(index.get("first_order").asDouble(), within(1e-6));
                        assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(index.get("first_order_low").asDouble(), within(1e-6));
                        assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(index.get("first_order_high").asDouble(), within(1e-6));
                        assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(index.get("total_order").asDouble(), within(1e-6));
                        assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(index.get("total_order_low").asDouble(), within(1e-6));
                        assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(index.get("total_order_high").asDouble(), within(1e-6));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(6);
        }
    }

    @Test
    void withoutAnUncertaintySectionItSaysToAddOne() {
        Cli.Run run = Cli.run("sobol", certain.toString(), "--samples", "16", "--seed", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("sobol:", "no 'uncertainty:' section", "tornado");
    }

    @Test
    void correlatedInputsAreRefusedWithAPointerToSimulate() {
        Cli.Run run = Cli.run("sobol", correlated.toString(), "--samples", "16", "--seed", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("correlations:", "independent inputs", "carecoop simulate");
    }

    @Test
    void badOptionsAreInputErrors() {
        assertThat(Cli.run("sobol", feeOnly.toString(), "--samples", "1", "--seed", "1").exitCode()).isEqualTo(2);
        assertThat(Cli.run("sobol", feeOnly.toString(), "--samples", "8", "--seed", "1", "--metric", "profit")
                .err()).contains("no result called 'profit'");
        assertThat(Cli.run("sobol", feeOnly.toString(), "--samples", "8", "--seed", "1", "--threads", "0").exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("sobol", feeOnly.toString(), "--samples", "2000000", "--seed", "1").err())
                .contains("at most 5000000");
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
