package org.carecoop.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntToDoubleFunction;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.Sampler;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Line;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;
import org.carecoop.scenario.Draws;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures how fast the model runs on a scenario, so speed is a figure rather than a hope: a projection
 * (the compiled form reused, and from a resolved scenario), a Monte Carlo draw, a projection after changing
 * one input through the scenario (what solve, grid and tornado pay per run), how the cost grows with the
 * plan's months, and whole Monte Carlo runs of several sizes. Times per call are CPU time of the measuring
 * thread, so other programs busy on the machine count for less; wall time is shown beside them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast the model runs on a scenario (for developers).",
            "Prints the time per projection (CPU time of one thread, and wall time), per Monte Carlo draw, per "
                    + "projection after changing one input, how it grows with the plan's years, and the wall and "
                    + "CPU time of whole Monte Carlo runs ('simulate') on every processor."})
final class BenchCommand implements Callable<Integer> {
    /** Rows of the uncertain inputs the draws cycle through. */
    private static final int ROWS = 1024;
    /** Rounds of each measurement; the median is reported. */
    private static final int ROUNDS = 5;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "2",
            description = "Seconds of each measurement, after a warm-up as long (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--input", paramLabel = "PATH", defaultValue = "care_workers.turnover",
            description = "The input changed through the scenario, and in the draws when the scenario has no "
                    + "'uncertainty:' section (default ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--years", paramLabel = "N", split = ",", defaultValue = "1,5,10",
            description = "Plan lengths in years for the growth with months, set as 'years' (default ${DEFAULT-VALUE}).")
    List<Integer> years;

    @Option(names = "--iterations", paramLabel = "N", split = ",", defaultValue = "10000,30000,100000",
            description = "Sizes of the Monte Carlo runs timed, when the scenario has an 'uncertainty:' section "
                    + "(default ${DEFAULT-VALUE}; none with 0).")
    List<Long> iterations;

    @Spec
    CommandSpec spec;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() {
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new CarecoopException("bench: --seconds must be above 0 and at most 3600, found " + seconds);
        }
        for (int y : years) {
            if (y < 1) {
                throw new CarecoopException("bench: --years must be 1 or more, found " + y);
            }
        }
        LoadedScenario loaded = scenario.load();
        Scenario resolved = Resolver.resolve(loaded);
        // the input is checked before anything is measured, so a mistyped one costs nothing
        Parameterised changing = Parameterised.of(loaded, input, "--input");
        boolean uncertain = !loaded.scenario().uncertainty().isEmpty();
        UncertainInputs inputs = uncertain ? UncertaintySection.inputs("bench", scenario.file, loaded) : null;
        PrintWriter out = spec.commandLine().getOut();
        int last = resolved.months() - 1;
        out.printf(Locale.ROOT, "%s: %d months, %s, Java %s, %d processors%n", loaded.scenario().scenario(),
                resolved.months(), uncertain ? inputs.size() + " uncertain inputs" : "no 'uncertainty:' section",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.println("Microseconds per call: CPU time of the measuring thread (wall time in brackets), the median of "
                + ROUNDS + " rounds after a warm-up.");

        Projector projector = Projector.reusable();
        report(out, "projection, compiled form reused (as each Monte Carlo worker runs it)",
                measure(i -> projector.run(resolved).at(Line.CLOSING_CASH, last)));
        report(out, "projection from the resolved model (new arrays, a Projection)",
                measure(i -> Projector.project(resolved).at(Line.CLOSING_CASH, last)));

        Draws draws = draws(loaded, inputs);
        double[][] rows = rows(loaded, inputs);
        report(out, "Monte Carlo draw alone: " + draws.paths().size() + " inputs set, the scenario resolved",
                measure(i -> draws.at(rows[i % ROWS].clone()).months()));
        report(out, "projection as a Monte Carlo draw: draw, projection and metrics",
                measure(i -> Simulation.Outcome.of(projector.run(draws.at(rows[i % ROWS].clone()))).cash()[last]));

        double base = changing.current();
        report(out, "projection after changing " + input + " through the scenario (solve, grid, tornado)",
                measure(i -> Projector.project(changing.at(base * (1 + 1e-6 * (i % 100)))).at(Line.CLOSING_CASH, last)));
        out.flush();

        out.println("How the cost grows with the plan's months (projection as a Monte Carlo draw; years set through --set):");
        for (int y : years) {
            List<String> overrides = new ArrayList<>(scenario.overrides);
            overrides.add("years=" + y);
            LoadedScenario longer = ScenarioLoader.load(scenario.file, scenario.variant, overrides);
            Draws longerDraws = draws(longer, inputs);
            Projector own = Projector.reusable();
            int end = y * 12 - 1;
            double[] t = measure(i -> Simulation.Outcome.of(own.run(longerDraws.at(rows[i % ROWS].clone()))).cash()[end]);
            report(out, String.format(Locale.ROOT, "  %d years (%d months)", y, y * 12), t);
            out.flush();
        }

        if (uncertain && !iterations.isEmpty() && iterations.get(0) > 0) {
            int processors = Runtime.getRuntime().availableProcessors();
            out.printf(Locale.ROOT, "simulate (lhs, seed 1, %d threads), each run whole with its set-up and statistics:%n",
                    processors);
            com.sun.management.OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class);
            for (long n : iterations) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                Simulation.Result r = SimulateCommand.simulate(loaded, inputs, Metric.LOWEST_CASH,
                        new Simulation.Settings(n, 1, SamplingMethod.LHS, processors), null);
                double wall = (System.nanoTime() - start) / 1e9;
                double used = (os.getProcessCpuTime() - cpu) / 1e9;
                out.printf(Locale.ROOT, "  %,9d runs: %6.2f s wall, %6.2f s CPU (all threads, with the JIT and garbage "
                                + "collector), %5.1f microseconds CPU a run; mean lowest cash %,.0f%n",
                        n, wall, used, used * 1e6 / n, r.main().summary().mean());
                out.flush();
            }
        }
        return Errors.OK;
    }

    /** The scenario's uncertain inputs, or the --input alone when it has none. */
    private Draws draws(LoadedScenario loaded, UncertainInputs inputs) {
        return Draws.of(loaded, inputs != null ? inputs.names() : List.of(input));
    }

    /** Rows of input values to draw: from a Latin hypercube of the uncertain inputs, or the --input varied a little. */
    private double[][] rows(LoadedScenario loaded, UncertainInputs inputs) {
        double[][] rows = new double[ROWS][];
        if (inputs != null) {
            Sampler sampler = Sampler.of(SamplingMethod.LHS, inputs.size(), ROWS, 1);
            double[][] uniforms = sampler.rows(0, ROWS);
            for (int i = 0; i < ROWS; i++) {
                rows[i] = inputs.values(uniforms[i]);
            }
        } else {
            double base = Parameterised.of(loaded, input).current();
            for (int i = 0; i < ROWS; i++) {
                rows[i] = new double[] {base * (1 + 1e-6 * (i % 100))};
            }
        }
        return rows;
    }

    private static void report(PrintWriter out, String what, double[] cpuAndWall) {
        out.printf(Locale.ROOT, "%-96s %9.1f  (%.1f)%n", what + ":", cpuAndWall[0], cpuAndWall[1]);
        out.flush();
    }

    /**
     * Microseconds per call, of CPU time and of wall time: a warm-up as long as the measurement (so the
     * compiler has finished), then five rounds of a fifth of the time each; the round with the median CPU
     * time is reported, which other programs busy on the machine disturb least.
     */
    private double[] measure(IntToDoubleFunction work) {
        double sink = 0;
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            sink += work.applyAsDouble(i++);
        }
        double[][] rounds = new double[ROUNDS][];
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long until = start + (long) (seconds * 1e9 / ROUNDS);
            int calls = 0;
            while (System.nanoTime() < until) {
                sink += work.applyAsDouble(i++);
                calls++;
            }
            long elapsed = System.nanoTime() - start;
            long used = threads.getCurrentThreadCpuTime() - cpu;
            rounds[r] = new double[] {used / 1e3 / calls, elapsed / 1e3 / calls};
        }
        if (Double.isNaN(sink)) {
            spec.commandLine().getErr().println("bench: a run gave no figure");
        }
        java.util.Arrays.sort(rounds, java.util.Comparator.comparingDouble(r -> r[0]));
        return rounds[ROUNDS / 2];
    }
}
