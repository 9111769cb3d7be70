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
 * and compared in one plan year, and a solver finds the fee in that year that passes the extra cost through, that
 * keeps the provider's current margin, and at which the compliant plan is viable.
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
            costing = new Costing(changes, baseSide, side(compliant, year), fees(base, compliant, year),
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
     * The fee in the chosen year on each {@link CharterResult.Basis}: the same rise per contact hour on every client
     * group's fee in that year's months, found by {@link Solver} and rounded up to the penny. Each earlier plan year's
     * fees are raised by that year's own extra cost first (its surplus before tax kept as it is now), so the compliant
     * plan comes to the chosen year with the cash it has now: a year's surplus depends on its own fees only (fee income
     * is counted in the month the care is given), but its cash carries on.
     */
    private static CharterResult.Fees fees(RunResult base, RunResult compliant, int year) {
        Metrics.Year now = base.metrics().years().get(year - 1);
        double margin = now.income() > 0 ? now.surplusBeforeTax() / now.income() : Double.NaN;
        double target = compliant.scenario().provider().targetMargin();
        double[] rises = new double[year];
        int evaluations = 0;
        List<CharterResult.FeeAnswer> answers = new ArrayList<>();
        for (int y = 1; y < year; y++) {
            Solved earlier = solve(compliant, rises, y,
                    new Goal.SurplusInYear(y, base.metrics().years().get(y - 1).surplusBeforeTax()));
            evaluations += earlier.evaluations();
            if (earlier.rise() == null) {
                for (CharterResult.Basis basis : CharterResult.Basis.values()) {
                    answers.add(notFound(basis, evaluations, "passing plan year " + y + "'s extra cost through: "
                            + earlier.whyNot()));
                }
                return new CharterResult.Fees(now.surplusBeforeTax(), margin, target, answers);
            }
            rises[y - 1] = earlier.rise();
        }
        answers.add(answer(CharterResult.Basis.PASS_THROUGH, base, compliant, rises, evaluations,
                new Goal.SurplusInYear(year, now.surplusBeforeTax())));
        answers.add(Double.isFinite(margin)
                ? answer(CharterResult.Basis.CURRENT_MARGIN, base, compliant, rises, evaluations,
                        new Goal.SurplusMarginInYear(year, margin))
                : notFound(CharterResult.Basis.CURRENT_MARGIN, 0, "the plan has no fee income in the year"));
        answers.add(answer(CharterResult.Basis.VIABLE, base, compliant, rises, evaluations, new Goal.AllOf(List.of(
                new Goal.SurplusMarginInYear(year, target), new Goal.CashAtLeastInYear(year, 0)))));
        return new CharterResult.Fees(now.surplusBeforeTax(), margin, target, answers);
    }

    /**
     * A rise found for one plan year, or null with why not; {@code cashShort}, when cash in the year falls below
     * zero at every rise tried, says so (else empty).
     */
    private record Solved(Double rise, int evaluations, String whyNot, String cashShort) {}

    /** The rise in plan year {@code y} that meets {@code goal}, the other years' rises as in {@code rises}. */
    private static Solved solve(RunResult compliant, double[] rises, int y, Goal goal) {
        Scenario s = compliant.scenario();
        String label = compliant.variant();
        int from = (y - 1) * 12;
        int to = Math.min(y * 12, s.months());
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (Scenario.ClientGroup g : s.clients()) {
            for (int m = from; m < to; m++) {
                lowest = Math.min(lowest, g.fee().at(m));
                highest = Math.max(highest, g.fee().at(m));
            }
        }
        double[] tried = rises.clone();
        Solver.Solution solution = Solver.solve(rise -> {
            tried[y - 1] = rise;
            return RunResult.of(withFeeRises(s, tried), label);
        }, goal, -lowest, highest * 2 + 20, 0.01);
        if (!solution.met()) {
            tried[y - 1] = solution.nearest();
            RunResult closest = RunResult.of(withFeeRises(s, tried), label);
            String range = "no rise up to " + Wording.pence(solution.rangeHigh()) + " an hour in plan year " + y
                    + " meets it";
            LowestCash cash = LowestCash.of(closest.projection(), from, to);
            if (goal instanceof Goal.AllOf && cash.cash() < 0) {
                // the closest rise is the one that keeps cash highest, so no fee keeps it above this
                String short_ = "whatever the fee, cash falls to " + Wording.money(cash.cash()) + " in "
                        + closest.scenario().month(cash.month()) + ", so the provider needs at least "
                        + Wording.money(-cash.cash()) + " more working capital";
                return new Solved(null, solution.evaluations(), range + ": " + short_, short_);
            }
            return new Solved(null, solution.evaluations(), range, "");
        }
        // met at every rise tried (no fee needed at all): the least rise, a fee of nothing, meets it too
        return new Solved(solution.alreadyMet() ? solution.rangeLow() : solution.value(), solution.evaluations(), "",
                "");
    }

    /** One basis: the rise in the chosen year that meets {@code goal}, the earlier years raised as in {@code rises}. */
    private static CharterResult.FeeAnswer answer(CharterResult.Basis basis, RunResult base, RunResult compliant,
                                                  double[] earlierRises, int earlierEvaluations, Goal goal) {
        int year = earlierRises.length;
        Solved solved = solve(compliant, earlierRises, year, goal);
        int evaluations = earlierEvaluations + solved.evaluations();
        String cashShort = "";
        if (solved.rise() == null && goal instanceof Goal.AllOf all && !solved.cashShort().isEmpty()) {
            // no fee mends the cash (it falls short before the year's fees are paid): the fee that makes the margin,
            // with the working capital it needs said beside it
            Solved margin = solve(compliant, earlierRises, year, all.goals().get(0));
            evaluations += margin.evaluations();
            if (margin.rise() != null) {
                cashShort = solved.cashShort();
                solved = margin;
            }
        }
        if (solved.rise() == null) {
            return notFound(basis, evaluations, solved.whyNot());
        }
        double[] rises = earlierRises.clone();
        rises[year - 1] = solved.rise();
        RunResult raised = RunResult.of(withFeeRises(compliant.scenario(), rises), compliant.variant());
        int first = (year - 1) * 12;
        List<CharterResult.GroupFee> groups = new ArrayList<>();
        for (int g = 0; g < raised.scenario().clients().size(); g++) {
            Scenario.ClientGroup group = raised.scenario().clients().get(g);
            groups.add(new CharterResult.GroupFee(group.name(), base.scenario().clients().stream()
                    .filter(b -> b.name().equals(group.name())).findFirst()
                    .orElse(compliant.scenario().clients().get(g)).fee().at(first), group.fee().at(first)));
        }
        Metrics.Year y = raised.metrics().years().get(year - 1);
        List<Double> earlier = new ArrayList<>();
        for (int k = 0; k < year - 1; k++) {
            earlier.add(rises[k]);
        }
        // the years before are not the chosen year's fee's to mend: say when cash falls below zero in them
        LowestCash before = LowestCash.of(raised.projection(), 0, first);
        String caveat = basis == CharterResult.Basis.VIABLE && before.month() >= 0 && before.cash() < 0
                ? "cash falls to " + Wording.money(before.cash()) + " in " + raised.scenario().month(before.month())
                + ", before plan year " + year + ": the plan needs more working capital, at least "
                + Wording.money(-before.cash()) : "";
        caveat = caveat.isEmpty() ? cashShort : cashShort.isEmpty() ? caveat : caveat + "; and in the year, " + cashShort;
        return new CharterResult.FeeAnswer(basis, true, rises[year - 1], groups,
                y.income() - base.metrics().years().get(year - 1).income(), y.surplusBeforeTax(),
                y.income() > 0 ? y.surplusBeforeTax() / y.income() : Double.NaN, earlier, raised, evaluations, "",
                caveat);
    }

    private static CharterResult.FeeAnswer notFound(CharterResult.Basis basis, int evaluations, String why) {
        return new CharterResult.FeeAnswer(basis, false, Double.NaN, List.of(), Double.NaN, Double.NaN, Double.NaN,
                List.of(), null, evaluations, why, "");
    }

    /** The lowest month-end cash in months {@code from} to {@code to} (exclusive), and its month. */
    private record LowestCash(double cash, int month) {
        static LowestCash of(Projection p, int from, int to) {
            double lowest = Double.POSITIVE_INFINITY;
            int month = -1;
            for (int m = from; m < Math.min(to, p.months()); m++) {
                if (p.at(Line.CLOSING_CASH, m) < lowest) {
                    lowest = p.at(Line.CLOSING_CASH, m);
                    month = m;
                }
            }
            return new LowestCash(lowest, month);
        }
    }

    /** The plan with {@code rises[y - 1]} added to every client group's fee in each month of plan year y. */
    static Scenario withFeeRises(Scenario s, double[] rises) {
        List<Scenario.ClientGroup> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            double[] fee = g.fee().toArray();
            for (int m = 0; m < fee.length; m++) {
                double rise = m / 12 < rises.length ? rises[m / 12] : 0;
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
