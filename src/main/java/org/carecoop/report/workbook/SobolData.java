package org.carecoop.report.workbook;

import java.util.List;
import java.util.Objects;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.uncertainty.SobolResult;

/**
 * What the Sobol workbook shows, gathered by {@code carecoop sobol}: the indices of every result and where they
 * came from. The writer lays these figures out; it computes nothing the analysis has not.
 *
 * @param scenarioName the scenario's name, for titles and the document's title
 * @param scenarioFile the scenario's file name as the user named it (no folders)
 * @param variant      the variant analysed, or null for the base plan
 * @param currency     ISO code (GBP, USD, EUR), for the document's number formats
 * @param seed         the seed of the bootstrap intervals
 * @param metrics      the results analysed, the chosen one first
 * @param results      their indices, in the same order, all over the same inputs
 */
public record SobolData(String scenarioName, String scenarioFile, String variant, String currency, long seed,
                        List<Metric> metrics, List<SobolResult> results) {
    public SobolData {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(currency, "currency");
        metrics = List.copyOf(metrics);
        results = List.copyOf(results);
        if (metrics.isEmpty() || metrics.size() != results.size()) {
            throw new IllegalArgumentException("a result's indices for each metric, and at least one");
        }
        List<String> inputs = results.get(0).inputs();
        if (results.stream().anyMatch(r -> !r.inputs().equals(inputs))) {
            throw new IllegalArgumentException("every result's indices must be over the same inputs");
        }
    }

    /** The chosen result's indices: the table and the chart. */
    public SobolResult chosen() {
        return results.get(0);
    }
}
