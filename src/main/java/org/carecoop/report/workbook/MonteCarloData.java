package org.carecoop.report.workbook;

import java.time.YearMonth;
import java.util.Objects;
import org.carecoop.analysis.Simulation;

/**
 * What the Monte Carlo workbook shows, gathered by {@code carecoop simulate}: the simulation's result and where
 * it came from. The writer lays these figures out; it computes nothing the simulation has not.
 *
 * @param scenarioName the scenario's name, for titles and the document's title
 * @param scenarioFile the scenario's file name as the user named it (no folders)
 * @param variant      the variant simulated, or null for the base plan
 * @param currency     ISO code (GBP, USD, EUR) for number formats
 * @param start        the plan's first month
 * @param result       the simulation
 */
public record MonteCarloData(String scenarioName, String scenarioFile, String variant, String currency,
                             YearMonth start, Simulation.Result result) {
    public MonteCarloData {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(result, "result");
    }
}
