package org.carecoop.scenario;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carecoop.model.CalendarBasis;
import org.carecoop.model.ProviderModel;
import org.carecoop.model.RepaymentType;
import org.carecoop.model.Scenario;
import org.carecoop.model.Series;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.StatutoryPack;
import org.carecoop.statutory.StatutoryParameter;
import org.carecoop.statutory.StatutoryTables;
import org.carecoop.statutory.TaxYear;

/**
 * Turns a scenario as written into the model's terms: months as indexes from 0, figures as monthly
 * series with April uplifts applied, wage floors looked up in the statutory pack of each month, and
 * the defaults that depend on the provider filled in.
 */
public final class Resolver {
    /** Days in an average month, for payment terms. */
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final ScenarioFile f;
    private final Node.MapNode tree;
    private final int months;
    private final List<StatutoryPack> packs;

    private Resolver(LoadedScenario loaded) {
        this(loaded.scenario(), loaded.tree(), null);
    }

    /** With {@code packs} given, the statutory figures are taken as already resolved for this plan. */
    private Resolver(ScenarioFile f, Node.MapNode tree, List<StatutoryPack> packs) {
        this.f = f;
        this.tree = tree;
        this.months = f.years() * 12;
        this.packs = packs != null ? packs : statutoryPacks();
    }

    /**
     * Resolves records that were changed in place of the tree (for many draws of a few inputs); the
     * tree is used only to place error messages, and {@code packs}, when not null, are reused.
     */
    static Scenario resolve(ScenarioFile f, Node.MapNode tree, List<StatutoryPack> packs) {
        return new Resolver(f, tree, packs).build();
    }

    public static Scenario resolve(LoadedScenario loaded) {
        return new Resolver(loaded).build();
    }

    /** The statutory pack in force in each month of the plan, as the model will use it. */
    public static List<StatutoryPack> statutory(LoadedScenario loaded) {
        return new Resolver(loaded).packs;
    }

