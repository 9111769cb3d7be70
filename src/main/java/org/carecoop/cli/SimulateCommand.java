package org.carecoop.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Projector;
import org.carecoop.report.SimulateReport;
import org.carecoop.report.workbook.MonteCarloData;
import org.carecoop.report.workbook.WorkbookWriter;
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
                    + "whatever --threads.",
            "With -o FILE.xlsx, writes a spreadsheet of it all, with a histogram of the chosen result and the fan "
                    + "chart."})
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--iterations", paramLabel = "N", required = true, description = "Runs of the plan (at least 2).")
    long iterations;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "The random seed: the same seed, the same numbers.")
    long seed;

    @Option(names = "--sampling", paramLabel = "METHOD", defaultValue = "lhs",
            description = "random, lhs (Latin hypercube, default) or sobol (ignores the seed).")
    String sampling;

    @Mixin
    UncertaintySection.Options options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Metric chosen = options.metric("simulate");
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
        int t = options.threads("simulate");
        options.checkOutput(scenario.file);
        LoadedScenario loaded = scenario.load();
        UncertainInputs inputs = UncertaintySection.inputs("simulate", scenario.file, loaded);
        Simulation.Result result = simulate(loaded, inputs, chosen, new Simulation.Settings(iterations, seed, method, t),
                ProgressBar.on(spec, "simulate", iterations, "runs"));

        if (Workbooks.wanted(options.output)) {
            WorkbookWriter.write(new MonteCarloData(loaded.scenario().scenario(), Workbooks.fileName(loaded),
                    loaded.variant(), loaded.scenario().currency(), loaded.scenario().start(), result), options.output);
            spec.commandLine().getOut().println("wrote " + options.output + " (xlsx)");
            spec.commandLine().getOut().flush();
            return Errors.OK;
        }
        String text = options.json()
                ? SimulateReport.json(result, loaded.scenario().scenario(), loaded.variantLabel(),
                        loaded.scenario().currency(), loaded.scenario().start())
                : SimulateReport.text(result, loaded.scenario().currency(), loaded.scenario().start());
        options.print(spec, text);
        return Errors.OK;
    }

    /** The Monte Carlo runs of a scenario (bench measures the same). */
    static Simulation.Result simulate(LoadedScenario loaded, UncertainInputs inputs, Metric chosen,
                                      Simulation.Settings settings, LongConsumer progress) {
        Draws draws = Draws.of(loaded, inputs.names());
        Simulation.Outcome base = Simulation.Outcome.of(Projector.project(Resolver.resolve(loaded)));
        // a projector per worker thread, whose arrays each run reuses
        return Simulation.run(inputs, chosen, base, () -> {
            Projector projector = Projector.reusable();
            return values -> Simulation.Outcome.of(projector.run(draws.at(values)));
        }, settings, progress);
    }
}
