package org.carecoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.Csv;
import org.carecoop.report.TextTable;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every parameter path of a scenario with its value, unit and where the value comes from. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List every parameter of a scenario with its value, unit and origin.",
            "Values are shown after the variant and overrides. The paths are the ones --set, variants and "
                    + "uncertainty use."})
final class ParamsCommand implements Callable<Integer> {
    enum Format { table, csv }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or csv (with the source of every default).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the terminal: FILE.csv (with sources) or FILE.txt (the table).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
            Outputs.requireExtension("params", output, "the list of parameters", ".csv", ".txt");
        }
        LoadedScenario loaded = scenario.load();
        List<Params.Row> rows = Params.list(loaded);
        String text;
        if (format == Format.csv || (output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))) {
            StringBuilder csv = new StringBuilder(Csv.line(List.of("path", "value", "unit", "origin", "source")));
            rows.forEach(r -> csv.append(Csv.line(List.of(r.path(), r.value(), r.unit(), r.origin(), r.source()))));
            text = csv.toString();
        } else {
            TextTable table = new TextTable(List.of("path", "value", "unit", "from"));
            rows.forEach(r -> table.add(List.of(r.path(), r.value(), r.unit(), r.origin())));
            text = loaded.scenario().scenario() + " (" + loaded.variantLabel() + ")\n\n" + table.render();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            AtomicFiles.writeText(output, text);
            out.println("wrote " + rows.size() + " parameters to " + output);
        } else {
            out.print(text);
        }
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println(ValidateCommand.warning(w)));
        out.flush();
        return Errors.OK;
    }
}