    private Scenario build() {
        ScenarioFile.Provider p = f.provider() != null ? f.provider() : defaults(ScenarioFile.Provider.class);
        ProviderModel model = p.model();
        Scenario.Provider provider = new Scenario.Provider(model, p.targetMargin(), p.managementFee(), p.centralRecharge(),
                p.shareholderLoan(), p.shareholderLoanInterest(),
                p.employmentAllowance() != null ? p.employmentAllowance() : model != ProviderModel.COUNCIL_IN_HOUSE,
                p.memberClasses().stream().filter(ScenarioFile.MemberClass::investor)
                        .mapToDouble(ScenarioFile.MemberClass::votes).sum());

        ScenarioFile.CareWorkers w = f.careWorkers();
        Series wage = series(w.wagePerHour(), w.wageUplift(), w.wageAboveFloor(), "care_workers.wage_per_hour");
        List<Scenario.ClientGroup> clients = new ArrayList<>();
        for (ScenarioFile.ClientStream c : f.clients()) {
            String name = c.name() != null ? c.name() : c.stream().key();
            // a platform bills the self-employed carer's own rate plus its fee
            Series fee = c.feePerHour().isWord() ? Scenario.series(months, m -> wage.at(m) * (1 + w.platformFee()))
                    : series(c.feePerHour(), c.feeUplift(), 0, "clients[" + name + "].fee_per_hour");
            clients.add(new Scenario.ClientGroup(name, c.stream(), c.clientsAtStart(), index(c.start()), c.target(),
                    c.rampMonths(), c.leaveRate(), c.hoursPerWeek(), c.visitMinutes(), fee,
                    (int) Math.ceil(c.paidAfterDays() / DAYS_PER_MONTH - 1e-9), c.badDebt()));
        }

        Series mileage = w.mileageRate() != null ? Series.constant(months, w.mileageRate())
                : statutory(StatutoryParameter.MILEAGE_RATE);
        Series pension = w.pensionRate() != null ? Series.constant(months, w.pensionRate())
                : statutory(StatutoryParameter.PENSION_EMPLOYER_RATE);
        Scenario.CareWorkers careWorkers = new Scenario.CareWorkers(wage,
                w.contract(), w.guaranteedHoursPerWeek(), w.hoursPerWeek(), w.utilisation(), w.travelMinutesPerVisit(),
                // governance time is paid time away from visits, like team meetings
                w.waitingPaid(), w.travelPaid(), w.milesPerVisit(), mileage, w.trainingHoursPerYear(),
                w.meetingHoursPerMonth() + p.governanceHoursPerMonth(),
                w.inductionHours(), w.sicknessRate(), w.sickPay(), w.sickSpellDays(), pension, w.turnover(),
                w.recruitmentCost(), w.workersAtStart(),
                w.maxHiresPerMonth() != null ? w.maxHiresPerMonth() : Double.POSITIVE_INFINITY, w.platformDeduction());

        List<Scenario.OfficeRole> office = new ArrayList<>();
        for (ScenarioFile.OfficeRole r : f.officeStaff()) {
            office.add(new Scenario.OfficeRole(r.role(), series(r.salary(), r.salaryUplift(), 0,
                    "office_staff[" + r.role() + "].salary"), r.count() != null ? r.count() : 0,
                    r.perCareWorkers() != null ? r.perCareWorkers() : 0, index(r.start())));
        }

        List<Scenario.Overhead> overheads = new ArrayList<>();
        for (ScenarioFile.Overhead o : f.overheads()) {
            Scenario.Overhead.Basis basis;
            double amount;
            if (o.perMonth() != null) {
                basis = Scenario.Overhead.Basis.PER_MONTH;
                amount = o.perMonth();
            } else if (o.perYear() != null) {
                basis = Scenario.Overhead.Basis.PER_MONTH;
                amount = o.perYear() / 12;
            } else if (o.perClientPerMonth() != null) {
                basis = Scenario.Overhead.Basis.PER_CLIENT;
                amount = o.perClientPerMonth();
            } else if (o.perCareWorkerPerMonth() != null) {
                basis = Scenario.Overhead.Basis.PER_CARE_WORKER;
                amount = o.perCareWorkerPerMonth();
            } else if (o.perContactHour() != null) {
                basis = Scenario.Overhead.Basis.PER_CONTACT_HOUR;
                amount = o.perContactHour();
            } else {
                basis = Scenario.Overhead.Basis.SHARE_OF_INCOME;
                amount = o.shareOfIncome();
            }
            // a share of income does not rise with inflation: the income it is a share of does
            double uplift = basis == Scenario.Overhead.Basis.SHARE_OF_INCOME ? 0 : o.uplift();
            overheads.add(new Scenario.Overhead(o.item(), basis, uplifted(amount, uplift), index(o.start())));
        }
        overheads.addAll(unemploymentInsurance());

        List<Scenario.OneOff> startUp = f.startUpCosts().stream()
                .map(c -> new Scenario.OneOff(c.item(), c.amount(), index(c.month()))).toList();

        ScenarioFile.Funding fund = f.funding() != null ? f.funding() : defaults(ScenarioFile.Funding.class);
        List<Scenario.OneOff> grants = fund.grants().stream()
                .map(g -> new Scenario.OneOff(g.funder(), g.amount(), index(g.month()))).toList();
        Scenario.CommunityShares shares = Scenario.CommunityShares.none();
        if (fund.communityShares() != null) {
            ScenarioFile.CommunityShares cs = fund.communityShares();
            shares = new Scenario.CommunityShares(cs.raise(), index(cs.month()), cs.interest(),
                    (cs.withdrawalsFromYear() - 1) * 12, Math.min(cs.withdrawalsPerYear(), cs.withdrawalCap()));
        }
        Scenario.MemberShares members = Scenario.MemberShares.none();
        if (fund.memberShares() != null) {
            ScenarioFile.MemberShares ms = fund.memberShares();
            members = new Scenario.MemberShares(ms.sharePrice(), ms.downPayment(), ms.instalmentMonths(), ms.takeUp());
        }
        List<Scenario.Loan> loans = new ArrayList<>();
        for (ScenarioFile.Loan l : fund.loans()) {
            loans.add(new Scenario.Loan(l.lender(), l.amount(), index(l.month()), l.interest(), l.termMonths(),
                    l.graceMonths(), l.repayment(), false));
        }
        if (p.shareholderLoan() > 0) {
            // owners' loans are usually repaid only on a sale or refinancing: interest only, beyond the plan
            loans.add(new Scenario.Loan("shareholders", p.shareholderLoan(), 0, p.shareholderLoanInterest(),
                    months + 1, 0, RepaymentType.INTEREST_ONLY, true));
        }
        List<Scenario.OneOff> classShares = p.memberClasses().stream()
                .map(c -> new Scenario.OneOff(c.name(), c.members() * c.sharePrice(), index(c.month()))).toList();
        Scenario.Funding funding = new Scenario.Funding(fund.openingCash(), grants, shares, members, loans, classShares);

        ScenarioFile.SurplusPolicy sp = f.surplus() != null ? f.surplus() : defaults(ScenarioFile.SurplusPolicy.class);
        Scenario.SurplusPolicy surplus = new Scenario.SurplusPolicy(sp.reservesMonths(), sp.workerDividend(), sp.ownerDividend());

        return new Scenario(f.scenario(), f.currency(), f.start(), months, weeks(), packs, provider, clients,
                careWorkers, office, overheads, startUp, funding, surplus);
    }

