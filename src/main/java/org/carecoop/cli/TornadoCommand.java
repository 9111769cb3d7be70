package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.Tornado;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.analysis.uncertainty.Uniform;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.TornadoReport;
import org.carecoop.report.workbook.TornadoData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Which inputs move a result most: one at a time, between their 10th and 90th percentiles. */
@Command(name = "tornado", mixinStandardHelpOptions = true,
        description = {"Which inputs move a result most: each uncertain input at its 10th and 90th percentile, the "
                + "others at base, sorted by the swing.",
            "The inputs are the scenario's 'uncertainty:' section; with --range 10% (or without that section) every "
                    + "numeric input moves by that share either way."})
final class TornadoCommand implements Callable<Integer> {
    enum Format { table, json }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "surplus_before_tax",
            description = "The result (default ${DEFAULT-VALUE}); see 'carecoop grid --help' for the names.")
    String metric;

    @Option(names = "--range", paramLabel = "PERCENT",
            description = "Move every numeric input this share down and up (uniform), instead of the uncertainty section.")
    String range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON to this file, or with FILE.xlsx a spreadsheet with the tornado and spider charts.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Metric chosen = Choices.metric("tornado", metric);
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
            Outputs.requireExtension("tornado", output, "the tornado", ".json", ".xlsx");
        }
        LoadedScenario loaded = scenario.load();
        RunResult base = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        List<Tornado.Input> inputs = range != null || loaded.scenario().uncertainty().isEmpty()
                ? everyInput(loaded, share(range == null ? "10%" : range)) : uncertain(loaded);
        if (inputs.isEmpty()) {
            throw new CarecoopException("tornado: no numeric inputs to move");
        }
        Tornado tornado = Tornado.of(chosen, base, inputs,
                (path, value) -> RunResult.of(Parameterised.of(loaded, path).at(value), loaded.variantLabel()));
        if (Workbooks.wanted(output)) {
            WorkbookWriter.write(new TornadoData(loaded.scenario().scenario(), Workbooks.fileName(loaded), loaded.variant(),
                    loaded.scenario().currency(), tornado), output);
            spec.commandLine().getOut().println("wrote " + output + " (xlsx)");
            spec.commandLine().getOut().flush();
            return Errors.OK;
        }
        String text = format == Format.json || output != null ? TornadoReport.json(tornado)
                : TornadoReport.text(tornado, loaded.scenario().currency(), loaded.scenario().start(),
                (path, value) -> Parameterised.of(loaded, path).display(value));
        if (output != null) {
            AtomicFiles.writeText(output, text);
            spec.commandLine().getOut().println("wrote " + output + " (json)");
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }

    /** The scenario's uncertainty section, each distribution read as the loader checked it. */
    private List<Tornado.Input> uncertain(LoadedScenario loaded) {
        UncertainInputs section = UncertaintySection.inputs("tornado", scenario.file, loaded);
        List<Tornado.Input> inputs = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            inputs.add(new Tornado.Input(section.names().get(i), section.distributions().get(i)));
        }
        return inputs;
    }

    /** Every numeric input with a value other than zero, moved by the share either way (within its limits). */
    private static List<Tornado.Input> everyInput(LoadedScenario loaded, double share) {
        List<Tornado.Input> inputs = new ArrayList<>();
        for (Parameterised p : Parameterised.numericInputs(loaded)) {
            double value = p.current();
            if (value == 0) {
                continue;
            }
            double low = Math.max(p.min(), value * (1 - share));
            double high = Math.min(p.max(), value * (1 + share));
            if (low < high) {
                inputs.add(new Tornado.Input(p.path(), Uniform.of(low, high)));
            }
        }
        return inputs;
    }

    private static double share(String text) {
        String t = text.trim();
        try {
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100 : Double.parseDouble(t);
            if (!(v > 0 && v < 1)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CarecoopException("tornado: --range '" + text + "' is not a share from 0% to 100% (write 10%)");
        }
    }
}
