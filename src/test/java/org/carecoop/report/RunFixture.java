package org.carecoop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Params;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;

/** A small two-year scenario, written to a folder and projected, for the writers' tests. */
final class RunFixture {
    static final String NAME = "Riverside care co-op";
    static final int YEARS = 2;
    static final String START = "2027-06";

    /** Opens with too little cash, so cash dips below zero and the run has a warning. */
    static final String YAML = """
            scenario: Riverside care co-op
            currency: GBP
            start: 2027-06
            years: 2
            nation: england
            provider: {model: worker-coop}
            clients:
              - stream: council
                target: 10              # assumption
                ramp_months: 6
                hours_per_week: 7.5
                visit_minutes: 45
                fee_per_hour: 24.10
              - name: private
                stream: self-funded
                target: 4               # assumption
                ramp_months: 4
                hours_per_week: 5
                visit_minutes: 60
                fee_per_hour: 30
            care_workers:
              wage_per_hour: 13.45      # assumption
              contract: guaranteed-hours
              guaranteed_hours_per_week: 20
              hours_per_week: 30
            funding:
              opening_cash: 15000
            variants:
              lower-fee:
                clients[council].fee_per_hour: 21
            """;

    private RunFixture() {}

    static Path write(Path dir) throws IOException {
        Path file = dir.resolve("riverside.yaml");
        Files.writeString(file, YAML);
        return file;
    }

    static RunResult run(Path file) {
        LoadedScenario loaded = ScenarioLoader.load(file);
        return RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
    }

    /** The surplus the Homecare Association builds into its price, as the commands use it. */
    static final double SURPLUS = 0.03;

    /** A run's full report, built as {@code carecoop run --format markdown} builds it. */
    static RunReport report(LoadedScenario loaded) {
        RunResult run = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        List<Input> inputs = Params.list(loaded).stream()
                .map(r -> new Input(r.path(), r.value(), r.unit(), r.origin(), r.source())).toList();
        return new RunReport(run, CostOfCare.of(run.projection(), run.projection().years(), SURPLUS), inputs);
    }

    static RunReport report(Path file) {
        return report(ScenarioLoader.load(file));
    }
}
