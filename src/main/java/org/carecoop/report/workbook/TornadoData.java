package org.carecoop.report.workbook;

import java.util.Objects;
import org.carecoop.analysis.Tornado;

/**
 * What the tornado workbook shows, gathered by {@code carecoop tornado}.
 *
 * @param scenarioName the scenario's name, for titles and the document's title
 * @param scenarioFile the scenario's file name as the user named it (no folders)
 * @param variant      the variant, or null for the base plan
 * @param currency     ISO code (GBP, USD, EUR) for number formats
 * @param tornado      the bars, sorted by swing
 */
public record TornadoData(String scenarioName, String scenarioFile, String variant, String currency, Tornado tornado) {
    public TornadoData {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(tornado, "tornado");
    }
}
