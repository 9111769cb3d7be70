package org.carecoop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.SobolAnalysis;
import org.carecoop.analysis.uncertainty.SobolResult;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.carecoop.report.SobolReport;
import org.carecoop.report.workbook.SobolData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.Draws;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Variance-based sensitivity: the share of each result's variance each uncertain input explains. */
@Command(name = "sobol", mixinStandardHelpOptions = true,
        description = {"Sobol indices: how much of the variance of each result each uncertain input explains, alone "
                + "(first order) and together with the others (total order), from the scenario's 'uncertainty:' section.",
            "Saltelli (2010) sampling on a Sobol sequence with the Jansen estimator, and 95% bootstrap intervals; "
                    + "N base samples make N(k+2) runs of the plan for k inputs (a power of two for N suits the "
                    + "sequence best). The inputs must be independent: a scenario with 'correlations:' is refused "
                    + "(use simulate). The same seed gives the same numbers whatever --threads.",
            "With -o FILE.xlsx, writes a spreadsheet of the indices with a chart of them; with -o FILE.json, the JSON."})
final class SobolCommand implements Callable<Integer> {
    /** The most runs of the plan, N(k+2): the outputs of every run are kept for the estimator. */
    static final long MAX_RUNS = 5_000_000;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--samples", paramLabel = "N", required = true,
            description = "Base samples N (at least 2); the plan runs N(k+2) times for k uncertain inputs.")
    int samples;

    @Option(names = "--seed", paramLabel = "S", required = true,
            description = "The random seed of the bootstrap intervals: the same seed, the same numbers.")
    long seed;

    @Mixin
    UncertaintySection.Options options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Metric chosen = options.metric("sobol");
        if (samples < 2) {
            throw new CarecoopException("sobol: --samples must be at least 2, found " + samples);
        }
        int t = options.threads("sobol");
        options.checkOutput(scenario.file);
        LoadedScenario loaded = scenario.load();
        UncertainInputs inputs = UncertaintySection.inputs("sobol", scenario.file, loaded);
        if (inputs.correlations().isPresent()) {
            throw new CarecoopException("sobol: " + scenario.file + " has 'correlations:', and Sobol indices assume "
                    + "independent inputs (a share of the variance cannot be given to one of two inputs that move "
                    + "together); leave the correlations out for this analysis, or see what drives the result with "
                    + "'carecoop simulate " + scenario.file + " --iterations 2000 --seed 1' (rank correlations)");
        }
        long runs = (long) samples * (inputs.size() + 2);
        if (runs > MAX_RUNS) {
            throw new CarecoopException("sobol: --samples " + samples + " with " + inputs.size() + " inputs makes "
                    + runs + " runs of the plan; at most " + MAX_RUNS + " (--samples up to "
                    + MAX_RUNS / (inputs.size() + 2) + ")");
        }

        List<Metric> order = new ArrayList<>();
        order.add(chosen);
        for (Metric m : Metric.values()) {
            if (m != chosen) {
                order.add(m);
            }
        }
        Draws draws = Draws.of(loaded, inputs.names());
        int months = Projector.project(Resolver.resolve(loaded)).get(Line.CLOSING_CASH).toArray().length;
        List<SobolResult> results = SobolAnalysis.analyse(inputs,
                values -> outputs(order, months, Projector.project(draws.at(values))), order.size(),
                SobolAnalysis.Options.of(samples, seed).withThreads(t), ProgressBar.on(spec, "sobol", runs, "runs"));

        if (Workbooks.wanted(options.output)) {
            WorkbookWriter.write(new SobolData(loaded.scenario().scenario(), Workbooks.fileName(loaded), loaded.variant(),
                    loaded.scenario().currency(), seed, order, results), options.output);
            spec.commandLine().getOut().println("wrote " + options.output + " (xlsx)");
            spec.commandLine().getOut().flush();
            return Errors.OK;
        }
        String text = options.json()
                ? SobolReport.json(order, results, loaded.scenario().scenario(), loaded.variantLabel(), samples, seed)
                : SobolReport.text(order, results, seed);
        options.print(spec, text);
        return Errors.OK;
    }

    /**
     * Every metric of one run, in the given order. A break-even that never comes counts as the month after the
     * plan's end, so that the month has a variance to share out.
     */
    private static double[] outputs(List<Metric> order, int months, Projection projection) {
        Metrics m = Metrics.of(projection);
        double[] values = new double[order.size()];
        for (int i = 0; i < values.length; i++) {
            double v = order.get(i).of(m);
            values[i] = order.get(i) == Metric.BREAK_EVEN_MONTH && Double.isInfinite(v) ? months : v;
        }
        return values;
    }
}
