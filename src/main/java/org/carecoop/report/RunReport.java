package org.carecoop.report;

import java.util.List;
import java.util.Objects;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;

/**
 * Everything the full report of one run shows, gathered by the command: the projection, the cost of an
 * hour of care (the workbook's Cost per hour sheet) and the inputs with their sources (its Assumptions
 * sheet). The writers only lay these out.
 *
 * @param run    the projection and its headline metrics
 * @param cost   the cost of a contact hour in the chosen plan year
 * @param inputs every input of the run, in the scenario's order
 */
public record RunReport(RunResult run, CostOfCare cost, List<Input> inputs) {
    public RunReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(cost, "cost");
        inputs = List.copyOf(inputs);
    }
}
