package org.carecoop.analysis.charter;

import java.time.YearMonth;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.Metrics;

/**
 * A plan checked against a charter, and what meeting it costs.
 *
 * @param year      the plan year the yearly figures are for
 * @param yearFrom  its first month
 * @param findings  each requirement, met or not
 * @param costing   the cost of meeting the charter; null when the plan meets it already
 */
public record CharterResult(Charter charter, int year, YearMonth yearFrom, RunResult base, List<Finding> findings,
                            Costing costing) {
    public CharterResult {
        findings = List.copyOf(findings);
    }

    public long met() {
        return findings.stream().filter(Finding::met).count();
    }

    /**
     * A version of the plan, in the chosen plan year.
     *
     * @param payPerWorkingHour pay for working time over the working hours, travel counted
     * @param cost              the cost of an hour built up line by line, as {@code carecoop cost} shows it
     */
    public record Side(RunResult run, Metrics.Year year, double payPerWorkingHour, CostOfCare cost) {}

    /**
     * The fee that keeps the compliant plan at the base plan's surplus margin.
     *
     * @param found          false when no fee in the range does
     * @param rise           the rise per contact hour, the same on every client group's fee
     * @param margin         the base plan's surplus before tax as a share of fee income, over the plan
     * @param groups         each client group's fee, in the chosen year's first month
     * @param extraSpend     the extra paid by councils and clients in the chosen year
     * @param run            the compliant plan at the raised fees
     */
    public record FeeRise(boolean found, double rise, double margin, List<GroupFee> groups, double extraSpend,
                          RunResult run, int evaluations) {
        public FeeRise {
            groups = List.copyOf(groups);
        }
    }

    public record GroupFee(String name, double fee, double needed) {}

    /** One unmet requirement's changes made alone. */
    /**
     * @param extraContactHours more hours of care in the year (longer visits), which the extra cost includes
     */
    public record RequirementCost(String requirement, double extraPerContactHour, double extraPerYear,
                                  double extraContactHours, double payPerCareWorkerChange) {}

    /**
     * @param changes      every change the compliant plan makes, the unmet requirements' changes in charter order
     * @param compliant    the plan with all of them
     * @param stillUnmet   requirements the compliant plan still does not meet (names); empty as a rule
     * @param byRequirement each unmet requirement's changes alone: they need not add up to the whole, as changes
     *                     interact (paid travel time costs more at a higher wage)
     */
    public record Costing(List<Change> changes, Side base, Side compliant, FeeRise fee, List<RequirementCost> byRequirement,
                          List<String> stillUnmet) {
        public Costing {
            changes = List.copyOf(changes);
            byRequirement = List.copyOf(byRequirement);
            stillUnmet = List.copyOf(stillUnmet);
        }

        /** Extra operating cost per contact hour in the chosen year. */
        public double extraPerContactHour() {
            return compliant.year().costPerContactHour() - base.year().costPerContactHour();
        }

        /** Extra operating cost in the chosen year. */
        public double extraPerYear() {
            return compliant.year().operatingCosts() - base.year().operatingCosts();
        }

        /** What each care worker is paid more in the chosen year (pay, holiday and sick pay). */
        public double payPerCareWorkerChange() {
            return compliant.year().payPerCareWorker() - base.year().payPerCareWorker();
        }
    }
}
