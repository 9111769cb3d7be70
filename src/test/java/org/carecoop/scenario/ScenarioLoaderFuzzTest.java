package org.carecoop.scenario;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.uncertainty.InputDistribution;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projector;

/**
 * Coverage-guided fuzzing of the scenario loader (Jazzer): any bytes saved as a scenario file must load,
 * list their parameters, project, and give each uncertain input a distribution the analyses can move
 * it along, or be refused with carecoop's own user error. Any other exception
 * (or a hang) is a bug, and Jazzer saves the input under ScenarioLoaderFuzzTestInputs/loadScenario in
 * src/test/resources, where it then runs as a regression case with the other tests.
 *
 * <p>With the other tests this runs only on its inputs (the shipped scenarios and templates and the
 * broken-scenario corpus, copied there by the build); {@code mvn verify} then fuzzes it for a bounded
 * time with JAZZER_FUZZ=1 (see pom.xml).
 */
class ScenarioLoaderFuzzTest {
    private static final Path DIR;
    private static final Path PLAN;

    static {
        try {
            DIR = Files.createTempDirectory("carecoop-fuzz");
            PLAN = DIR.resolve("plan.yaml");
            // a file beside it to extend, so 'extends: base.yaml' reaches the merging code
            Files.copy(Path.of("src/main/resources/org/carecoop/templates/worker-coop.yaml"), DIR.resolve("base.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What tornado, simulate and sobol do with each uncertain input the loader accepted: build its
     * distribution, and set the input to its P10 and P90 through the scenario.
     */
    private static void uncertainInputs(LoadedScenario loaded) {
        for (Map.Entry<String, String> e : loaded.scenario().uncertainty().entrySet()) {
            Distributions.Spec spec = Distributions.check(e.getValue());
            InputDistribution distribution = InputDistribution.of(spec.name(), spec.args(), spec.weights());
            Parameterised input = Parameterised.of(loaded, e.getKey());
            for (double p : new double[] {0.1, 0.9}) {
                Projector.project(input.at(distribution.quantile(p)));
            }
        }
    }

    @FuzzTest(maxDuration = "40s")
    void loadScenario(FuzzedDataProvider data) throws IOException {
        Files.write(PLAN, data.consumeRemainingAsBytes());
        try {
            List<LoadedScenario> plans = ScenarioLoader.loadAll(PLAN, List.of());
            for (LoadedScenario loaded : plans) {
                Params.list(loaded);
                Metrics.of(Projector.project(Resolver.resolve(loaded)));
            }
            // the base plan's only: every variant shares the section, and each input costs two more runs
            uncertainInputs(plans.get(0));
        } catch (CarecoopException userError) {
            // the one exception a user may see: a line saying what to fix
            if (userError.lines().isEmpty() || userError.lines().stream().anyMatch(l -> l.isBlank() || l.contains("\n"))) {
                throw new AssertionError("a user error must be non-blank lines: " + userError.lines(), userError);
            }
        }
    }
}
