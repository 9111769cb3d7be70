package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.CostCsv;
import org.carecoop.report.CostText;
import org.carecoop.report.Labels;
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

    @Option(names = "--surplus", paramLabel = "PERCENT",
            description = "Surplus to build into the price, as a share of it (default: the scenario's "
                    + "provider.target_margin, itself 3% unless set, the Homecare Association's assumption).")
    String surplus;

    /** The output formats. */
    enum Format { table, csv }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (the default) or csv (one row per cost line, a column per visit length). "
                    + "With -o FILE.csv, csv.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the costing to FILE.csv, or a spreadsheet of the plan and all its variants, costed "
                    + "in the same year, to FILE.xlsx (the table is still printed).")
    java.nio.file.Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
            Outputs.requireExtension("cost", output, "the costing", ".csv", ".xlsx");
        }
        LoadedScenario loaded = scenario.load();
        RunResult run = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        int years = run.projection().years();
        int chosen = year == null ? years : year;
        if (chosen < 1 || chosen > years) {
            throw new CarecoopException("cost: --year " + chosen + " is outside the plan (years 1 to " + years + ")");
        }
        double share = surplus == null ? run.scenario().provider().targetMargin() : surplusShare();
        CostOfCare cost = CostOfCare.of(run.projection(), chosen, share);
        PrintWriter out = spec.commandLine().getOut();
        boolean csvFile = output != null && (format == Format.csv || isCsv(output)) && !Workbooks.wanted(output);
        if (output != null) {
            if (Workbooks.wanted(output)) {
                Workbooks.write(Workbooks.load(scenario), chosen, share, output);
                out.println("wrote " + output);
            } else if (csvFile) {
                AtomicFiles.writeText(output, CostCsv.render(cost, Labels.terms(run.scenario())));
                out.println("wrote " + output + " (csv)");
            } else {
                throw new CarecoopException("cost: -o writes a .csv file or a .xlsx spreadsheet: give a file name "
                        + "ending in one of those");
            }
        }
        if (!csvFile) {
            out.print(format == Format.csv ? CostCsv.render(cost, Labels.terms(run.scenario()))
                    : CostText.render(run.scenario(), run.variant(), cost));
        }
        out.flush();
        return Errors.OK;
    }

    private static boolean isCsv(java.nio.file.Path output) {
        return output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
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
