package org.carecoop.analysis.commission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.carecoop.analysis.Goal;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.Per100;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.Simulation;
import org.carecoop.analysis.Solver;
import org.carecoop.analysis.uncertainty.SamplingMethod;
import org.carecoop.analysis.uncertainty.UncertainInputs;
import org.carecoop.model.Line;
import org.carecoop.model.ProviderModel;
import org.carecoop.model.Scenario;

/**
 * A council's options appraisal: for each way of buying the same hours of care (one provider, or a mix of
 * providers by share of the hours), the fee each provider needs to be viable, what the council spends, where each
 * 100 of that spend goes, and the risk that a provider runs out of cash. The options are then ranked by what they
 * cost the council.
 *
 * <p><b>Viable</b> means two things over the whole contract, at the wage the council requires: the provider's
 * surplus before tax is at least its target margin of its fee income ({@code provider.target_margin}), and its
 * cash never falls below zero at any month's end. The fee needed is the lowest fee, to the penny, that meets both
 * ({@link Solver} with {@link Goal.AllOf}); it is the fee in the first month, and rises each April by the plan's
 * {@code fee_uplift}.
 *
 * <p>A mix is costed provider by provider, each at its own share of the hours (so a provider with fixed costs
 * needs a higher fee on fewer hours), and its figures are the combination of its parts: spend adds up, the fee per
 * hour and the risk are weighted by hours, and the shares of each 100 are weighted by each provider's income.
 */
public final class Appraisal {
    private Appraisal() {}

    /** A provider's plan delivering its hours at the required wage, with the fee left open. */
    public interface Provider {
        /** The version of the scenario: "base" or a variant's name. */
        String label();

        /** Contact hours it delivers a year. */
        double hoursPerYear();

        /** Its surplus target, as a share of income. */
        double targetMargin();

        /** The fee written in the plan: where the search for the fee needed starts its range. */
        double writtenFee();

        /** The plan with every client group's fee at {@code fee}. */
        Scenario atFee(double fee);

        /** The uncertain inputs drawn for the risk of running out of cash; null or empty when there are none. */
        UncertainInputs uncertain();

        /** The plan at {@code fee} with the uncertain inputs at the values given (in their order). */
        DoubleFunction<Simulation.Model> drawsAtFee();

        /** Uncertain inputs of the scenario left out because the commissioning sets them. */
        List<String> notDrawn();
    }

    /** One provider's part of an option. */
    public record Part(Provider provider, double share) {}

