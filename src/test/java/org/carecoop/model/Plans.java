package org.carecoop.model;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.scenario.ScenarioLoader;
import org.carecoop.scenario.Resolver;

/**
 * Loads the model tests' scenarios from src/test/resources/model through the same path a user's
 * file takes (load, overrides, resolve), then projects them.
 */
final class Plans {
    private Plans() {}

    static Path resource(String name) {
        try {
            return Path.of(Plans.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test scenario " + name + " not found", e);
        }
    }

    /** The scenario as the model sees it, with {@code path=value} overrides applied. */
    static Scenario scenario(String name, String... overrides) {
        return Resolver.resolve(ScenarioLoader.load(resource(name), null, List.of(overrides)));
    }

    static Projection project(String name, String... overrides) {
        return Projector.project(scenario(name, overrides));
    }

    /** The small council plan of small-council.yaml, with overrides. */
    static Projection small(String... overrides) {
        return project("small-council.yaml", overrides);
    }
}
