package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tornado's swings are the plan re-run with one input moved (bump and re-run). */
class TornadoCommandTest {
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    private static JsonNode json(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as(err.toString()).isZero();
        return JsonMapper.builder().build().readTree(out.toString());
    }

    @Test
    void eachBarIsTheResultWithThatInputAtItsPercentiles() {
        JsonNode t = json("tornado", START_UP, "--metric", "lowest_cash", "--format", "json");
        JsonNode bars = t.get("bars");
        assertThat(bars.size()).isEqualTo(6);               // the six inputs of the uncertainty section
        for (int i = 1; i < bars.size(); i++) {              // sorted by swing
            assertThat(bars.get(i).get("swing").asDouble()).isLessThanOrEqualTo(bars.get(i - 1).get("swing").asDouble());
        }
        JsonNode fee = bars.get(0);
        assertThat(fee.get("input").asString()).isEqualTo("clients[council].fee_per_hour");
        // P10 of triangular(29.00, 32.14, 34.42): mode share c = 3.14 / 5.42 = 0.5793 > 0.1, so
        // P10 = 29.00 + sqrt(0.1 x 5.42 x 3.14) = 29.00 + 1.3046 = 30.3046
        assertThat(fee.get("low").asDouble()).isCloseTo(29.00 + Math.sqrt(0.1 * 5.42 * 3.14), within(1e-6));   // JSON keeps 6 decimals
        // bump and re-run: the plan with the fee at its P10 gives the bar's low result; the fee read back
        // from JSON is rounded to 6 decimals, worth up to about 0.02 of cash at this sensitivity
        String low = String.format(Locale.ROOT, "%.10f", fee.get("low").asDouble());
        JsonNode rerun = json("run", START_UP, "--set", "clients[council].fee_per_hour=" + low, "--format", "json");
        assertThat(fee.get("at_low").asDouble()).isCloseTo(rerun.get("metrics").get("lowest_cash").asDouble(), within(0.05));
        // the spider's middle point is the input's median
        assertThat(fee.get("spider").size()).isEqualTo(5);
    }

    @Test
    void aRangeMovesEveryNumericInputByItsShare() {
        JsonNode t = json("tornado", START_UP, "--range", "10%", "--format", "json");
        JsonNode found = null;
        for (JsonNode bar : t.get("bars")) {
            if (bar.get("input").asString().equals("care_workers.recruitment_cost")) {
                found = bar;
            }
        }
        assertThat(found).isNotNull();
        // uniform(3240, 3960): P10 = 3240 + 0.1 x 720 = 3312, P90 = 3888
        assertThat(found.get("low").asDouble()).isCloseTo(3312, within(1e-9));
        assertThat(found.get("high").asDouble()).isCloseTo(3888, within(1e-9));
        assertThat(found.get("at_low").asDouble()).isGreaterThan(found.get("at_high").asDouble());   // dearer recruiting costs more
    }

    @Test
    void dashOWithXlsxWritesTheTornadoWorkbook(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path out = tmp.resolve("tornado.xlsx");
        Cli.Run run = Cli.run("tornado", "scenarios/start-up-worker-coop.yaml", "-o", out.toString());
        org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.toString()).isZero();
        org.assertj.core.api.Assertions.assertThat(run.out()).contains("(xlsx)");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(out))) {
            var sheet = wb.getSheet("Tornado");
            org.assertj.core.api.Assertions.assertThat(sheet).isNotNull();
            org.assertj.core.api.Assertions.assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }
}
