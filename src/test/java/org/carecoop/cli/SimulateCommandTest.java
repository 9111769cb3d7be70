package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Monte Carlo through the command line, on the start-up plan with the council fee as its only uncertain input. */
class SimulateCommandTest {
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    @TempDir
    static Path dir;
    /** The start-up plan with only the council fee uncertain: uniform(24, 26), where the plan makes a loss. */
    static Path feeOnly;
    /** The start-up plan with no uncertainty section. */
    static Path certain;

    @BeforeAll
    static void scenarios() throws IOException {
        feeOnly = StartUpVersions.feeOnly(dir);
        certain = StartUpVersions.certain(dir);
    }

    private static JsonNode metric(JsonNode sim, String key) {
        for (JsonNode m : sim.get("metrics")) {
            if (m.get("metric").asString().equals(key)) {
                return m;
            }
        }
        throw new AssertionError("no metric " + key);
    }

    @Test
    void theMeanSurplusIsTheSurplusAtTheMeanFee() {
        JsonNode sim = Cli.json(Cli.run("simulate", feeOnly.toString(), "--iterations", "300", "--seed", "4",
                "--sampling", "random", "--metric", "surplus_before_tax", "--format", "json"));
        assertThat(sim.get("iterations").asLong()).isEqualTo(300);
        assertThat(sim.get("sampling").asString()).isEqualTo("random");
        assertThat(sim.get("inputs").get(0).get("path").asString()).isEqualTo("clients[council].fee_per_hour");
        assertThat(sim.get("inputs").get(0).get("distribution").asString()).isEqualTo("uniform(24, 26)");
        // the chosen metric comes first
        assertThat(sim.get("metrics").get(0).get("metric").asString()).isEqualTo("surplus_before_tax");
        // between fees of 24 and 26 the plan makes a loss (no tax, no dividends) and the surplus rises by the
        // same amount for each pound of fee (checked: 24 -> 25 and 25 -> 26 both add about 117,739), so the
        // mean surplus is the surplus at the mean fee, 25
        JsonNode at25 = Cli.json(Cli.run("run", START_UP, "--set", "clients[council].fee_per_hour=25", "--format", "json"));
        double expected = at25.get("metrics").get("surplus_before_tax").asDouble();
        assertThat(expected).isNegative();
        JsonNode surplus = metric(sim, "surplus_before_tax");
        double se = surplus.get("standard_error").asDouble();
        // standard deviation 117,739 x 2 / sqrt(12) = 67,977; over sqrt(300): 3,925
        assertThat(se).isCloseTo(3925, within(400.0));
        assertThat(surplus.get("mean").asDouble()).isCloseTo(expected, within(3 * se));
        // the surplus is driven by the fee alone, one for one in rank
        assertThat(sim.get("rank_correlations").get(0).get("rho").asDouble()).isCloseTo(1.0, within(1e-9));
        // the sampled fee's P10 and P90: 24.2 and 25.8 (random: standard error 0.035)
        JsonNode fee = sim.get("inputs").get(0).get("sampled");
        assertThat(fee.get("p10").asDouble()).isCloseTo(24.2, within(0.14));
        assertThat(fee.get("p90").asDouble()).isCloseTo(25.8, within(0.14));
        assertThat(sim.get("cash_fan").size()).isEqualTo(sim.get("cash_below_zero").get("by_month").size());
        assertThat(sim.get("precision").get("text").asString()).contains("known to within ±£");
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreads() {
        // 300 runs are two chunks of 256 and 44
        String[] args = {"simulate", feeOnly.toString(), "--iterations", "300", "--seed", "8", "--format", "json"};
        Cli.Run one = Cli.run(concat(args, "--threads", "1"));
        Cli.Run two = Cli.run(concat(args, "--threads", "2"));
        Cli.Run again = Cli.run(concat(args, "--threads", "2"));
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(again.out()).isEqualTo(two.out());
        assertThat(one.err()).doesNotContain("simulate [");     // no progress bar when stderr is not a terminal
    }

    @Test
    void theTableSaysWhetherNWasEnough() {
        Cli.Run run = Cli.run("simulate", feeOnly.toString(), "--iterations", "50", "--seed", "1");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("* lowest_cash", "is known to within ±£", "Cash falls below zero",
                "clients[council].fee_per_hour");
    }

    @Test
    void withoutAnUncertaintySectionItSaysToAddOne() {
        Cli.Run run = Cli.run("simulate", certain.toString(), "--iterations", "10", "--seed", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no 'uncertainty:' section", "tornado");
    }

    @Test
    void anUnknownSamplingIsAnInputError() {
        Cli.Run run = Cli.run("simulate", feeOnly.toString(), "--iterations", "10", "--seed", "1", "--sampling", "halton");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("halton", "random, lhs, sobol");
        Cli.Run few = Cli.run("simulate", feeOnly.toString(), "--iterations", "1", "--seed", "1");
        assertThat(few.exitCode()).as(few.toString()).isEqualTo(2);
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void dashOWithXlsxWritesTheMonteCarloWorkbook() throws IOException {
        Path out = dir.resolve("simulate.xlsx");
        Cli.Run run = Cli.run("simulate", feeOnly.toString(), "--iterations", "200", "--seed", "4", "-o", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("wrote " + out + " (xlsx)");
        JsonNode sim = Cli.json(Cli.run("simulate", feeOnly.toString(), "--iterations", "200", "--seed", "4", "--format", "json"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            var sheet = wb.getSheet("Monte Carlo");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
            // the chosen result's row: its mean is the JSON's
            JsonNode lowest = metric(sim, "lowest_cash");
            boolean found = false;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().startsWith("lowest cash (chosen)")) {
                    assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(lowest.get("mean").asDouble(), within(1e-6));
                    assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(lowest.get("p50").asDouble(), within(1e-6));
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
