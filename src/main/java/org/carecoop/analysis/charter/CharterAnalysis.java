package org.carecoop.analysis.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Goal;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.Solver;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.model.Series;
import org.carecoop.statutory.Nation;
import org.carecoop.analysis.charter.CharterResult.Costing;
import org.carecoop.analysis.charter.CharterResult.Side;

/**
 * Checks a plan against a charter, then costs meeting it: the compliant version of the plan is the plan with
 * every unmet requirement's changes (made by parameter path, as {@code --set} makes them); both are projected
 * and compared in one plan year, and a solver finds the fee rise that keeps the compliant plan at the base
 * plan's surplus margin.
 */
public final class CharterAnalysis {
    /** Rounds of checking the compliant plan again; two requirements at odds settle in one. */
    private static final int MAX_ROUNDS = 3;

    private CharterAnalysis() {}

    /** Adds the findings' changes; a change to a path already changed replaces it (the same path, the later need). */
    private static void merge(List<Change> changes, List<Finding> findings) {
        for (Finding f : findings) {
            for (Change c : f.changes()) {
                changes.removeIf(existing -> existing.path().equals(c.path()));
                changes.add(c);
            }
        }
    }

    /**
     * @param base        the plan as it is
     * @param year        the plan year for the yearly figures, from 1
     * @param withChanges the plan run with changes, each {@code PATH=VALUE}
     */
    public static CharterResult run(Charter charter, RunResult base, int year,
                                    Function<List<String>, RunResult> withChanges) {
        if (year < 1 || year > base.projection().years()) {
            throw new IllegalArgumentException("the plan has years 1 to " + base.projection().years());
        }
        Nation nation = base.scenario().statutory().get(0).nation();
        if (!charter.appliesIn(nation)) {
            throw new CarecoopException(charter.refusal(nation));
        }
        List<Finding> findings = Checklist.check(charter, base, year);
        List<Change> changes = new ArrayList<>();
        merge(changes, findings);
        Costing costing = null;
        if (!changes.isEmpty()) {
            RunResult compliant = withChanges.apply(changes.stream().map(Change::override).toList());
            List<Finding> again = Checklist.check(charter, compliant, year);
            // one requirement's change can undo another's (a charter asking for two wage floors, the lower one
            // last): check the compliant plan again and make what it still lacks, a few rounds at most
            for (int round = 0; round < MAX_ROUNDS && again.stream().anyMatch(f -> !f.met() && !f.changes().isEmpty());
                 round++) {
                merge(changes, again);
                compliant = withChanges.apply(changes.stream().map(Change::override).toList());
                again = Checklist.check(charter, compliant, year);
            }
            List<String> stillUnmet = again.stream().filter(f -> !f.met()).map(f -> f.requirement().name()).toList();
            Side baseSide = side(base, year);
            List<CharterResult.RequirementCost> byRequirement = new ArrayList<>();
            for (Finding f : findings) {
                if (!f.met() && !f.changes().isEmpty()) {
                    Side alone = side(withChanges.apply(f.changes().stream().map(Change::override).toList()), year);
                    byRequirement.add(new CharterResult.RequirementCost(f.requirement().name(),
                            alone.year().costPerContactHour() - baseSide.year().costPerContactHour(),
                            alone.year().operatingCosts() - baseSide.year().operatingCosts(),
                            alone.year().contactHours() - baseSide.year().contactHours(),
                            alone.year().payPerCareWorker() - baseSide.year().payPerCareWorker()));
                }
            }
            costing = new Costing(changes, baseSide, side(compliant, year), feeRise(base, compliant, year),
                    byRequirement, stillUnmet);
        }
        return new CharterResult(charter, year, base.scenario().month((year - 1) * 12), base, findings, costing);
    }

    private static Side side(RunResult run, int year) {
        Projection p = run.projection();
        int from = (year - 1) * 12;
        int to = Math.min(year * 12, p.months());
        double basic = 0;
        for (int m = from; m < to; m++) {
            basic += Metrics.basicPay(p, m);
        }
        double working = p.get(Line.WORKING_HOURS).sum(from, to);
        return new Side(run, run.metrics().years().get(year - 1), working > 1e-9 ? basic / working : Double.NaN,
                CostOfCare.of(p, year, run.scenario().provider().targetMargin()));
    }

    /**
     * The same rise per contact hour on every client group's fee (for a plan whose clients are all
     * council-funded, the council's fee) that brings the compliant plan's surplus before tax, as a share of its fee
     * income over the plan, back to the base plan's.
     */
    private static CharterResult.FeeRise feeRise(RunResult base, RunResult compliant, int year) {
        double margin = base.metrics().surplusMargin();
        Scenario s = compliant.scenario();
        int first = (year - 1) * 12;
        if (!Double.isFinite(margin) || compliant.metrics().income() <= 0) {
            return new CharterResult.FeeRise(false, Double.NaN, margin, List.of(), Double.NaN, null, 0);
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (Scenario.ClientGroup g : s.clients()) {
            for (int m = 0; m < s.months(); m++) {
                lowest = Math.min(lowest, g.fee().at(m));
                highest = Math.max(highest, g.fee().at(m));
            }
        }
        String label = compliant.variant();
        Solver.Solution solution = Solver.solve(rise -> RunResult.of(withFeeRise(s, rise), label),
                new Goal.SurplusMargin(margin), -lowest, highest * 2 + 20, 0.01);
        if (!solution.met()) {
            return new CharterResult.FeeRise(false, Double.NaN, margin, List.of(), Double.NaN, null,
                    solution.evaluations());
        }
        List<CharterResult.GroupFee> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            groups.add(new CharterResult.GroupFee(g.name(), base.scenario().clients().stream()
                    .filter(b -> b.name().equals(g.name())).findFirst().orElse(g).fee().at(first),
                    g.fee().at(first) + solution.value()));
        }
        RunResult raised = solution.run();
        double extraSpend = raised.metrics().years().get(year - 1).income() - base.metrics().years().get(year - 1).income();
        return new CharterResult.FeeRise(true, solution.value(), margin, groups, extraSpend, raised,
                solution.evaluations());
    }

    /** The plan with {@code rise} added to every client group's fee in every month. */
    static Scenario withFeeRise(Scenario s, double rise) {
        List<Scenario.ClientGroup> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            double[] fee = g.fee().toArray();
            for (int m = 0; m < fee.length; m++) {
                fee[m] = Math.max(0, fee[m] + rise);
            }
            groups.add(new Scenario.ClientGroup(g.name(), g.stream(), g.clientsAtStart(), g.startMonth(), g.target(),
                    g.rampMonths(), g.leaveRate(), g.hoursPerWeek(), g.visitMinutes(), Series.of(fee),
                    g.paymentLagMonths(), g.badDebt()));
        }
        return new Scenario(s.name(), s.currency(), s.start(), s.months(), s.weeks(), s.statutory(), s.provider(), groups,
                s.careWorkers(), s.officeStaff(), s.overheads(), s.startUpCosts(), s.funding(), s.surplus());
    }

}
