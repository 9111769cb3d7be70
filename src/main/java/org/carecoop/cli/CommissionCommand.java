package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.commission.Appraisal;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.CommissionReport;
import org.carecoop.report.workbook.CommissionData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.CommissioningPlans;
import org.carecoop.scenario.Draws;
import org.carecoop.statutory.Nation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A council's options appraisal: the scenario's commissioning options costed, compared and ranked. */
@Command(name = "commission", mixinStandardHelpOptions = true,
        description = {"A council's options appraisal: the hours to buy and the options in the scenario's "
                + "'commissioning:' section (co-op, for-profit, private equity, in-house, or a mix by share of the hours).",
            "For each option: the fee each provider needs to be viable at the wage the council requires (its target "
                    + "margin and cash never below zero), the council's spend a year, the share that reaches care "
                    + "workers, what goes to profit, interest and fees, and the risk of running out of cash "
                    + "(a short Monte Carlo run of the 'uncertainty:' section at that fee). Ranked by spend, with a "
                    + "summary in plain sentences. See docs/commissioning.md."})
final class CommissionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), with a 'commissioning:' section.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one parameter in every option (repeatable), e.g. --set commissioning.hours_per_year=200000.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "200",
            description = "Monte Carlo runs of each provider's plan for its risk of running out of cash (default ${DEFAULT-VALUE}).")
    long iterations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The random seed (default ${DEFAULT-VALUE}): the same seed, the same numbers.")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json, csv or markdown.")
    RunCommand.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file: .xlsx (a Commissioning sheet with its charts), .json, .csv, .md or .txt.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (iterations < 2 || iterations > Simulation.MAX_ITERATIONS) {
            throw new CarecoopException("commission: --iterations must be from 2 to " + Simulation.MAX_ITERATIONS
                    + ", found " + iterations);
        }
        if (output != null) {
            Outputs.refuseScenarioTarget(output, file);
        }
        // the formats and file names are run's: .json, .csv, .md (and .txt for the table)
        RunCommand.Format chosen = output != null && !Workbooks.wanted(output) ? RunCommand.fileFormat(output, format)
                : format != null ? format : RunCommand.Format.table;
        CommissioningPlans plans = CommissioningPlans.of(file, overrides);
        Map<CommissioningPlans.Plan, Appraisal.Provider> providers = new IdentityHashMap<>();
        List<Appraisal.Option> options = new ArrayList<>();
        for (CommissioningPlans.Option o : plans.options()) {
            options.add(new Appraisal.Option(o.name(), o.parts().stream().map(p -> new Appraisal.Part(
                    providers.computeIfAbsent(p.plan(), this::provider), p.share())).toList()));
        }
        Appraisal.Result result = Appraisal.run(options, plans.hoursPerYear(),
                new Appraisal.Settings(iterations, seed, Runtime.getRuntime().availableProcessors()));
        CommissionReport.About about = new CommissionReport.About(plans.base().scenario().scenario(),
                Workbooks.fileName(plans.base()), plans.base().scenario().currency(), plans.start(), plans.wageText(),
                plans.wageAtStart(), plans.staffInPost(),
                Nation.fromKey(plans.base().scenario().nation()).orElseThrow().terms());

        if (Workbooks.wanted(output)) {
            WorkbookWriter.write(new CommissionData(about, result), output);
            spec.commandLine().getOut().println("wrote " + output + " (xlsx)");
        } else {
            String text = switch (chosen) {
                case table -> CommissionReport.text(result, about);
                case json -> CommissionReport.json(result, about);
                case csv -> CommissionReport.csv(result);
                case markdown -> CommissionReport.markdown(result, about);
            };
            if (output != null) {
                AtomicFiles.writeText(output, text);
                spec.commandLine().getOut().println("wrote " + output + " (" + chosen + ")");
            } else {
                spec.commandLine().getOut().print(text);
            }
        }
        spec.commandLine().getOut().flush();
        plans.base().warnings().forEach(w -> spec.commandLine().getErr().println(ValidateCommand.warning(w)));
        spec.commandLine().getErr().flush();
        return Errors.OK;
    }

    /** A provider's plan as the appraisal sees it: the fee open, and its uncertain inputs for the Monte Carlo. */
    private Appraisal.Provider provider(CommissioningPlans.Plan plan) {
        UncertainInputs inputs = plan.loaded().scenario().uncertainty().isEmpty() ? null
                : UncertaintySection.inputs("commission", file, plan.loaded());
        return new Appraisal.Provider() {
            public String label() {
                return plan.label();
            }

            public double hoursPerYear() {
                return plan.hoursPerYear();
            }

            public double targetMargin() {
                return plan.targetMargin();
            }

            public double writtenFee() {
                return plan.writtenFee();
            }

            public Scenario atFee(double fee) {
                return plan.atFee(fee);
            }

            public UncertainInputs uncertain() {
                return inputs;
            }

            public DoubleFunction<Simulation.Model> drawsAtFee() {
                return fee -> {
                    Draws draws = Draws.of(plan.loadedAtFee(fee), inputs.names());
                    return values -> Simulation.Outcome.of(Projector.project(draws.at(values)));
                };
            }

            public List<String> notDrawn() {
                return plan.leftOut();
            }
        };
    }
}
