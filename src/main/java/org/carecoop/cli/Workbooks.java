package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.Input;
import org.carecoop.report.RunReport;
import org.carecoop.report.workbook.WorkbookData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;

/**
 * Gathers what the full reports show, for the commands that write them: the workbook ({@code -o FILE.xlsx},
 * the base plan and every variant side by side and compared, or the one variant asked for, with their inputs) and the
 * markdown report of one run (its cost of an hour and its inputs). The reports know nothing of scenarios;
 * this is where a scenario's inputs become the reports' rows.
 */
final class Workbooks {
    private Workbooks() {}

    static boolean wanted(Path output) {
        return output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** The runs to put in a workbook: the variant asked for, or the base plan and all its variants. */
    static List<LoadedScenario> load(ScenarioOptions options) {
        return options.variant != null ? List.of(options.load()) : ScenarioLoader.loadAll(options.file, options.overrides);
    }

    /**
     * @param costYear     plan year for the Cost per hour sheet, or null for each plan's last year
     * @param surplusShare surplus built into the hourly price, or null for each plan's own target margin
     */
    static void write(List<LoadedScenario> loaded, Integer costYear, Double surplusShare, Path target) {
        List<WorkbookData.Variant> variants = new ArrayList<>();
        List<List<Input>> inputs = new ArrayList<>();
        for (LoadedScenario l : loaded) {
            RunResult run = RunResult.of(Resolver.resolve(l), l.variantLabel());
            int year = costYear != null ? costYear : run.projection().years();
            double share = surplusShare != null ? surplusShare : run.scenario().provider().targetMargin();
            variants.add(WorkbookData.Variant.of(l.variantLabel(), run, CostOfCare.of(run.projection(), year, share)));
            inputs.add(inputs(l));
        }
        RunResult first = variants.get(0).run();
        Comparison comparison = comparison(variants.stream().map(WorkbookData.Variant::run).toList());
        WorkbookWriter.write(new WorkbookData(first.scenario().name(), fileName(loaded.get(0)),
                first.scenario().currency(), variants, WorkbookData.Assumption.merge(inputs), comparison), target);
    }

    /** The comparison {@code carecoop compare} shows, for the Compare sheet; null with one run. */
    private static Comparison comparison(List<RunResult> runs) {
        return runs.size() < 2 ? null : Comparison.of(runs);
    }

    /** One run with its cost of an hour in the plan's last year (at its target margin, as the workbook) and its inputs. */
    static RunReport report(LoadedScenario loaded, RunResult run) {
        return new RunReport(run, CostOfCare.of(run.projection(), run.projection().years(),
                run.scenario().provider().targetMargin()), inputs(loaded));
    }

    /** Every input of a run, as {@code carecoop params} lists them. */
    static List<Input> inputs(LoadedScenario loaded) {
        return Params.list(loaded).stream()
                .map(r -> new Input(r.path(), r.value(), r.unit(), r.origin(), r.source())).toList();
    }

    /** The scenario's file name without its folders: where it sits on one machine says nothing on another. */
    static String fileName(LoadedScenario loaded) {
        Path name = loaded.file().getFileName();
        return name == null ? loaded.file().toString() : name.toString();
    }
}
