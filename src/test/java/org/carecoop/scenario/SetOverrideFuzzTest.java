package org.carecoop.scenario;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.CarecoopException;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projector;

/**
 * Coverage-guided fuzzing of the {@code --set PATH=VALUE} parser (Jazzer): up to four overrides, one per
 * line of the input, applied to the shipped start-up plan, must give a plan that lists its parameters and
 * projects, or be refused with carecoop's own user error. Inputs are in SetOverrideFuzzTestInputs; see
 * {@link ScenarioLoaderFuzzTest} for how the build runs and fuzzes it.
 */
class SetOverrideFuzzTest {
    private static final Path FILE = Path.of("scenarios/start-up-worker-coop.yaml");
    private static final Node.MapNode TREE = ScenarioLoader.readTree(FILE);

    @FuzzTest(maxDuration = "30s")
    void applyOverrides(FuzzedDataProvider data) {
        List<String> overrides = List.of(data.consumeRemainingAsString().split("\n", 4));
        try {
            Node.MapNode tree = TREE;
            for (String override : overrides) {
                tree = ScenarioLoader.applyOverride(tree, override);
            }
            LoadedScenario loaded = Substance.check(ScenarioLoader.bind(FILE, null, tree));
            Params.list(loaded);
            Metrics.of(Projector.project(Resolver.resolve(loaded)));
        } catch (CarecoopException userError) {
            if (userError.lines().isEmpty() || userError.lines().stream().anyMatch(l -> l.isBlank() || l.contains("\n"))) {
                throw new AssertionError("a user error must be non-blank lines: " + userError.lines(), userError);
            }
        }
    }
}
