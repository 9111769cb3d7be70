package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every scenario shipped in scenarios/ (found by listing the folder, so a new file is included
 * without changing this test) goes through the commands a user would run on it: run, cost, compare
 * and a short simulate, each of which must succeed and print no NaN or infinity; and every version
 * of it (base plan and variants) keeps the cash identity in every month with every metric finite.
 */
class ShippedScenariosTest {
    /** A thousandth of a penny (or cent): the money tolerance of DESIGN.md. */
    private static final double MONEY = 0.001;

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyShippedScenario() throws IOException {
        List<Path> files = scenarios();
        // the README's main job and the library of issue 8 at least
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("start-up-worker-coop.yaml",
                "community-coop-colne-valley.yaml", "multi-stakeholder-wales.yaml", "bronx-worker-coop-usd.yaml",
                "for-profit-owner-managed.yaml", "private-equity-chain.yaml");
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("cash identity and finite metrics, every version", () -> identities(file)),
                DynamicTest.dynamicTest("run", () -> run(file)),
                DynamicTest.dynamicTest("cost", () -> succeeds("cost", file.toString())),
                DynamicTest.dynamicTest("compare", () -> compare(file)),
                DynamicTest.dynamicTest("simulate, 200 runs", () -> simulate(file)))));
    }

    /** Each version projected: closing = opening + in - out, opening = last closing, nothing NaN. */
    private static void identities(Path file) {
        List<String> problems = new ArrayList<>();
        List<LoadedScenario> versions = ScenarioLoader.loadAll(file, List.of());
        assertThat(versions).isNotEmpty();
        for (LoadedScenario loaded : versions) {
            String version = loaded.variantLabel();
            Projection p = Projector.project(Resolver.resolve(loaded));
            double opening = p.scenario().funding().openingCash();
            for (int m = 0; m < p.months(); m++) {
                for (Line line : Line.values()) {
                    if (!Double.isFinite(p.at(line, m))) {
                        problems.add(version + ": " + line + " is " + p.at(line, m) + " in month " + m);
                    }
                }
                double open = p.at(Line.OPENING_CASH, m);
                double close = p.at(Line.CLOSING_CASH, m);
                double expectedOpen = m == 0 ? opening : p.at(Line.CLOSING_CASH, m - 1);
                if (Math.abs(open - expectedOpen) > MONEY) {
                    problems.add(version + ": month " + m + " opens with " + open + ", not " + expectedOpen);
                }
                double expectedClose = open + p.at(Line.CASH_IN, m) - p.at(Line.CASH_OUT, m);
                if (Math.abs(close - expectedClose) > MONEY) {
                    problems.add(version + ": month " + m + " closes with " + close + ", not opening + in - out = "
                            + expectedClose);
                }
            }
            Metrics metrics = Metrics.of(p);
            problems.addAll(nonFinite(version + ": metrics.", metrics));
            for (Metrics.Year year : metrics.years()) {
                problems.addAll(nonFinite(version + ": year " + year.year() + ".", year));
            }
        }
        assertThat(problems).as(file.toString()).isEmpty();
    }

    /** The names of a record's number components that are NaN or infinite. */
    private static List<String> nonFinite(String prefix, Record record) {
        List<String> found = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType() != double.class) {
                continue;
            }
            try {
                double v = (double) c.getAccessor().invoke(record);
                if (!Double.isFinite(v)) {
                    found.add(prefix + c.getName() + " is " + v);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private static Cli.Run succeeds(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).as("output of " + String.join(" ", args)).doesNotContain("NaN").doesNotContain("Infinity")
                .doesNotContain("∞");
        return run;
    }

    private static void run(Path file) {
        succeeds("run", file.toString());
        JsonNode json = Cli.json(succeeds("run", file.toString(), "--format", "json"));
        JsonNode months = json.get("months");
        assertThat(months.size()).isGreaterThanOrEqualTo(12);
        // the JSON a user gets keeps the identity too, to its six decimals
        for (int m = 0; m < months.size(); m++) {
            JsonNode month = months.get(m);
            double expected = month.get("opening_cash").asDouble() + month.get("cash_in").asDouble()
                    - month.get("cash_out").asDouble();
            assertThat(month.get("closing_cash").asDouble()).as("closing cash, %s", month.get("month").asString())
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-5));
        }
    }

    private static void compare(Path file) {
        JsonNode json = Cli.json(succeeds("compare", file.toString(), "--format", "json"));
        assertThat(json.get("variants").size()).isGreaterThanOrEqualTo(1);
        succeeds("compare", file.toString());
    }

    /**
     * 200 runs with the scenario's uncertain inputs. A scenario with nothing uncertain (a reproduction
     * of a published price, say) has nothing to simulate: the command must refuse it with the usual
     * one-line error (exit 2) naming the missing section.
     */
    private static void simulate(Path file) throws IOException {
        String[] args = {"simulate", file.toString(), "--iterations", "200", "--seed", "1", "--format", "json"};
        if (!ScenarioLoader.readTree(file).get("uncertainty").isPresent()) {
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("no 'uncertainty:' section");
            return;
        }
        JsonNode json = Cli.json(succeeds(args));
        assertThat(json.get("iterations").asLong()).isEqualTo(200);
        for (JsonNode metric : json.get("metrics")) {
            // a break-even month that never comes in some runs has no mean (null, as documented); every
            // other result is a number
            if (!metric.get("metric").asString().equals("break_even_month")) {
                assertThat(metric.get("mean").isNumber()).as("mean of %s", metric.get("metric")).isTrue();
            }
        }
    }
}