    /** An option as the council names it. */
    public record Option(String name, List<Part> parts) {
        public Option {
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("an option needs a provider");
            }
            parts = List.copyOf(parts);
        }
    }

    /** How to run: the Monte Carlo runs of each provider's plan at its fee, and their seed. */
    public record Settings(long iterations, long seed, int threads) {
        public Settings {
            if (iterations < 2 || iterations > Simulation.MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be from 2 to " + Simulation.MAX_ITERATIONS);
            }
        }
    }

    /**
     * One provider at the fee it needs.
     *
     * @param provider   its plan
     * @param solution   the search for the fee; {@code solution.met()} is false when no fee in the range is viable
     * @param fee        the fee needed in the first month (NaN when none is viable)
     * @param run        the plan at that fee (at the nearest fee tried when none is viable)
     * @param per100     where each 100 of its income goes (undefined, NaN, when no fee is viable)
     * @param risk       the Monte Carlo of its plan at that fee, or null (no uncertain inputs, or not viable)
     */
    public record ProviderResult(Provider provider, Solver.Solution solution, double fee, RunResult run, Per100 per100,
                                 Simulation.Result risk) {
        public boolean viable() {
            return solution.met();
        }

        /** Fee income over the contract: what the council pays this provider. */
        public double spend() {
            return run.metrics().income();
        }

        /** Fee income and grants: what its shares of each 100 are of. */
        public double income() {
            return run.metrics().income() + run.projection().get(Line.GRANT_INCOME).sum();
        }

        public int years() {
            return run.scenario().months() / 12;
        }

        /** The share of its Monte Carlo runs whose cash fell below zero; NaN without a Monte Carlo. */
        public double riskOfRunningOut() {
            return risk == null ? Double.NaN : risk.cashBelowZero();
        }
    }

    /** A provider's part of an option, with its share of the hours. */
    public record PartResult(ProviderResult result, double share) {}

    /**
     * An option's figures, its providers' combined.
     *
     * @param rank               1 for the option that costs the council least; 0 for an option with no viable fee
     *                           (these come last, in the order written)
     * @param feePerHour         the fee needed in the first month, weighted by hours between the providers
     * @param annualSpend        the council's spend a year: fee income over the contract over its years
     * @param contractSpend      the council's spend over the whole contract
     * @param moreThanCheapest   the annual spend above the cheapest viable option's (0 for the cheapest)
     * @param per100             where each 100 of the providers' income goes, weighted by their income
     * @param toCareWorkers      of each 100: care workers' pay, travel time and mileage, employer NI and pension, and
     *                           dividends to worker members
     * @param profitInterestAndFees of each 100: not spent on care, as the Centre for Health and the Public Interest
     *                           measures money leaking from care: the surplus before tax, all interest paid and
     *                           management fees (see {@link #profitInterestAndFees(Per100)})
     * @param incomePerYear      the providers' income a year (fees and grants): what the shares of each 100 are of
     * @param profitInterestAndFeesPerYear that money a year
     * @param riskOfRunningOut   the chance that the provider runs out of cash over the contract (for a mix, the
     *                           hours-weighted chance: the expected share of the hours whose provider runs out)
     * @param hoursDeliveredPerYear the contact hours the plans deliver a year (below the hours bought when a provider
     *                           cannot recruit enough care workers)
     */
    public record OptionResult(int rank, String name, List<PartResult> parts, boolean viable, double feePerHour,
                               double annualSpend, double contractSpend, double moreThanCheapest, Per100 per100,
                               double toCareWorkers, double profitInterestAndFees, double incomePerYear,
                               double profitInterestAndFeesPerYear,
                               double riskOfRunningOut, double hoursDeliveredPerYear) {
        public OptionResult {
            parts = List.copyOf(parts);
        }

        /** More than one provider, or one provider at part of the hours. */
        public boolean mix() {
            return parts.size() > 1 || parts.get(0).share() < 1;
        }
    }

    /**
     * @param hoursPerYear the hours bought a year
     * @param years        the contract's length
     * @param goal         the viability goal of each provider, in words
     * @param ranked       the options, cheapest first
     * @param notDrawn     uncertain inputs left out of every Monte Carlo because the commissioning sets them
     */
    public record Result(double hoursPerYear, int years, Settings settings, List<OptionResult> ranked,
                         List<String> notDrawn) {
        public Result {
            ranked = List.copyOf(ranked);
            notDrawn = List.copyOf(notDrawn);
        }

        /** The cheapest viable option, or null when none is viable. */
        public OptionResult cheapest() {
            return ranked.isEmpty() || !ranked.get(0).viable() ? null : ranked.get(0);
        }
    }

    /** The viability goal at a target margin: that margin of fee income over the contract, and cash never below zero. */
    public static Goal viability(double targetMargin) {
        return new Goal.AllOf(List.of(new Goal.SurplusMargin(targetMargin), new Goal.CashAtLeast(0)));
    }

    /** Appraises the options, each provider's plan solved and simulated once however many options share it. */
    public static Result run(List<Option> options, double hoursPerYear, Settings settings) {
        Map<Provider, ProviderResult> done = new IdentityHashMap<>();
        List<OptionResult> unranked = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();
        int years = 0;
        for (Option option : options) {
            List<PartResult> parts = new ArrayList<>();
            for (Part part : option.parts()) {
                ProviderResult r = done.computeIfAbsent(part.provider(), p -> provider(p, settings));
                parts.add(new PartResult(r, part.share()));
                years = r.years();
                part.provider().notDrawn().stream().filter(p -> !notDrawn.contains(p)).forEach(notDrawn::add);
            }
            unranked.add(combine(option.name(), parts));
        }
        List<OptionResult> sorted = new ArrayList<>(unranked);
        sorted.sort(Comparator.comparing((OptionResult o) -> !o.viable())
                .thenComparingDouble(o -> o.viable() ? o.annualSpend() : 0)
                .thenComparingDouble(o -> Double.isNaN(o.riskOfRunningOut()) ? 2 : o.riskOfRunningOut()));
        double cheapest = sorted.get(0).viable() ? sorted.get(0).annualSpend() : Double.NaN;
        List<OptionResult> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            OptionResult o = sorted.get(i);
            ranked.add(new OptionResult(o.viable() ? i + 1 : 0, o.name(), o.parts(), o.viable(), o.feePerHour(), o.annualSpend(),
                    o.contractSpend(), o.viable() ? o.annualSpend() - cheapest : Double.NaN, o.per100(), o.toCareWorkers(),
                    o.profitInterestAndFees(), o.incomePerYear(), o.profitInterestAndFeesPerYear(), o.riskOfRunningOut(),
                    o.hoursDeliveredPerYear()));
        }
        return new Result(hoursPerYear, years, settings, ranked, notDrawn);
    }

    /** One provider: the fee it needs, its plan at that fee, and the Monte Carlo of that plan. */
    static ProviderResult provider(Provider p, Settings settings) {
        Goal goal = viability(p.targetMargin());
        double high = Math.max(100, 5 * p.writtenFee());
        Solver.Solution s = Solver.solve(fee -> RunResult.of(p.atFee(fee), p.label()), goal, 0, high, 0.01);
        if (s.met() && s.alreadyMet()) {
            // viable even without fees (grants cover everything): the council need pay nothing
            s = new Solver.Solution(true, 0, 0, true, RunResult.of(p.atFee(0), p.label()), s.evaluations(), 0, 0,
                    s.rangeLow(), s.rangeHigh(), true);
        }
        RunResult run = s.met() ? s.run() : RunResult.of(p.atFee(s.nearest()), p.label());
        Simulation.Result risk = null;
        UncertainInputs inputs = p.uncertain();
        if (s.met() && inputs != null && inputs.size() > 0) {
            risk = Simulation.run(inputs, Metric.LOWEST_CASH, Simulation.Outcome.of(run.projection(), run.metrics()),
                    p.drawsAtFee().apply(s.value()),
                    new Simulation.Settings(settings.iterations(), settings.seed(), SamplingMethod.LHS, settings.threads()),
                    null);
        }
        // at no viable fee there is no spend to share out: the shares are undefined, as the fee is
        return new ProviderResult(p, s, s.met() ? s.value() : Double.NaN, run,
                s.met() ? Per100.of(run.projection()) : UNDEFINED, risk);
    }

    /** An option's figures from its providers': spend adds up; fee and risk by hours; shares of 100 by income. */
    static OptionResult combine(String name, List<PartResult> parts) {
        boolean viable = parts.stream().allMatch(p -> p.result().viable());
        double fee = 0;
        double spend = 0;
        double income = 0;
        double risk = 0;
        double hours = 0;
        int years = parts.get(0).result().years();
        for (PartResult p : parts) {
            fee += p.share() * p.result().fee();
            spend += p.result().spend();
            income += p.result().income();
            risk += p.share() * p.result().riskOfRunningOut();
            hours += p.result().run().metrics().contactHours();
        }
        double[] weights = new double[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            weights[i] = income > 0 ? parts.get(i).result().income() / income : Double.NaN;
        }
        // with no viable fee there is nothing to spend or share out: every figure is undefined (reports show n/a)
        double n = viable ? 1 : Double.NaN;
        Per100 per100 = viable ? weighted(parts.stream().map(p -> p.result().per100()).toList(), weights) : UNDEFINED;
        double toWorkers = per100.frontlinePay() + per100.travelAndMileage() + per100.onCosts() + per100.returnedToWorkers();
        double notOnCare = profitInterestAndFees(per100);
        return new OptionResult(0, name, parts, viable, fee * n, spend / years * n, spend * n, Double.NaN, per100,
                toWorkers, notOnCare, income / years * n, notOnCare / 100 * income / years * n, risk * n, hours / years);
    }

    /** Shares of 100 with nothing to share: a plan at no viable fee. */
    static final Per100 UNDEFINED = new Per100(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * Of each 100 of income, what is not spent on care, as the Centre for Health and the Public Interest measured money
     * leaking from care ("Plugging the leaks in the UK care home industry", November 2019: profit before tax, rent,
     * directors' pay and net interest paid out): the surplus before tax (less dividends to worker members, which
     * reach care workers), all interest paid (to lenders, share investors and owners) and management fees to a parent
     * company. The plan has no rent to related companies or directors' pay of its own, so those are not counted; a
     * loss counts against it. It is the same sum for every kind of provider: interest, tax, what is paid to owners and
     * what is retained.
     */
    static double profitInterestAndFees(Per100 p) {
        return p.interest() + p.tax() + p.paidToOwners() + p.retained();
    }

    /** The shares of each 100 weighted between providers (the weights add up to 1). */
    static Per100 weighted(List<Per100> shares, double[] w) {
        double[] sum = new double[10];
        for (int i = 0; i < shares.size(); i++) {
            Per100 s = shares.get(i);
            double[] v = {s.frontlinePay(), s.travelAndMileage(), s.onCosts(), s.managementAndOffice(), s.overheads(),
                s.interest(), s.tax(), s.paidToOwners(), s.returnedToWorkers(), s.retained()};
            for (int k = 0; k < v.length; k++) {
                sum[k] += w[i] * v[k];
            }
        }
        return new Per100(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9]);
    }
}
