package org.carecoop.report.workbook;

import java.util.Objects;
import org.carecoop.analysis.commission.Appraisal;
import org.carecoop.report.CommissionReport;

/**
 * What the options appraisal workbook shows, gathered by {@code carecoop commission}: the appraisal and what it
 * was of. The writer lays these figures out; it computes nothing the appraisal has not.
 *
 * @param about  the scenario, the contract's start, the required wage
 * @param result the options, ranked
 */
public record CommissionData(CommissionReport.About about, Appraisal.Result result) {
    public CommissionData {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(result, "result");
    }
}
