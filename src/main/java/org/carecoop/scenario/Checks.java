package org.carecoop.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.carecoop.model.ContractType;
import org.carecoop.model.ProviderModel;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.StatutoryParameter;
import org.carecoop.statutory.StatutoryTables;
import org.carecoop.statutory.TaxYear;

/**
 * Checks that need more than one key at a time: dates inside the plan, names that must be unique,
 * choices that exclude each other, and figures the statutory tables must hold.
 */
final class Checks {
    private final ScenarioFile s;
    private final Node.MapNode tree;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final YearMonth end;

    private Checks(ScenarioFile s, Node.MapNode tree, List<Problem> problems, List<Problem> warnings) {
        this.s = s;
        this.tree = tree;
        this.problems = problems;
        this.warnings = warnings;
        this.end = s.start().plusYears(s.years()).minusMonths(1);
    }

    static void check(ScenarioFile s, Node.MapNode tree, List<Problem> problems, List<Problem> warnings) {
        new Checks(s, tree, problems, warnings).run();
    }

    private void run() {
        if (!s.currency().matches("[A-Z]{3}")) {
            error("currency", "'" + s.currency() + "' is not a currency code", "three capital letters such as GBP or USD");
        }
        checkStatutory();
        if (s.clients().isEmpty()) {
            error("clients", "no client groups", "at least one group of clients, for example - stream: council");
        }
        unique("clients", s.clients(), c -> c.name() != null ? c.name() : c.stream().key(),
                "give each group its own name: ... name: rural");
        for (ScenarioFile.ClientStream c : s.clients()) {
            String at = "clients[" + (c.name() != null ? c.name() : c.stream().key()) + "]";
            inPlan(at + ".start", c.start());
            schedule(at + ".fee_per_hour", c.feePerHour());
            if (c.feePerHour().isWord() && s.careWorkers().contract() != ContractType.SELF_EMPLOYED) {
                error(at + ".fee_per_hour", "carer-rate-plus-platform-fee is for self-employed carers on a platform",
                        "care_workers.contract: self-employed, or a fee per hour");
            }
            if (c.target() == 0 && c.clientsAtStart() == 0) {
                warning(at + ".target", "this group never has any clients", "a target above zero");
            }
        }
        checkCareWorkers();
        unique("office_staff", s.officeStaff(), ScenarioFile.OfficeRole::role, "each role once");
        for (ScenarioFile.OfficeRole r : s.officeStaff()) {
            String at = "office_staff[" + r.role() + "]";
            if ((r.count() == null) == (r.perCareWorkers() == null)) {
                error(at, r.count() == null ? "neither count nor per_care_workers is given" : "both count and per_care_workers are given",
                        "one of them: count: 1 for a fixed number, per_care_workers: 15 for one per 15 care workers");
            }
            inPlan(at + ".start", r.start());
            schedule(at + ".salary", r.salary());
        }
        unique("overheads", s.overheads(), ScenarioFile.Overhead::item, "each item once");
        for (ScenarioFile.Overhead o : s.overheads()) {
            String at = "overheads[" + o.item() + "]";
            long amounts = java.util.stream.Stream.of(o.perMonth(), o.perYear(), o.perClientPerMonth(),
                    o.perCareWorkerPerMonth(), o.perContactHour(), o.shareOfIncome()).filter(x -> x != null).count();
            if (amounts != 1) {
                error(at, amounts == 0 ? "no amount is given" : amounts + " amounts are given",
                        "exactly one of per_month, per_year, per_client_per_month, per_care_worker_per_month, "
                                + "per_contact_hour, share_of_income");
            }
            inPlan(at + ".start", o.start());
        }
        unique("start_up_costs", s.startUpCosts(), ScenarioFile.StartUpCost::item, "each item once");
        s.startUpCosts().forEach(c -> inPlan("start_up_costs[" + c.item() + "].month", c.month()));
        checkMemberClasses();
        checkFunding();
        checkSurplus();
        checkUncertainty();
        checkCorrelations();
    }

