package org.carecoop.report.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.Input;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;

/** Builds {@link WorkbookData} the way a command would: load every variant, resolve, run, cost, list inputs. */
final class WorkbookFixture {
    /** The shipped start-up plan: a base and its variants (among them slower-ramp and lower-fee). */
    static final Path START_UP = Path.of("scenarios/start-up-worker-coop.yaml");
    /** The surplus the Homecare Association builds into its price. */
    static final double SURPLUS = 0.03;

    /**
     * A small plan whose user-written names look like formulas: a spreadsheet must show them as text,
     * never run them.
     */
    static final String FORMULA_LOOKALIKES = """
            scenario: "=1+1"
            currency: GBP
            start: 2027-04
            years: 2
            nation: england
            provider: {model: worker-coop}
            clients:
              - name: "=1+1"
                stream: council
                target: 10
                ramp_months: 6
                hours_per_week: 7.5
                visit_minutes: 45
                fee_per_hour: 24.10
              - name: "@SUM(A1)"
                stream: self-funded
                start: 2028-05          # no hours in the first year: its average fee there is n/a
                target: 4
                ramp_months: 4
                hours_per_week: 5
                visit_minutes: 60
                fee_per_hour: 30
            care_workers:
              wage_per_hour: 13.45
            office_staff:
              - {role: "-manager", salary: 30000, count: 1}
            funding:
              opening_cash: 60000
            variants:
              "+plus":
                clients[=1+1].fee_per_hour: 21
            """;

    private WorkbookFixture() {}

    /** Every run of a scenario file, costed in {@code year} (0 for the last year of each). */
    static WorkbookData load(Path file, int year) {
        return load(ScenarioLoader.loadAll(file, List.of()), file, year);
    }

    /** The base plan of a scenario file alone, as {@code run -o FILE.xlsx --variant base} would show it. */
    static WorkbookData baseOnly(Path file) {
        return load(ScenarioLoader.loadAll(file, List.of()).subList(0, 1), file, 0);
    }

    private static WorkbookData load(List<LoadedScenario> loaded, Path file, int year) {
        List<WorkbookData.Variant> variants = new ArrayList<>();
        List<List<Input>> inputs = new ArrayList<>();
        String name = null;
        String currency = null;
        for (LoadedScenario l : loaded) {
            RunResult run = RunResult.of(Resolver.resolve(l), l.variantLabel());
            int costYear = year > 0 ? year : run.projection().years();
            variants.add(WorkbookData.Variant.of(l.variantLabel(), run, CostOfCare.of(run.projection(), costYear, SURPLUS)));
            inputs.add(Params.list(l).stream()
                    .map(r -> new Input(r.path(), r.value(), r.unit(), r.origin(), r.source())).toList());
            if (name == null) {
                name = run.scenario().name();
                currency = run.scenario().currency();
            }
        }
        Comparison comparison = variants.size() > 1
                ? Comparison.of(variants.stream().map(WorkbookData.Variant::run).toList()) : null;
        return new WorkbookData(name, file.getFileName().toString(), currency, variants,
                WorkbookData.Assumption.merge(inputs), comparison);
    }

    /** The shipped comparison of providers: a worker co-op, a for-profit, private equity, a council in-house service. */
    static final Path PROVIDERS = Path.of("scenarios/provider-comparison.yaml");

    static WorkbookData startUp() {
        return load(START_UP, 0);
    }

    static WorkbookData formulaLookalikes(Path dir) throws IOException {
        Path file = dir.resolve("lookalikes.yaml");
        Files.writeString(file, FORMULA_LOOKALIKES);
        return load(file, 0);
    }
}
