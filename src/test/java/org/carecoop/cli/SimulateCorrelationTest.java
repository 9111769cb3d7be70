package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correlations written in a scenario reach the Monte Carlo run, and impossible ones are refused. */
class SimulateCorrelationTest {
    private static String[] run(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("simulate", file.toString(), "--iterations", "40", "--seed", "3", "--format", "json");
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static Path plan(Path dir, String correlations) throws Exception {
        String base = Files.readString(Path.of("scenarios/start-up-worker-coop.yaml"));
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, base + "\ncorrelations:\n" + correlations);
        return file;
    }

    @Test
    void aSetOfCorrelationsThatCannotHoldTogetherIsRefused(@TempDir Path dir) throws Exception {
        // a and b move together, a and c move together, but b and c move apart: impossible at 0.9
        String[] r = run(plan(dir, """
                  clients[council].fee_per_hour ~ care_workers.turnover: 0.9
                  clients[council].fee_per_hour ~ clients[council].ramp_months: 0.9
                  care_workers.turnover ~ clients[council].ramp_months: -0.9
                """));
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("correlations:").contains("not positive definite");
    }

    @Test
    void correlatedInputsChangeTheRun(@TempDir Path dir) throws Exception {
        String[] independent = run(plan(dir, "  clients[council].fee_per_hour ~ care_workers.turnover: 0\n"));
        String[] correlated = run(plan(dir, "  clients[council].fee_per_hour ~ care_workers.turnover: 0.8\n"));
        assertThat(independent[0]).isEqualTo("0");
        assertThat(correlated[0]).isEqualTo("0");
        assertThat(correlated[1]).isNotEqualTo(independent[1]);
    }
}