    private void checkStatutory() {
        if (Nation.fromKey(s.nation()).isEmpty()) {
            List<String> nations = java.util.Arrays.stream(Nation.values()).map(Nation::key).toList();
            String hint = Suggest.hint(s.nation(), nations);
            error("nation", "no statutory figures for '" + s.nation() + "'",
                    (hint.isEmpty() ? "" : hint + " ") + "one of: " + String.join(", ", nations));
        }
        StatutoryTables tables = StatutoryTables.load();
        TaxYear first = TaxYear.containing(s.start());
        TaxYear last = TaxYear.containing(end);
        if (first.compareTo(tables.earliest()) < 0) {
            error("start", "statutory figures begin in tax year " + tables.earliest().label(),
                    "a start month from " + tables.earliest().firstMonth() + " on");
        } else if (last.compareTo(tables.latest()) > 0) {
            warning("years", "statutory figures after " + tables.latest().label() + " are not published yet: wage "
                    + "floors and Statutory Sick Pay grow by wage_floor_growth (" + Values.format(s.wageFloorGrowth(), true)
                    + " a year), other figures stay at their " + tables.latest().label() + " values (assumptions)", "");
        }
        for (Map.Entry<String, Schedule> e : s.statutory().entrySet()) {
            String at = "statutory." + e.getKey();
            if (StatutoryParameter.fromKey(e.getKey()).isEmpty()) {
                List<String> keys = java.util.Arrays.stream(StatutoryParameter.values()).map(StatutoryParameter::key).toList();
                String hint = Suggest.hint(e.getKey(), keys);
                // placed at the mistyped name, as an unknown key is, rather than at its value
                problems.add(new Problem(keySource("statutory", e.getKey()), at, "no statutory figure '" + e.getKey() + "'",
                        hint.isEmpty() ? "one of: " + String.join(", ", keys) : hint));
            } else {
                schedule(at, e.getValue());
            }
        }
    }

    private void checkCareWorkers() {
        ScenarioFile.CareWorkers w = s.careWorkers();
        schedule("care_workers.wage_per_hour", w.wagePerHour());
        if (w.contract() == ContractType.ZERO_HOURS && w.guaranteedHoursPerWeek() > 0) {
            error("care_workers.guaranteed_hours_per_week", "guaranteed hours are given for zero-hours contracts",
                    "contract: guaranteed-hours, or no guaranteed hours");
        }
        if (w.contract() == ContractType.SELF_EMPLOYED && w.guaranteedHoursPerWeek() > 0) {
            error("care_workers.guaranteed_hours_per_week", "guaranteed hours are given for self-employed carers",
                    "contract: guaranteed-hours, or no guaranteed hours");
        }
        if (w.contract() != ContractType.SELF_EMPLOYED && (w.platformFee() > 0 || w.platformDeduction() > 0)) {
            error(w.platformFee() > 0 ? "care_workers.platform_fee" : "care_workers.platform_deduction",
                    "a platform's fee and deduction apply to self-employed carers only",
                    "contract: self-employed, or 0%");
        }
        if (w.contract() == ContractType.GUARANTEED_HOURS && w.guaranteedHoursPerWeek() <= 0) {
            error("care_workers.guaranteed_hours_per_week", "guaranteed-hours contracts need the hours guaranteed",
                    "hours a week, for example 16");
        }
        if (w.guaranteedHoursPerWeek() > w.hoursPerWeek()) {
            error("care_workers.guaranteed_hours_per_week", "more hours are guaranteed ("
                    + Values.format(w.guaranteedHoursPerWeek(), false) + ") than a care worker works ("
                    + Values.format(w.hoursPerWeek(), false) + ")", "at most care_workers.hours_per_week");
        }
        if (w.utilisation() == 0) {
            error("care_workers.utilisation", "no rostered time is spent caring", "a share above 0%, typically 75% to 90%");
        }
        if (w.wageAboveFloor() > 0 && !w.wagePerHour().isWord()) {
            warning("care_workers.wage_above_floor", "is ignored: wage_per_hour is a number, not a wage floor", "");
        }
    }

