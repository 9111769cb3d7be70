package org.carecoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.Correlations;
import org.carecoop.analysis.uncertainty.InputDistribution;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.report.AtomicFiles;
import org.carecoop.scenario.Distributions;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Node;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.Source;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What simulate and sobol share: a scenario's 'uncertainty:' (and 'correlations:') sections as their inputs,
 * and the options they share.
 */
final class UncertaintySection {
    private UncertaintySection() {}

    /**
     * The uncertain inputs, named by their paths, in the section's order, with the scenario's correlations
     * when it has any.
     *
     * @param command the command, for the message when there is no section
     * @param file    the scenario file, for the same message
     */
    static UncertainInputs inputs(String command, Path file, LoadedScenario loaded) {
        if (loaded.scenario().uncertainty().isEmpty()) {
            throw new CarecoopException(command + ": " + file + " has no 'uncertainty:' section; add one giving "
                    + "each uncertain input a distribution, such as 'clients[council].fee_per_hour: triangular(29.00, "
                    + "32.14, 34.42)' under 'uncertainty:', or see which inputs matter first with 'carecoop tornado "
                    + file + " --range 10%'");
        }
        List<String> paths = new ArrayList<>();
        List<InputDistribution> distributions = new ArrayList<>();
        for (Map.Entry<String, String> e : loaded.scenario().uncertainty().entrySet()) {
            Distributions.Spec d = Distributions.check(e.getValue());
            paths.add(e.getKey());
            distributions.add(InputDistribution.of(d.name(), d.args(), d.weights()));
        }
        return loaded.scenario().correlations().isEmpty() ? UncertainInputs.of(paths, distributions)
                : UncertainInputs.of(paths, distributions, correlations(loaded, paths));
    }

    /** The scenario's correlations as a matrix over the uncertain inputs (pairs not written are 0). */
    private static Correlations correlations(LoadedScenario loaded, List<String> paths) {
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
            return Correlations.of(paths, matrix);
        } catch (IllegalArgumentException e) {
            // placed at the section, as every scenario problem is placed, so an editor can jump to it
            Source where = loaded.tree().get("correlations").map(Node::source).orElse(loaded.tree().source());
            throw ScenarioException.of(where, "correlations", e.getMessage(),
                    "correlations that can all hold at once: weaken those among the inputs named");
        }
    }

    /** The options simulate and sobol share: the chosen result, the format, the output file and the threads. */
    static final class Options {
        enum Format { table, json }

        @Option(names = "--metric", paramLabel = "NAME", defaultValue = "lowest_cash",
                description = "The result shown first and analysed against the inputs (default ${DEFAULT-VALUE}); "
                        + "see 'carecoop grid --help' for the names.")
        String metric;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON to this file, or with FILE.xlsx a spreadsheet.")
        Path output;

        @Option(names = "--threads", paramLabel = "T", description = "Threads to run on (default: every processor).")
        Integer threads;

        /** The --metric option as a metric. */
        Metric metric(String command) {
            return Choices.metric(command, metric);
        }

        /** The --threads option, or every processor; at least 1. */
        int threads(String command) {
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1) {
                throw new CarecoopException(command + ": --threads must be at least 1, found " + t);
            }
            return t;
        }

        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        /** Refuses an output file that would overwrite the scenario, or whose name does not fit what is written. */
        void checkOutput(Path scenario) {
            if (output != null) {
                Outputs.refuseScenarioTarget(output, scenario);
                Outputs.requireExtension(command.name(), output, "the report", ".json", ".xlsx");
            }
        }

        /** True when the report is JSON: asked for, or going to a file. */
        boolean json() {
            return format == Format.json || output != null;
        }

        /** The report on standard output, or written to the -o file (JSON) with a line saying so. */
        void print(CommandSpec spec, String text) {
            PrintWriter out = spec.commandLine().getOut();
            if (output != null) {
                AtomicFiles.writeText(output, text);
                out.println("wrote " + output + " (json)");
            } else {
                out.print(text);
            }
            out.flush();
        }
    }
}
