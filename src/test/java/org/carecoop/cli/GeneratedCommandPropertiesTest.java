package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.carecoop.analysis.RunResult;
import org.carecoop.report.RunJson;
import org.carecoop.scenario.GeneratedPlans;
import org.carecoop.scenario.GeneratedPlans.Plan;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Node;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Properties of the commands over generated valid plans: an override shows in {@code params}; a variant is
 * the base plan with its changes; the same seed gives the same JSON, byte for byte; the number of threads
 * changes nothing.
 */
class GeneratedCommandPropertiesTest {
    private static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");

    @Test
    void aSetValueIsTheValueParamsShows() {
        GeneratedPlans.check("--set shows in params", 60, GeneratedPlans::draw, plan -> {
            LoadedScenario loaded = plan.load();
            Random random = new Random(plan.hashCode());
            List<Parameterised> inputs = Parameterised.numericInputs(loaded);
            Parameterised p = inputs.get(random.nextInt(inputs.size()));
            // a value in range, written as a user would (a whole number, a percentage, a sum of money)
            double low = p.min();
            double high = Double.isFinite(p.max()) ? p.max() : Math.max(10, p.current() * 2);
            double value = low + (high - low) * random.nextDouble();
            String written = p.whole() ? String.valueOf(Math.round(value))
                    : p.percent() ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                    : String.format(Locale.ROOT, "%.2f", value);
            Plan changed = plan.with(p.path() + "=" + written);
            try {
                changed.load();
            } catch (ScenarioException doesNotFit) {
                // a value that no longer fits with another input (hours guaranteed above hours worked): not this check
                return;
            }
            List<String> args = new ArrayList<>(List.of("params"));
            args.addAll(changed.args());
            args.addAll(List.of("--format", "csv"));
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> cells = run.out().lines().map(GeneratedCommandPropertiesTest::cells)
                    .filter(c -> c.get(0).equals(p.path())).findFirst()
                    .orElseThrow(() -> new AssertionError(p.path() + " is not listed:\n" + run.out()));
            assertThat(parse(cells.get(1))).as(cells.toString()).isCloseTo(parse(written),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(cells.get(3)).as("where the value came from").contains("--set");
        });
    }

    @Test
    void aVariantIsTheBasePlanWithItsChanges() {
        List<Path> withVariants = GeneratedPlans.shippedFiles().stream()
                .filter(f -> !ScenarioLoader.variantNames(ScenarioLoader.readTree(f)).isEmpty()).toList();
        assertThat(withVariants).as("shipped plans with variants").isNotEmpty();
        GeneratedPlans.check("variant = base + changes", 40,
                r -> GeneratedPlans.draw(r, withVariants.get(r.nextInt(withVariants.size()))), plan -> {
                    Node.MapNode tree = ScenarioLoader.readTree(plan.file());
                    for (String name : ScenarioLoader.variantNames(tree)) {
                        LoadedScenario variant;
                        try {
                            variant = ScenarioLoader.load(plan.file(), name, plan.overrides());
                        } catch (ScenarioException doesNotFit) {
                            // the generated overrides and this variant's changes need not fit together
                            continue;
                        }
                        List<String> overrides = new ArrayList<>(changes(tree, name));
                        overrides.addAll(plan.overrides());
                        LoadedScenario rebuilt = ScenarioLoader.load(plan.file(), null, overrides);
                        assertThat(json(rebuilt)).as("variant " + name).isEqualTo(json(variant));
                    }
                });
    }

    @Test
    void theSameSeedGivesByteIdenticalJson() {
        GeneratedPlans.check("same seed, same JSON", 8, r -> GeneratedPlans.draw(r, START_UP), plan -> {
            String seed = String.valueOf(plan.hashCode());
            String first = simulate(plan, seed, "2").out();
            assertThat(simulate(plan, seed, "2").out()).isEqualTo(first);
            List<String> run = new ArrayList<>(List.of("run"));
            run.addAll(plan.args());
            run.addAll(List.of("--format", "json"));
            assertThat(Cli.run(run.toArray(String[]::new)).out()).isEqualTo(Cli.run(run.toArray(String[]::new)).out());
        });
    }

    @Test
    void theNumberOfThreadsChangesNothing() {
        GeneratedPlans.check("threads change nothing (simulate)", 8, r -> GeneratedPlans.draw(r, START_UP), plan -> {
            String seed = String.valueOf(plan.hashCode());
            assertThat(simulate(plan, seed, "3").out()).isEqualTo(simulate(plan, seed, "1").out());
        });
        GeneratedPlans.check("threads change nothing (sobol)", 3, r -> GeneratedPlans.draw(r, START_UP), plan -> {
            List<String> sobol = new ArrayList<>(List.of("sobol"));
            sobol.addAll(plan.args());
            sobol.addAll(List.of("--samples", "8", "--seed", String.valueOf(plan.hashCode()), "--format", "json"));
            Cli.Run single = Cli.run(concat(sobol, "--threads", "1"));
            assertThat(single.exitCode()).as(single.toString()).isZero();
            assertThat(Cli.run(concat(sobol, "--threads", "2")).out()).isEqualTo(single.out());
        });
    }

    private static Cli.Run simulate(Plan plan, String seed, String threads) {
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(plan.args());
        args.addAll(List.of("--iterations", "200", "--seed", seed, "--threads", threads, "--format", "json"));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("{");
        return run;
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The cells of one CSV line (RFC 4180: a quoted cell may hold commas, a doubled quote is a quote). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static double parse(String shown) {
        String t = shown.replace("£", "").replace(",", "").trim();
        return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
    }

    /** The run as JSON, under one label so that only the figures are compared. */
    private static String json(LoadedScenario loaded) {
        return RunJson.render(RunResult.of(Resolver.resolve(loaded), "compared"));
    }

    /** A variant's changes as {@code --set} overrides, each value written back as YAML. */
    private static List<String> changes(Node.MapNode tree, String variant) {
        Node.MapNode changes = (Node.MapNode) ((Node.MapNode) tree.get("variants").orElseThrow()).get(variant).orElseThrow();
        List<String> overrides = new ArrayList<>();
        for (Map.Entry<String, Node.Entry> e : changes.entries().entrySet()) {
            overrides.add(e.getKey() + "=" + yaml(e.getValue().value()));
        }
        return overrides;
    }

    private static String yaml(Node node) {
        if (node instanceof Node.Scalar s) {
            return s.type() == Node.Scalar.Type.TEXT ? "\"" + s.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                    : s.text();
        }
        if (node instanceof Node.ListNode list) {
            return "[" + String.join(", ", list.items().stream().map(GeneratedCommandPropertiesTest::yaml).toList()) + "]";
        }
        Node.MapNode map = (Node.MapNode) node;
        return "{" + String.join(", ", map.entries().values().stream()
                .map(e -> e.key() + ": " + yaml(e.value())).toList()) + "}";
    }
}