    /** Member classes: votes add up to 100%, investors stay under their cap, only co-operatives have classes. */
    private void checkMemberClasses() {
        ScenarioFile.Provider p = s.provider();
        if (p == null || p.memberClasses().isEmpty()) {
            return;
        }
        unique("provider.member_classes", p.memberClasses(), ScenarioFile.MemberClass::name, "each class once");
        double votes = p.memberClasses().stream().mapToDouble(ScenarioFile.MemberClass::votes).sum();
        if (Math.abs(votes - 1) > 1e-6) {
            error("provider.member_classes", "the classes' votes add up to " + Values.format(votes, true),
                    "votes that add up to 100%");
        }
        double investors = p.memberClasses().stream().filter(ScenarioFile.MemberClass::investor)
                .mapToDouble(ScenarioFile.MemberClass::votes).sum();
        if (investors > p.investorVoteCap() + 1e-9) {
            error("provider.investor_vote_cap", "investor members hold " + Values.format(investors, true)
                    + " of the votes, above the cap of " + Values.format(p.investorVoteCap(), true),
                    "investor classes' votes at or below the cap");
        }
        if (p.model() != ProviderModel.MULTI_STAKEHOLDER_COOP && p.model() != ProviderModel.WORKER_COOP
                && p.model() != ProviderModel.COMMUNITY_BENEFIT_SOCIETY) {
            warning("provider.member_classes", "a " + p.model().key() + " provider has shareholders, not member "
                    + "classes; their shares are still counted as capital paid in", "");
        }
        p.memberClasses().forEach(c -> inPlan("provider.member_classes[" + c.name() + "].month", c.month()));
    }

    private void checkFunding() {
        ScenarioFile.Funding f = s.funding();
        if (f == null) {
            return;
        }
        unique("funding.grants", f.grants(), ScenarioFile.Grant::funder, "each funder once; name two grants apart");
        f.grants().forEach(g -> inPlan("funding.grants[" + g.funder() + "].month", g.month()));
        unique("funding.loans", f.loans(), ScenarioFile.Loan::lender, "each lender once; name two loans apart");
        for (ScenarioFile.Loan loan : f.loans()) {
            String at = "funding.loans[" + loan.lender() + "]";
            inPlan(at + ".month", loan.month());
            if (loan.graceMonths() >= loan.termMonths()) {
                error(at + ".grace_months", "the grace period is as long as the whole term",
                        "fewer grace months than term_months (" + loan.termMonths() + ")");
            }
        }
        if (f.communityShares() != null) {
            inPlan("funding.community_shares.month", f.communityShares().month());
            if (f.communityShares().withdrawalsPerYear() > f.communityShares().withdrawalCap()) {
                warning("funding.community_shares.withdrawals_per_year", "is above the withdrawal cap; the cap applies", "");
            }
            if (f.communityShares().raise() > 0 && s.provider() != null && (s.provider().model() == ProviderModel.FOR_PROFIT
                    || s.provider().model() == ProviderModel.PRIVATE_EQUITY)) {
                warning("funding.community_shares", "community shares are issued by co-operative and community benefit "
                        + "societies, not companies", "");
            }
        }
        if (f.memberShares() != null && f.memberShares().downPayment() > f.memberShares().sharePrice()) {
            error("funding.member_shares.down_payment", "is more than the share price",
                    "at most " + Values.format(f.memberShares().sharePrice(), false));
        }
    }

    private void checkSurplus() {
        ScenarioFile.SurplusPolicy p = s.surplus();
        ProviderModel model = s.provider() == null ? ProviderModel.WORKER_COOP : s.provider().model();
        if (p == null) {
            return;
        }
        if (p.workerDividend() + p.ownerDividend() > 1 + 1e-9) {
            error("surplus", "worker and owner dividends add up to more than 100%", "shares that add up to 100% or less");
        }
        boolean coop = model == ProviderModel.WORKER_COOP || model == ProviderModel.MULTI_STAKEHOLDER_COOP;
        boolean company = model == ProviderModel.FOR_PROFIT || model == ProviderModel.PRIVATE_EQUITY;
        if (p.workerDividend() > 0 && !coop) {
            warning("surplus.worker_dividend", "is not paid: a " + model.key() + " provider pays no dividend to worker members", "");
        }
        if (p.ownerDividend() > 0 && !company) {
            warning("surplus.owner_dividend", "is not paid: a " + model.key() + " provider has no owners to pay", "");
        }
    }

