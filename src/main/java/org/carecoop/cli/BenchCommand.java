package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import org.carecoop.model.Line;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures how fast the model runs on a scenario, so speed is a figure rather than a hope: a
 * projection from the resolved model, and a projection after changing one input through the
 * scenario (set, check, resolve), which is what solve, grid and tornado pay per run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast the model runs on a scenario (for developers).",
            "Prints the time per projection, and per projection after changing one input, after a warm-up."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "3",
            description = "Seconds to spend on each measurement after its warm-up (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--input", paramLabel = "PATH", defaultValue = "care_workers.turnover",
            description = "The input changed in the second measurement (default ${DEFAULT-VALUE}).")
    String input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new org.carecoop.CarecoopException("bench: --seconds must be above 0 and at most 3600, found " + seconds);
        }
        LoadedScenario loaded = scenario.load();
        Scenario resolved = Resolver.resolve(loaded);
        Parameterised changing = Parameterised.of(loaded, input, "--input");
        double base = changing.current();
        int last = resolved.months() - 1;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d months, Java %s, %d processors%n", loaded.scenario().scenario(),
                resolved.months(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        double project = measure(i -> Projector.project(resolved).at(Line.CLOSING_CASH, last));
        out.printf(Locale.ROOT, "projection from the resolved model: %10.1f microseconds%n", project);
        double reload = measure(i -> Projector.project(changing.at(base * (1 + 1e-6 * (i % 100)))).at(Line.CLOSING_CASH, last));
        out.printf(Locale.ROOT, "projection after changing %s through the scenario (solve, grid, tornado): "
                + "%10.1f microseconds%n", input, reload);
        org.carecoop.scenario.Draws draws = org.carecoop.scenario.Draws.of(loaded, java.util.List.of(input));
        double[] value = new double[1];
        double draw = measure(i -> {
            value[0] = base * (1 + 1e-6 * (i % 100));
            return Projector.project(draws.at(value)).at(Line.CLOSING_CASH, last);
        });
        out.printf(Locale.ROOT, "projection after changing %s as a Monte Carlo draw: %10.1f microseconds%n", input, draw);
        out.flush();
        return Errors.OK;
    }

    /** Microseconds per call: a warm-up of a third of the time, then as many calls as fit in the time. */
    private double measure(IntToDoubleFunction work) {
        double sink = 0;
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9 / 3);
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            sink += work.applyAsDouble(i++);
        }
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        int calls = 0;
        while (System.nanoTime() < until) {
            sink += work.applyAsDouble(calls++);
        }
        long elapsed = System.nanoTime() - start;
        if (Double.isNaN(sink)) {
            spec.commandLine().getErr().println("bench: a run gave no figure");
        }
        return elapsed / 1e3 / calls;
    }
}
