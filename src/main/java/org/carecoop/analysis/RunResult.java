package org.carecoop.analysis;

import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;

/** One projection of one scenario (the base plan or a variant) with its headline metrics. */
public record RunResult(String variant, Projection projection, Metrics metrics) {

    public static RunResult of(Scenario scenario, String variant) {
        Projection projection = Projector.project(scenario);
        return new RunResult(variant, projection, Metrics.of(projection));
    }

    public Scenario scenario() {
        return projection.scenario();
    }
}
