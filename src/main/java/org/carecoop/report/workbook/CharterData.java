package org.carecoop.report.workbook;

import java.util.Objects;
import org.carecoop.analysis.charter.CharterResult;

/**
 * What the charter workbook shows, gathered by {@code carecoop charter}.
 *
 * @param scenarioFile the scenario's file name as the user named it (no folders)
 * @param charterFile  the charter as the user named it (a built-in name or a file)
 * @param result       the checklist and the costing
 */
public record CharterData(String scenarioFile, String charterFile, CharterResult result) {
    public CharterData {
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(charterFile, "charterFile");
        Objects.requireNonNull(result, "result");
    }

    public String scenarioName() {
        return result.base().scenario().name();
    }

    public String currency() {
        return result.base().scenario().currency();
    }
}