    private Series weeks() {
        double[] w = new double[months];
        for (int m = 0; m < months; m++) {
            w[m] = f.calendar() == CalendarBasis.ACTUAL ? f.start().plusMonths(m).lengthOfMonth() / 7.0 : 52.0 / 12;
        }
        return Series.of(w);
    }

    /**
     * The statutory pack of each month, with the scenario's own figures laid over it. The pack is the
     * one of the tax year holding the month in the jurisdiction's country: a UK year from April, a US
     * (calendar) year from January.
     */
    private List<StatutoryPack> statutoryPacks() {
        Nation nation = Nation.fromKey(f.nation()).orElseThrow();
        StatutoryTables tables = StatutoryTables.load();
        TaxYear latest = tables.latest(nation);
        List<StatutoryPack> result = new ArrayList<>(months);
        for (int m = 0; m < months; m++) {
            YearMonth month = f.start().plusMonths(m);
            StatutoryPack pack = tables.pack(nation, month);
            if (pack.carriedForward()) {
                pack = grown(pack, pack.taxYear().startYear() - latest.startYear(), latest);
            }
            for (Map.Entry<String, Schedule> own : f.statutory().entrySet()) {
                StatutoryParameter parameter = StatutoryParameter.fromKey(own.getKey()).orElseThrow();
                double value = own.getValue().valueAt(month);
                if (value < 0 || (parameter.unit().equals("fraction") && value > 1)) {
                    throw ScenarioException.of(Tree.locate(tree, "statutory." + own.getKey()), "statutory." + own.getKey(),
                            Values.format(value, false) + " is out of range", parameter.unit().equals("fraction")
                                    ? "a percentage from 0% to 100%" : "zero or more");
                }
                pack = pack.withOverride(parameter, value, "the scenario's own figure");
            }
            result.add(pack);
        }
        return List.copyOf(result);
    }

    /** Figures that follow pay, grown by the scenario's assumption for each year past the latest published. */
    private static final List<StatutoryParameter> GROWING = List.of(StatutoryParameter.NATIONAL_LIVING_WAGE,
            StatutoryParameter.YOUTH_RATE_18_20, StatutoryParameter.REAL_LIVING_WAGE,
            StatutoryParameter.LONDON_LIVING_WAGE, StatutoryParameter.CARE_SECTOR_PAY_FLOOR,
            StatutoryParameter.SSP_WEEKLY_RATE);

    private StatutoryPack grown(StatutoryPack pack, int yearsAfter, TaxYear latest) {
        double factor = Math.pow(1 + f.wageFloorGrowth(), yearsAfter);
        String why = "assumption: the " + latest.label() + " figure grown by " + Values.format(f.wageFloorGrowth(), true)
                + " a year (wage_floor_growth)";
        for (StatutoryParameter parameter : GROWING) {
            StatutoryPack current = pack;
            pack = current.find(parameter).map(p -> current.withOverride(parameter, p.value() * factor, why)).orElse(current);
        }
        return pack;
    }

    /**
     * US unemployment insurance, federal (FUTA) and state: a rate on each employee's pay up to a wage
     * base each calendar year, so at most rate x base per person a year. The model's payroll has no
     * capped tax, so it is charged as a running cost per person employed: care workers, each office
     * role, one twelfth of the yearly most each month. That assumes everyone earns at least the wage
     * base in a year (a care worker on 30 hours at the New York minimum does by May); it leaves out the
     * extra wage bases of people who leave and are replaced within a year. Empty where the pack has no
     * such tax (the UK).
     */
    private List<Scenario.Overhead> unemploymentInsurance() {
        double[] perPerson = new double[months];
        boolean any = false;
        for (int m = 0; m < months; m++) {
            StatutoryPack pack = packs.get(m);
            perPerson[m] = (cappedTax(pack, StatutoryParameter.FEDERAL_UNEMPLOYMENT_TAX_RATE,
                    StatutoryParameter.FEDERAL_UNEMPLOYMENT_WAGE_BASE)
                    + cappedTax(pack, StatutoryParameter.STATE_UNEMPLOYMENT_TAX_RATE,
                    StatutoryParameter.STATE_UNEMPLOYMENT_WAGE_BASE)) / 12;
            any |= perPerson[m] > 0;
        }
        if (!any) {
            return List.of();
        }
        Series each = Series.of(perPerson);
        List<Scenario.Overhead> costs = new ArrayList<>();
        costs.add(new Scenario.Overhead(UNEMPLOYMENT_INSURANCE + " (care workers)",
                Scenario.Overhead.Basis.PER_CARE_WORKER, each, 0));
        for (ScenarioFile.OfficeRole r : f.officeStaff()) {
            String item = UNEMPLOYMENT_INSURANCE + " (" + r.role() + ")";
            if (r.perCareWorkers() != null) {
                double share = 1 / r.perCareWorkers();
                costs.add(new Scenario.Overhead(item, Scenario.Overhead.Basis.PER_CARE_WORKER,
                        Scenario.series(months, m -> perPerson[m] * share), index(r.start())));
            } else if (r.count() != null && r.count() > 0) {
                double count = r.count();
                costs.add(new Scenario.Overhead(item, Scenario.Overhead.Basis.PER_MONTH,
                        Scenario.series(months, m -> perPerson[m] * count), index(r.start())));
            }
        }
        return costs;
    }

