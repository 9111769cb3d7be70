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
    public record Side(RunResult run, Metrics.Year year, double payPerWorkingHour, CostOfCare cost) {
        /** The surplus before tax in the year over its fee income; NaN without income. */
        public double margin() {
            return year.income() > 0 ? year.surplusBeforeTax() / year.income() : Double.NaN;
        }
    }

    /** What a fee answer keeps the same, or meets. */
    public enum Basis {
        /** The extra cost passed through: the provider's surplus before tax in the year, in money, as it is now. */
        PASS_THROUGH,
        /** The provider's current surplus margin in the year (surplus before tax over fee income) kept. */
        CURRENT_MARGIN,
        /**
         * Viable by {@code carecoop commission}'s rule, in the year: the year's surplus before tax at least the
         * provider's target margin of its fee income, and cash never below zero at a month's end in the year.
         */
        VIABLE
    }

    /**
     * The fee in the chosen plan year on each basis: the same rise per contact hour on every client group's fee
     * (for a plan whose clients are all council-funded, the council's fee), in that year's months.
     *
     * @param baseSurplus  the plan as it is: its surplus before tax in the year
     * @param baseMargin   that surplus as a share of the year's fee income (NaN without income)
     * @param targetMargin the provider's target margin ({@code provider.target_margin}), for {@link Basis#VIABLE}
     * @param answers      one per basis, in {@link Basis} order
     */
    public record Fees(double baseSurplus, double baseMargin, double targetMargin, List<FeeAnswer> answers) {
        public Fees {
            answers = List.copyOf(answers);
        }

        public FeeAnswer get(Basis basis) {
            return answers.stream().filter(a -> a.basis() == basis).findFirst().orElseThrow();
        }
    }

    /**
     * The fee on one basis.
     *
     * @param found        false when no rise in the range searched meets the basis
     * @param rise         the rise per contact hour in the chosen year, rounded up to the penny (NaN when not found)
     * @param groups       each client group's fee in the chosen year's first month, as it is and raised
     * @param extraSpend   what councils and clients pay more in the chosen year than they pay now
     * @param surplus      the compliant plan's surplus before tax in the chosen year at the raised fee
     * @param margin       that surplus as a share of the year's fee income
     * @param earlierRises the rise in each earlier plan year (year 1 first): that year's own extra cost passed
     *                     through, so the compliant plan reaches the chosen year with the cash it has now
     * @param run          the compliant plan at the raised fees; null when not found
     * @param whyNot       when not found, why, in a phrase; else empty
     * @param caveat       what the answer cannot mend, in a phrase (cash below zero before the chosen year); or empty
     */
    public record FeeAnswer(Basis basis, boolean found, double rise, List<GroupFee> groups, double extraSpend,
                            double surplus, double margin, List<Double> earlierRises, RunResult run, int evaluations,
                            String whyNot, String caveat) {
        public FeeAnswer {
            groups = List.copyOf(groups);
            earlierRises = List.copyOf(earlierRises);
        }
    }

    public record GroupFee(String name, double fee, double needed) {}

    /**
     * One unmet requirement's changes made alone.
     *
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
    public record Costing(List<Change> changes, Side base, Side compliant, Fees fees, List<RequirementCost> byRequirement,
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
