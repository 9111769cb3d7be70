package org.carecoop.cli;

import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.CostText;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The cost of one contact hour, line by line, as the Homecare Association builds it up. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"The cost of an hour of care, line by line, as the Homecare Association builds it up.",
            "Shows the price that covers it, the surplus or deficit at each client group's fee, "
                    + "and the same by visit length (15, 30, 45 and 60 minutes)."})
final class CostCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--year", paramLabel = "N", description = "Plan year to cost, from 1 (default: the last, when the "
            + "plan has settled).")
    Integer year;

    @Option(names = "--surplus", paramLabel = "PERCENT", defaultValue = "3%",
            description = "Surplus to build into the price, as a share of it (default ${DEFAULT-VALUE}, the Homecare "
                    + "Association's assumption).")
    String surplus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx",
            description = "Also write a spreadsheet of the plan and all its variants, costed in the same year.")
    java.nio.file.Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = scenario.load();
        RunResult run = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        int years = run.projection().years();
        int chosen = year == null ? years : year;
        if (chosen < 1 || chosen > years) {
            throw new CarecoopException("cost: --year " + chosen + " is outside the plan (years 1 to " + years + ")");
        }
        CostOfCare cost = CostOfCare.of(run.projection(), chosen, surplusShare());
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
            if (!Workbooks.wanted(output)) {
                throw new CarecoopException("cost: -o writes a spreadsheet: give a file name ending in .xlsx");
            }
            Workbooks.write(Workbooks.load(scenario), chosen, surplusShare(), output);
            spec.commandLine().getOut().println("wrote " + output);
        }
        spec.commandLine().getOut().print(CostText.render(run.scenario(), run.variant(), cost));
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }

    private double surplusShare() {
        String text = surplus.trim();
        try {
            double value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100
                    : Double.parseDouble(text);
            if (value < 0 || value >= 0.5 || !Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CarecoopException("cost: --surplus '" + surplus + "' is not a percentage from 0% to 50% (write 3%)");
        }
    }
}
