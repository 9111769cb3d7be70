package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** compare and solve from the command line: their JSON shapes, their answers and their errors. */
class CompareSolveCommandTest {
    private static final String PROVIDERS = "scenarios/provider-comparison.yaml";
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void compareJsonHasEveryVersionWithItsMetricsAndWhereEachHundredGoes() {
        Result r = run("compare", PROVIDERS, "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        JsonNode variants = root.get("variants");
        assertThat(variants.size()).isEqualTo(5);
        assertThat(variants.get(0).get("variant").asString()).isEqualTo("base");
        assertThat(variants.get(1).get("provider").asString()).isEqualTo("for-profit");
        for (JsonNode v : variants) {
            assertThat(v.get("metrics").has("cost_per_contact_hour")).isTrue();
            assertThat(v.get("metrics").has("break_even_month")).isTrue();
            double total = 0;
            for (String key : new String[] {"frontline_pay", "travel_and_mileage", "on_costs", "management_and_office",
                "overheads", "interest", "tax", "paid_to_owners", "returned_to_workers", "retained"}) {
                total += v.get("per_100_income").get(key).asDouble();
            }
            assertThat(total).isCloseTo(100, within(1e-4));
        }
    }

    @Test
    void compareTableShowsTheVersionsSideBySide() {
        Result r = run("compare", PROVIDERS);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("base", "for-profit", "private-equity", "council-in-house", "Of each 100 of income:");
    }

    @Test
    void compareNeedsVariants(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.yaml");
        java.nio.file.Files.writeString(one, """
                scenario: one
                start: 2027-04
                years: 1
                clients: [{stream: council, target: 10, hours_per_week: 5, visit_minutes: 30, fee_per_hour: 30}]
                care_workers: {wage_per_hour: 13}
                """);
        Result r = run("compare", one.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no variants to compare");
    }

    @Test
    void solveJsonGivesTheParameterValueTargetAndMetrics() {
        Result r = run("solve", START_UP, "--for", "clients[council].fee_per_hour", "--target", "break-even",
                "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        assertThat(root.get("parameter").asString()).isEqualTo("clients[council].fee_per_hour");
        assertThat(root.get("target").asString()).isEqualTo("break-even");
        assertThat(root.get("met").asBoolean()).isTrue();
        assertThat(root.get("metrics").get("surplus_before_tax").asDouble()).isGreaterThanOrEqualTo(0);
        // fed back with --set, the answer meets the goal
        String fee = String.format(java.util.Locale.ROOT, "%.2f", root.get("value").asDouble());
        Result check = run("run", START_UP, "--set", "clients[council].fee_per_hour=" + fee, "--format", "json");
        JsonNode metrics = JsonMapper.builder().build().readTree(check.out()).get("metrics");
        assertThat(metrics.get("surplus_before_tax").asDouble()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void solveExplainsAnUnreachableGoalWithExitCodeTwo() {
        Result r = run("solve", START_UP, "--for", "care_workers.turnover", "--target", "surplus-margin=40%");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("No value of care_workers.turnover from 0% to 100% meets the goal");
    }

    @Test
    void solveRefusesABadGoalPathOrRange() {
        assertThat(run("solve", START_UP, "--for", "clients[council].fee_per_hour", "--target", "breakeven").err())
                .contains("is not a goal carecoop knows");
        Result path = run("solve", START_UP, "--for", "clients[council].fee_per_hr", "--target", "break-even");
        assertThat(path.code()).isEqualTo(2);
        assertThat(path.err()).contains("did you mean 'fee_per_hour'?");
        assertThat(run("solve", START_UP, "--for", "scenario", "--target", "break-even").err())
                .contains("cannot be solved for");
        assertThat(run("solve", START_UP, "--for", "clients[council].fee_per_hour", "--target", "break-even",
                "--range", "40:20").err()).contains("--range");
    }
}
