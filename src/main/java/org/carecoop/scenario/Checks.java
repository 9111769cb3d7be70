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

    /** How many tax years past the latest published tables a plan may start. */
    private static final int MAX_YEARS_AHEAD = 10;

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
        CommissioningPlans.check(s, tree, problems);
    }

    private void checkStatutory() {
        Nation nation = Nation.fromKey(s.nation()).orElse(null);
        if (nation == null) {
            List<String> nations = java.util.Arrays.stream(Nation.values()).map(Nation::key).toList();
            String hint = Suggest.hint(s.nation(), nations);
            error("nation", "no statutory figures for '" + s.nation() + "'",
                    (hint.isEmpty() ? "" : hint + " ") + "one of: " + String.join(", ", nations));
        } else {
            checkStatutoryYears(nation);
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

    /**
     * The plan's months against the years the jurisdiction's figures cover, and its currency against
     * theirs: the statutory money figures are in the country's currency, so a plan in another would
     * mix the two.
     */
    private void checkStatutoryYears(Nation nation) {
        String currency = nation.country().currency();
        if (s.currency().matches("[A-Z]{3}") && !s.currency().equals(currency)) {
            error("currency", "the statutory figures for " + nation.key() + " are in " + currency + ", not "
                    + s.currency(), "currency: " + currency);
        }
        StatutoryTables tables = StatutoryTables.load();
        TaxYear first = nation.country().taxYear(s.start());
        TaxYear last = nation.country().taxYear(end);
        TaxYear earliest = tables.earliest(nation);
        TaxYear latest = tables.latest(nation);
        if (first.compareTo(earliest) < 0) {
            error("start", "statutory figures for " + nation.key() + " begin in tax year " + earliest.label(),
                    "a start month from " + earliest.firstMonth() + " on");
        } else if (first.startYear() - latest.startYear() > MAX_YEARS_AHEAD) {
            // wage floors would rest on decades of assumed growth: a figure no one could defend
            TaxYear lastStart = new TaxYear(latest.startYear() + MAX_YEARS_AHEAD, latest.startMonth());
            error("start", "statutory figures are published up to " + latest.label() + ", and a plan starting in "
                    + s.start() + " would rest on " + (first.startYear() - latest.startYear())
                    + " years of assumed growth", "a start month up to " + lastStart.lastMonth());
        } else if (last.compareTo(latest) > 0) {
            warning("years", "statutory figures after " + latest.label() + " are not published yet: wage "
                    + "floors and statutory sick pay grow by wage_floor_growth (" + Values.format(s.wageFloorGrowth(), true)
                    + " a year), other figures stay at their " + latest.label() + " values (assumptions)", "");
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
            Distributions.Spec d;
            try {
                d = Distributions.check(e.getValue());
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(valueSource("uncertainty", e.getKey()), at, ex.getMessage(),
                        "for example triangular(22.50, 24.10, 26.00) or uniform(10%, 35%)"));
                continue;
            }
            drawable(e.getKey(), d);
        }
    }

    /**
     * An uncertain input must be a figure the model can take many values of, and its distribution must stay
     * within what that figure may be: a Monte Carlo draw is not checked again, so a turnover of 150% or a
     * negative fee would otherwise reach the model unseen.
     */
    private void drawable(String pathText, Distributions.Spec d) {
        String at = "uncertainty." + pathText;
        Source where = valueSource("uncertainty", pathText);
        ParamPath path = ParamPath.parse(pathText);
        double min;
        double max;
        boolean percent;
        if (path.segments().get(0).key().equals("statutory")) {
            StatutoryParameter parameter = StatutoryParameter.fromKey(path.segments().get(1).key()).orElse(null);
            if (parameter == null) {
                return;
            }
            percent = parameter.unit().equals("fraction");
            min = 0;
            max = percent ? 1 : Double.POSITIVE_INFINITY;
        } else {
            FieldSpec field = Parameterised.fieldAt(path);
            if (pathText.equals("years")) {
                problems.add(new Problem(where, at, "the length of the plan cannot be drawn at random",
                        "a figure within the plan; compare plan lengths with variants"));
                return;
            }
            if (field.kind() != FieldSpec.Kind.NUMBER && field.kind() != FieldSpec.Kind.WHOLE_NUMBER
                    && field.kind() != FieldSpec.Kind.SCHEDULE) {
                problems.add(new Problem(where, at, "is not a number, so it cannot be drawn at random",
                        "a numeric parameter such as clients[council].fee_per_hour"));
                return;
            }
            min = field.min();
            max = field.max();
            percent = field.percent();
        }
        double[] support = support(d);
        if (support[0] < min || support[1] > max) {
            String range = Double.isFinite(max) ? "from " + Values.format(min, percent) + " to " + Values.format(max, percent)
                    : Values.format(min, percent) + " or more";
            boolean low = Double.isFinite(support[0]);
            boolean high = Double.isFinite(support[1]);
            String drawn = low && high ? "from " + Values.format(support[0], percent) + " to " + Values.format(support[1], percent)
                    : low ? "from " + Values.format(support[0], percent) + " with no upper end"
                    : high ? "with no lower end, up to " + Values.format(support[1], percent) : "of any size, negative too";
            problems.add(new Problem(where, at, d.name() + " draws values " + drawn + ", but " + pathText
                    + " can only be " + range, "a range within that"
                    + (d.name().endsWith("normal") ? ", or cuts as in normal(mean, sd, low, high)" : "")));
        }
    }

    /** The lowest and highest values a distribution can draw. */
    private static double[] support(Distributions.Spec d) {
        List<Double> a = d.args();
        return switch (d.name()) {
            case "uniform" -> new double[] {a.get(0), a.get(1)};
            case "triangular", "pert" -> new double[] {a.get(0), a.get(2)};
            case "discrete" -> new double[] {a.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    a.stream().mapToDouble(Double::doubleValue).max().orElse(0)};
            case "lognormal" -> a.size() == 4 ? new double[] {Math.max(0, a.get(2)), a.get(3)}
                    : new double[] {0, Double.POSITIVE_INFINITY};
            default -> a.size() == 4 ? new double[] {a.get(2), a.get(3)}
                    : new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        };
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
