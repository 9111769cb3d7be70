package org.carecoop.report.workbook;

import java.time.YearMonth;
import java.util.Objects;
import org.carecoop.analysis.Grid;

/**
 * What the grid workbook shows, gathered by {@code carecoop grid}.
 *
 * @param scenarioName the scenario's name, for titles and the document's title
 * @param scenarioFile the scenario's file name as the user named it (no folders)
 * @param variant      the variant, or null for the base plan
 * @param currency     ISO code (GBP, USD, EUR) for number formats
 * @param start        the plan's first month, to show a break-even month as a month
 * @param grid         the two-way table
 * @param xPercent     whether the input across is a percentage (shown as 12.5%)
 * @param yPercent     whether the input down is a percentage
 */
public record GridData(String scenarioName, String scenarioFile, String variant, String currency, YearMonth start,
                       Grid grid, boolean xPercent, boolean yPercent) {
    public GridData {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(grid, "grid");
    }
}
