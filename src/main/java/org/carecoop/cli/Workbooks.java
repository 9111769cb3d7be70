package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.workbook.WorkbookData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;

/**
 * Writes the workbook for the commands that offer {@code -o FILE.xlsx}: the base plan and every
 * variant side by side (or the one variant asked for), with their inputs.
 */
final class Workbooks {
    /** The surplus built into the hourly price: the Homecare Association's 3% of price. */
    static final double HCA_SURPLUS = 0.03;

    private Workbooks() {}

    static boolean wanted(Path output) {
        return output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** The runs to put in a workbook: the variant asked for, or the base plan and all its variants. */
    static List<LoadedScenario> load(ScenarioOptions options) {
        return options.variant != null ? List.of(options.load()) : ScenarioLoader.loadAll(options.file, options.overrides);
    }

    /**
     * @param costYear plan year for the Cost per hour sheet, or null for each plan's last year
     */
    static void write(List<LoadedScenario> loaded, Integer costYear, double surplusShare, Path target) {
        List<WorkbookData.Variant> variants = new ArrayList<>();
        List<List<WorkbookData.Input>> inputs = new ArrayList<>();
        for (LoadedScenario l : loaded) {
            RunResult run = RunResult.of(Resolver.resolve(l), l.variantLabel());
            int year = costYear != null ? costYear : run.projection().years();
            variants.add(WorkbookData.Variant.of(l.variantLabel(), run, CostOfCare.of(run.projection(), year, surplusShare)));
            inputs.add(Params.list(l).stream()
                    .map(r -> new WorkbookData.Input(r.path(), r.value(), r.unit(), r.origin(), r.source())).toList());
        }
        RunResult first = variants.get(0).run();
        WorkbookWriter.write(new WorkbookData(first.scenario().name(), first.scenario().currency(), variants,
                WorkbookData.Assumption.merge(inputs)), target);
    }
}
