package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.RunResult;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.CompareReport;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The base plan and every variant side by side, with where each 100 of income goes. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare the base plan with every variant over the same clients and fees.",
            "Shows pay, turnover, cost per hour, surplus, cash and break-even side by side, and where each 100 of "
                    + "income goes: pay, on-costs, office, overheads, interest, tax, owners, workers, retained."})
final class CompareCommand implements Callable<Integer> {
    enum Format { table, json, markdown }

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), with variants to compare.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override one parameter in every version (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or markdown.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file: .xlsx (the spreadsheet of every version), .json or .md.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) {
            Outputs.refuseScenarioTarget(output, file);
        }
        List<LoadedScenario> loaded = ScenarioLoader.loadAll(file, overrides);
        if (loaded.size() < 2) {
            throw new CarecoopException("compare: " + file + " has no variants to compare with its base plan; add a "
                    + "'variants:' block (see docs/scenario-format.md)");
        }
        if (Workbooks.wanted(output)) {
            Workbooks.write(loaded, null, null, output);
            spec.commandLine().getOut().println("wrote " + output + " (spreadsheet of " + loaded.size() + " versions)");
        }
        List<RunResult> runs = loaded.stream().map(l -> RunResult.of(Resolver.resolve(l), l.variantLabel())).toList();
        Comparison comparison = Comparison.of(runs);
        Format chosen = format != null ? format : output != null && !Workbooks.wanted(output) ? fromName(output) : Format.table;
        String text = switch (chosen) {
            case table -> CompareReport.text(comparison);
            case json -> CompareReport.json(comparison);
            case markdown -> CompareReport.markdown(comparison);
        };
        if (output != null && !Workbooks.wanted(output)) {
            AtomicFiles.writeText(output, text);
            spec.commandLine().getOut().println("wrote " + output + " (" + chosen + ")");
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        loaded.stream().flatMap(l -> l.warnings().stream()).distinct()
                .forEach(w -> spec.commandLine().getErr().println(ValidateCommand.warning(w)));
        spec.commandLine().getErr().flush();
        return Errors.OK;
    }

    private static Format fromName(Path output) {
        return Outputs.formatOf("compare", output, java.util.Map.of(".json", Format.json, ".md", Format.markdown,
                ".markdown", Format.markdown), ".xlsx, .json or .md");
    }
}
