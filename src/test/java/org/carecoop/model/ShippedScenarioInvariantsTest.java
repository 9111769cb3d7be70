package org.carecoop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's identities over every scenario the project ships: the worked examples in scenarios/
 * and the templates 'carecoop init' writes, each base plan and each of its variants.
 */
class ShippedScenarioInvariantsTest {

    static List<Path> shippedScenarios() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenarios"), Path.of("src/main/resources/org/carecoop/templates"))) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyShippedPlanAndVariantKeepsTheIdentities() throws IOException {
        List<Path> files = shippedScenarios();
        assertThat(files).as("shipped scenarios and templates").hasSizeGreaterThanOrEqualTo(4);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (LoadedScenario loaded : ScenarioLoader.loadAll(file, List.of())) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " / " + loaded.variantLabel(), () -> {
                    Projection p = Projector.project(Resolver.resolve(loaded));
                    assertThat(Invariants.breaches(p)).isEmpty();
                    Metrics metrics = Metrics.of(p);
                    assertThat(metrics.years()).hasSize(p.years());
                }));
            }
        }
        assertThat(tests.size()).as("plans and variants").isGreaterThan(files.size());
        return tests.stream();
    }
}
