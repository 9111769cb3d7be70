package org.carecoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.RunResult;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.Findings;
import org.carecoop.report.RunCsv;
import org.carecoop.report.RunJson;
import org.carecoop.report.RunMarkdown;
import org.carecoop.report.RunText;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Projects one scenario month by month and hands the result to the writer of the chosen format. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Project a scenario month by month: cash flow, surplus, break-even and cost per hour.",
            "Prints a summary; --format json|csv|markdown and -o FILE write the full projection."})
final class RunCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format {
        table, json, csv, markdown;

        /** The run in this format; the markdown report also shows the run's cost of an hour and its inputs. */
        String render(LoadedScenario loaded, RunResult run) {
            return switch (this) {
                case table -> RunText.render(run);
                case json -> RunJson.render(run);
                case csv -> RunCsv.render(run);
                case markdown -> RunMarkdown.render(Workbooks.report(loaded, run));
            };
        }
    }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (the terminal summary, the default), json, csv (one row per month) or markdown "
                    + "(the summary, the cost of an hour and every input with its source, as the spreadsheet has them). "
                    + "With -o, the default follows the file name: .json, .csv or .md.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file instead of the terminal: .xlsx (a spreadsheet of the plan and all its "
                    + "variants, with formulas and charts), .json, .csv or .md.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
        }
        if (Workbooks.wanted(output)) {
            return writeWorkbook();
        }
        Format chosen = output == null ? (format != null ? format : Format.table) : fileFormat(output, format);
        LoadedScenario loaded = scenario.load();
        RunResult run = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        String text = chosen.render(loaded, run);
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            AtomicFiles.writeText(output, text);
            out.println("wrote " + output + " (" + chosen + ")");
            Findings.of(run.scenario(), run.metrics()).forEach(f -> out.println("warning: " + f));
        } else {
            out.print(text);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        loaded.warnings().forEach(w -> err.println(ValidateCommand.warning(w)));
        err.flush();
        return Errors.OK;
    }

    /** The spreadsheet: the base plan and every variant (or the one asked for), then the base summary. */
    private int writeWorkbook() {
        java.util.List<LoadedScenario> loaded = Workbooks.load(scenario);
        Workbooks.write(loaded, null, null, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + output + " (spreadsheet: " + loaded.size() + (loaded.size() == 1 ? " plan" : " plans")
                + ": " + String.join(", ", loaded.stream().map(LoadedScenario::variantLabel).toList()) + ")");
        out.println();
        out.print(RunText.render(RunResult.of(Resolver.resolve(loaded.get(0)), loaded.get(0).variantLabel())));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        loaded.stream().flatMap(l -> l.warnings().stream()).distinct().forEach(w -> err.println(ValidateCommand.warning(w)));
        err.flush();
        return Errors.OK;
    }

    /** The format for an output file: the one asked for, else the one its name implies. */
    static Format fileFormat(Path output, Format asked) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (asked != null) {
            return asked;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        if (name.endsWith(".csv")) {
            return Format.csv;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.markdown;
        }
        if (name.endsWith(".txt")) {
            return Format.table;
        }
        throw new CarecoopException("cannot tell the format from the name " + output
                + ": use .xlsx, .json, .csv or .md (or .txt for the summary), or give --format");
    }
}