    /** The name of the running costs that carry US unemployment insurance. */
    static final String UNEMPLOYMENT_INSURANCE = "unemployment insurance, federal and state (statutory pack)";

    /** Rate x wage base: the most a capped payroll tax takes per person in a year; 0 without the figures. */
    private static double cappedTax(StatutoryPack pack, StatutoryParameter rate, StatutoryParameter base) {
        return pack.find(rate).map(r -> r.value()).orElse(0.0) * pack.find(base).map(b -> b.value()).orElse(0.0);
    }

    private Series statutory(StatutoryParameter parameter) {
        double[] v = new double[months];
        for (int m = 0; m < months; m++) {
            v[m] = packs.get(m).value(parameter);
        }
        return Series.of(v);
    }

    /**
     * A schedule as a monthly series: a number rises by the uplift each April after the start;
     * dated values hold until the next; a wage floor follows the statutory pack, plus the premium.
     */
    private Series series(Schedule schedule, double uplift, double aboveFloor, String path) {
        if (schedule.isWord()) {
            StatutoryParameter parameter = switch (schedule.word()) {
                case "national-living-wage" -> StatutoryParameter.NATIONAL_LIVING_WAGE;
                case "real-living-wage" -> StatutoryParameter.REAL_LIVING_WAGE;
                case "london-living-wage" -> StatutoryParameter.LONDON_LIVING_WAGE;
                case "care-sector-pay-floor" -> StatutoryParameter.CARE_SECTOR_PAY_FLOOR;
                default -> throw new IllegalStateException("unknown wage floor " + schedule.word());
            };
            double[] v = new double[months];
            for (int m = 0; m < months; m++) {
                StatutoryPack pack = packs.get(m);
                if (pack.find(parameter).isEmpty()) {
                    throw ScenarioException.of(Tree.locate(tree, path), path, "there is no published "
                            + schedule.word() + " for " + pack.nation().key() + " in " + pack.taxYear().label(),
                            "a number, or another wage floor such as real-living-wage");
                }
                v[m] = pack.value(parameter) + aboveFloor;
            }
            return Series.of(v);
        }
        if (schedule.constant() != null) {
            return uplifted(schedule.constant(), uplift);
        }
        double[] v = new double[months];
        for (int m = 0; m < months; m++) {
            v[m] = schedule.valueAt(f.start().plusMonths(m));
        }
        return Series.of(v);
    }

    private Series uplifted(double base, double uplift) {
        double[] v = new double[months];
        double value = base;
        for (int m = 0; m < months; m++) {
            // each April after the start, by month arithmetic (no date object per month: draws resolve often)
            if (m > 0 && (f.start().getMonthValue() - 1 + m) % 12 == 3) {
                value *= 1 + uplift;
            }
            v[m] = value;
        }
        return Series.of(v);
    }

    private int index(YearMonth month) {
        return month == null ? 0 : (int) ChronoUnit.MONTHS.between(f.start(), month);
    }

    /** A block the scenario leaves out, with every default filled. */
    private static <R extends Record> R defaults(Class<R> type) {
        Binder binder = new Binder();
        R value = binder.bind(RecordSpec.of(type), new Node.MapNode(Map.of(), new Source("defaults", 1, 1)), "");
        if (value == null) {
            throw new IllegalStateException(type.getSimpleName() + " has required keys, so it has no defaults");
        }
        return value;
    }
}
