package org.carecoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.InputDistribution;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Projector;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.SimulateReport;
import org.carecoop.scenario.Distributions;
import org.carecoop.scenario.Draws;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Monte Carlo: the plan run many times with its uncertain inputs drawn from their distributions. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Monte Carlo: run the plan many times with the scenario's uncertain inputs drawn from their "
                + "distributions ('uncertainty:' section).",
            "Reports each result's mean, standard error and P5 to P95, the chance that cash falls below zero (and by "
                    + "when), the chance of an operating break-even by each year's end, which inputs drive the chosen "
                    + "result (rank correlation) and a fan of cash by month. The same seed gives the same numbers "
                    + "whatever --threads."})
final class SimulateCommand implements Callable<Integer> {
    enum Format { table, json }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--iterations", paramLabel = "N", required = true, description = "Runs of the plan (at least 2).")
    long iterations;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "The random seed: the same seed, the same numbers.")
    long seed;

    @Option(names = "--sampling", paramLabel = "METHOD", defaultValue = "lhs",
            description = "random, lhs (Latin hypercube, default) or sobol (ignores the seed).")
    String sampling;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "lowest_cash",
            description = "The result shown first and ranked against the inputs (default ${DEFAULT-VALUE}); "
                    + "see 'carecoop grid --help' for the names.")
    String metric;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON to this file.")
    Path output;

    @Option(names = "--threads", paramLabel = "T", description = "Threads to run on (default: every processor).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Metric chosen = Metric.fromKey(metric).orElseThrow(() -> new CarecoopException("simulate: no result called '"
                + metric + "'; results: " + String.join(", ", Metric.keys())));
        SamplingMethod method;
        try {
            method = SamplingMethod.parse(sampling);
        } catch (IllegalArgumentException e) {
            throw new CarecoopException("simulate: --sampling: " + e.getMessage());
        }
        if (iterations < 2 || iterations > Simulation.MAX_ITERATIONS) {
            throw new CarecoopException("simulate: --iterations must be from 2 to " + Simulation.MAX_ITERATIONS
                    + ", found " + iterations);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CarecoopException("simulate: --threads must be at least 1, found " + t);
        }
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
        }
        LoadedScenario loaded = scenario.load();
        if (loaded.scenario().uncertainty().isEmpty()) {
            throw new CarecoopException("simulate: " + scenario.file + " has no 'uncertainty:' section; add one giving "
                    + "each uncertain input a distribution, for example\n"
                    + "  uncertainty:\n    clients[council].fee_per_hour: triangular(29.00, 32.14, 34.42)\n"
                    + "or see which inputs matter first with 'carecoop tornado " + scenario.file + " --range 10%'");
        }
        List<String> paths = new ArrayList<>();
        List<InputDistribution> distributions = new ArrayList<>();
        for (Map.Entry<String, String> e : loaded.scenario().uncertainty().entrySet()) {
            Distributions.Spec d = Distributions.check(e.getValue());
            paths.add(e.getKey());
            distributions.add(InputDistribution.of(d.name(), d.args(), d.weights()));
        }
        UncertainInputs inputs = loaded.scenario().correlations().isEmpty() ? UncertainInputs.of(paths, distributions)
                : UncertainInputs.of(paths, distributions, correlations(loaded, paths));
        Draws draws = Draws.of(loaded, paths);
        Simulation.Outcome base = Simulation.Outcome.of(Projector.project(Resolver.resolve(loaded)));
        Simulation.Result result = Simulation.run(inputs, chosen, base,
                values -> Simulation.Outcome.of(Projector.project(draws.at(values))),
                new Simulation.Settings(iterations, seed, method, t), progress());

        String text = format == Format.json || output != null
                ? SimulateReport.json(result, loaded.scenario().scenario(), loaded.variantLabel(),
                        loaded.scenario().currency(), loaded.scenario().start())
                : SimulateReport.text(result, loaded.scenario().currency(), loaded.scenario().start());
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            AtomicFiles.writeText(output, text);
            out.println("wrote " + output + " (json)");
        } else {
            out.print(text);
        }
        out.flush();
        return Errors.OK;
    }

    /** A progress line on stderr when it is a terminal; nothing otherwise. */
    private LongConsumer progress() {
        if (System.console() == null) {
            return null;
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long[] shown = {0};
        return done -> {
            long now = System.nanoTime();
            if (done < iterations && now - shown[0] < 200_000_000L) {
                return;
            }
            shown[0] = now;
            int width = 30;
            int filled = (int) (width * done / iterations);
            double seconds = (now - started) / 1e9;
            err.printf(Locale.ROOT, "\rsimulate [%s%s] %d/%d runs, %.0fs%s", "#".repeat(filled), " ".repeat(width - filled),
                    done, iterations, seconds, done >= iterations ? "\n" : "");
            err.flush();
        };
    }

    /** The scenario's correlations as a matrix over the uncertain inputs (pairs not written are 0). */
    private static org.carecoop.analysis.uncertainty.Correlations correlations(LoadedScenario loaded, List<String> paths) {
        int k = paths.size();
        double[][] matrix = new double[k][k];
        for (int i = 0; i < k; i++) {
            matrix[i][i] = 1;
        }
        for (Map.Entry<String, String> e : loaded.scenario().correlations().entrySet()) {
            String[] pair = e.getKey().split("~");
            int a = paths.indexOf(pair[0].trim());
            int b = paths.indexOf(pair[1].trim());
            double r = Double.parseDouble(e.getValue().trim());
            matrix[a][b] = r;
            matrix[b][a] = r;
        }
        try {
            return org.carecoop.analysis.uncertainty.Correlations.of(paths, matrix);
        } catch (IllegalArgumentException e) {
            throw new CarecoopException(loaded.file() + ": correlations: " + e.getMessage());
        }
    }
}