    private void checkUncertainty() {
        for (Map.Entry<String, String> e : s.uncertainty().entrySet()) {
            String at = "uncertainty." + e.getKey();
            try {
                ParamPath path = ParamPath.parse(e.getKey());
                Tree.set(tree, path, new Node.Scalar("0", Node.Scalar.Type.INTEGER, Source.commandLine("uncertainty")),
                        Source.commandLine("uncertainty"));
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(keySource("uncertainty", e.getKey()), at, ex.getMessage(), "a parameter path"));
                continue;
            } catch (ScenarioException ex) {
                for (Problem p : ex.problems()) {
                    problems.add(new Problem(keySource("uncertainty", e.getKey()), at, p.message(), p.expected()));
                }
                continue;
            }
            try {
                Distributions.check(e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(valueSource("uncertainty", e.getKey()), at, ex.getMessage(),
                        "for example triangular(22.50, 24.10, 26.00) or uniform(10%, 35%)"));
            }
        }
    }

    /** Where a block's value was written: the distribution itself, not the top of its block. */
    private Source valueSource(String block, String key) {
        return tree.get(block).filter(Node.MapNode.class::isInstance)
                .map(b -> ((Node.MapNode) b).entries().get(key)).map(entry -> entry.value().source())
                .orElse(tree.source());
    }

    /** Each correlation names two different uncertain inputs and a coefficient from -1 to 1. */
    private void checkCorrelations() {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : s.correlations().entrySet()) {
            String at = "correlations." + e.getKey();
            Source where = keySource("correlations", e.getKey());
            String[] paths = e.getKey().split("~");
            if (paths.length != 2 || paths[0].isBlank() || paths[1].isBlank()) {
                problems.add(new Problem(where, at, "a correlation is written 'PATH ~ PATH: r'",
                        "for example care_workers.turnover ~ clients[council].leave_rate: 0.4"));
                continue;
            }
            String a = paths[0].trim();
            String b = paths[1].trim();
            for (String path : List.of(a, b)) {
                if (!s.uncertainty().containsKey(path)) {
                    String hint = Suggest.hint(path, s.uncertainty().keySet());
                    problems.add(new Problem(where, at, "'" + path + "' is not in the uncertainty section",
                            hint.isEmpty() ? "an input given a distribution under uncertainty:" : hint));
                }
            }
            if (a.equals(b)) {
                problems.add(new Problem(where, at, "an input is always fully correlated with itself", "two different inputs"));
            }
            if (!pairs.add(a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a)) {
                problems.add(new Problem(where, at, "this pair is given twice", "each pair once"));
            }
            try {
                double r = Double.parseDouble(e.getValue().trim());
                if (!(r >= -1 && r <= 1)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException ex) {
                problems.add(new Problem(where, at, "'" + e.getValue()
                        + "' is not a correlation", "a number from -1 to 1, such as 0.6"));
            }
        }
    }

    private Source keySource(String block, String key) {
        return tree.get(block).filter(Node.MapNode.class::isInstance)
                .map(b -> ((Node.MapNode) b).entries().get(key)).map(Node.Entry::keySource)
                .orElse(tree.source());
    }

    private void schedule(String at, Schedule schedule) {
        if (schedule != null && schedule.firstMonth() != null && schedule.firstMonth().isAfter(s.start())) {
            error(at, "the first dated value is for " + schedule.firstMonth() + ", after the plan starts",
                    "a value for " + s.start() + " or earlier");
        }
    }

    private void inPlan(String at, YearMonth month) {
        if (month != null && (month.isBefore(s.start()) || month.isAfter(end))) {
            error(at, month + " is outside the plan", "a month from " + s.start() + " to " + end);
        }
    }

    private <T> void unique(String at, List<T> items, Function<T, String> name, String expected) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (T item : items) {
            String n = name.apply(item);
            if (!seen.add(n)) {
                repeated.add(n);
            }
        }
        for (String n : repeated) {
            error(at + "[" + n + "]", "'" + n + "' is used for two items", expected);
        }
    }

    private void error(String path, String message, String expected) {
        problems.add(new Problem(Tree.locate(tree, path), path, message, expected));
    }

    private void warning(String path, String message, String expected) {
        warnings.add(new Problem(Tree.locate(tree, path), path, message, expected));
    }
}
