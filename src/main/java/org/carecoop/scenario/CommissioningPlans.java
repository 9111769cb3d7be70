package org.carecoop.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecoop.model.Line;
import org.carecoop.model.Projector;
import org.carecoop.model.Scenario;

/**
 * A scenario's {@code commissioning:} section resolved into the plans it compares. Each option's provider (or
 * each provider of a mix) is a version of the scenario (the base plan or a variant) turned into an established
 * service that delivers its share of the commissioned hours from the first month:
 *
 * <ul>
 *   <li>the hours are shared between the plan's client groups as their weekly hours are as written (target x
 *       hours_per_week); each group gets a whole number of clients from the first day (clients_at_start = target,
 *       no ramp), and its hours per client are then set so the group's hours over the contract are exactly its
 *       share (the model's weeks per month, {@code calendar}, decide the weeks in a year);</li>
 *   <li>the wage the council requires, when given, replaces each version's own (wage_per_hour, wage_above_floor,
 *       wage_uplift);</li>
 *   <li>the contract's years, when given, replace the plan's;</li>
 *   <li>a provider with part of the hours in a mix has that part of the money put into its plan (opening cash,
 *       grants, community shares, loans, owners' loans), with scale_funding;</li>
 *   <li>with staff_in_post, the care workers the first month needs are employed on the first day
 *       (workers_at_start), so no option pays to recruit a whole workforce at once;</li>
 *   <li>uncertain inputs that the commissioning itself sets (fees, clients, hours, the required wage, the years,
 *       the staff in post) are left out of the option's uncertainty section, and named in {@link Plan#leftOut()}.</li>
 * </ul>
 *
 * The fee is left open: {@link Plan#atFee(double)} sets it for every client group at once. The
 * {@code commissioning:} section is checked with the rest of the scenario ({@link #check}).
 */
public final class CommissioningPlans {
    /** The keys of a client group that the commissioning sets. */
    private static final Set<String> GROUP_KEYS = Set.of("fee_per_hour", "clients_at_start", "target", "ramp_months",
            "hours_per_week");
    private static final Set<String> WAGE_KEYS = Set.of("wage_per_hour", "wage_above_floor", "wage_uplift");

    private final LoadedScenario base;
    private final ScenarioFile.Commissioning section;
    private final List<Option> options;

    /**
     * One provider's plan, delivering {@code hoursPerYear} at the required wage, with the fee left open.
     *
     * @param variant      the version of the scenario, or null for the base plan
     * @param share        its share of the commissioned hours (1 for a single provider)
     * @param hoursPerYear the contact hours it delivers each year
     * @param loaded       the plan as loaded, at the fees written in the scenario
     * @param feePaths     the fee of each client group, all set to one fee
     * @param leftOut      uncertain inputs of the scenario that the commissioning sets, so are not drawn
     * @param fees         the plan with its fees open, for {@link #atFee(double)}
     */
    public record Plan(String variant, double share, double hoursPerYear, LoadedScenario loaded, List<String> feePaths,
                       List<String> leftOut, Draws fees) {
        public Plan {
            feePaths = List.copyOf(feePaths);
            leftOut = List.copyOf(leftOut);
        }

        /** "base" or the variant's name. */
        public String label() {
            return variant == null ? "base" : variant;
        }

        /** The plan with every client group's fee at {@code fee} (from the first month; fee_uplift still applies). */
        public Scenario atFee(double fee) {
            double[] values = new double[feePaths.size()];
            java.util.Arrays.fill(values, fee);
            return fees.at(values);
        }

        /** The plan loaded with every client group's fee at {@code fee}, for runs that vary other inputs. */
        public LoadedScenario loadedAtFee(double fee) {
            Node.MapNode tree = loaded.tree();
            Source origin = Source.commandLine("commission: the fee found for " + label());
            for (String path : feePaths) {
                tree = Tree.set(tree, ParamPath.parse(path), decimal(fee, origin), origin);
            }
            return ScenarioLoader.bind(loaded.file(), loaded.variant(), tree);
        }

        /** The first client group's fee as written, in force at the start: where a search for the fee begins. */
        public double writtenFee() {
            ScenarioFile.ClientStream first = loaded.scenario().clients().get(0);
            return first.feePerHour().valueAt(loaded.scenario().start());
        }

        /** The surplus the provider aims for, as a share of its income: its viability goal. */
        public double targetMargin() {
            ScenarioFile.Provider p = loaded.scenario().provider();
            return p != null ? p.targetMargin() : Resolver.resolve(loaded).provider().targetMargin();
        }
    }

    /** A provider's part of an option: its plan and its share of the hours. */
    public record Part(Plan plan, double share) {}

    /** An option as the council names it, with its providers (one, or several for a mix). */
    public record Option(String name, List<Part> parts) {
        public Option {
            parts = List.copyOf(parts);
        }

        public boolean mix() {
            return parts.size() > 1 || parts.get(0).share() < 1;
        }
    }

    private CommissioningPlans(LoadedScenario base, ScenarioFile.Commissioning section, List<Option> options) {
        this.base = base;
        this.section = section;
        this.options = List.copyOf(options);
    }

    /**
     * The options of the scenario's {@code commissioning:} section, each provider's plan built as the class
     * comment says, with {@code overrides} ({@code --set PATH=VALUE}) applied to every version.
     */
    public static CommissioningPlans of(Path file, List<String> overrides) {
        LoadedScenario base = ScenarioLoader.load(file, null, overrides);
        ScenarioFile.Commissioning c = base.scenario().commissioning();
        if (c == null) {
            throw ScenarioException.of(base.tree().source(), "commissioning", "missing: 'carecoop commission' needs a "
                    + "commissioning: block", "the hours to buy and the options to compare, for example commissioning: "
                    + "{hours_per_year: 250000, options: [{name: co-op, variant: base}]}; see docs/commissioning.md");
        }
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<Option> options = new ArrayList<>();
        for (ScenarioFile.CommissioningOption o : c.options()) {
            List<Part> parts = new ArrayList<>();
            if (o.variant() != null) {
                parts.add(new Part(plan(base, c, o.variant(), 1, overrides, plans), 1));
            } else {
                for (ScenarioFile.MixPart m : o.mix()) {
                    parts.add(new Part(plan(base, c, m.variant(), m.share(), overrides, plans), m.share()));
                }
            }
            options.add(new Option(optionName(o), parts));
        }
        return new CommissioningPlans(base, c, options);
    }

    public List<Option> options() {
        return options;
    }

    /** The scenario as loaded, base plan, with the overrides. */
    public LoadedScenario base() {
        return base;
    }

    public double hoursPerYear() {
        return section.hoursPerYear();
    }

    /** The contract's length in years. */
    public int years() {
        return section.years() != null ? section.years() : base.scenario().years();
    }

    public YearMonth start() {
        return base.scenario().start();
    }

    /** The required wage as written (a number, dated numbers or a wage floor), or null when each version keeps its own. */
    public Schedule wage() {
        return section.wagePerHour();
    }

    /** The required wage in the first month, as the model resolves it, or NaN when each version keeps its own. */
    public double wageAtStart() {
        if (section.wagePerHour() == null || options.isEmpty()) {
            return Double.NaN;
        }
        return Resolver.resolve(options.get(0).parts().get(0).plan().loaded()).careWorkers().wage().at(0);
    }

    /**
     * The required wage in words: "real-living-wage", "real-living-wage + 0.50", "rising 3% each April" for a number
     * that rises, dated values as written, empty for a plain number; "each provider's own pay" when none is required.
     */
    public String wageText() {
        Schedule w = section.wagePerHour();
        if (w == null) {
            return "each provider's own pay";
        }
        if (w.isWord()) {
            return w.word() + (section.wageAboveFloor() > 0 ? " + " + Values.money(section.wageAboveFloor()) : "");
        }
        if (w.constant() == null) {
            return w.displayMoney();
        }
        return section.wageUplift() != 0 ? "rising " + Values.format(section.wageUplift(), true) + " each April" : "";
    }

    public boolean staffInPost() {
        return section.staffInPost();
    }

    private static String optionName(ScenarioFile.CommissioningOption o) {
        return o.name() != null ? o.name() : o.variant() != null ? o.variant() : "mix";
    }

    /** The plan of one version at one share of the hours, made once however many options use it. */
    private static Plan plan(LoadedScenario base, ScenarioFile.Commissioning c, String variant, double share,
                             List<String> overrides, Map<String, Plan> made) {
        String name = variant.equals("base") ? null : variant;
        String key = variant + "@" + share;
        Plan plan = made.get(key);
        if (plan == null) {
            plan = build(base, c, name, share, overrides);
            made.put(key, plan);
        }
        return plan;
    }

    private static Plan build(LoadedScenario base, ScenarioFile.Commissioning c, String variant, double share,
                              List<String> overrides) {
        Path file = base.file();
        Node.MapNode section = base.tree();   // where the commissioning keys were written, for messages
        Node.MapNode tree = ScenarioLoader.readTree(file);
        if (variant != null) {
            tree = ScenarioLoader.applyVariant(tree, variant, file);
        }
        for (String override : overrides) {
            tree = ScenarioLoader.applyOverride(tree, override);
        }
        if (c.years() != null) {
            tree = set(tree, "years", String.valueOf(c.years()), Tree.locate(section, "commissioning.years"));
        }
        if (c.wagePerHour() != null) {
            Source at = Tree.locate(section, "commissioning.wage_per_hour");
            Node wage = ((Node.MapNode) section.get("commissioning").orElseThrow()).get("wage_per_hour").orElseThrow();
            tree = Tree.set(tree, ParamPath.parse("care_workers.wage_per_hour"), wage, at);
            tree = set(tree, "care_workers.wage_above_floor", plain(c.wageAboveFloor()), at);
            tree = set(tree, "care_workers.wage_uplift", plain(c.wageUplift()), at);
        }
        LoadedScenario written = ScenarioLoader.bind(file, variant, tree);
        Scenario resolved = Resolver.resolve(written);
        int years = resolved.months() / 12;
        double weeks = resolved.weeks().sum();

        // the hours, shared between the groups as their weekly hours are as written
        Source hoursAt = Tree.locate(section, "commissioning.hours_per_year");
        double hours = c.hoursPerYear() * share;
        List<ScenarioFile.ClientStream> groups = written.scenario().clients();
        double total = 0;
        for (ScenarioFile.ClientStream g : groups) {
            total += Math.max(g.target(), g.clientsAtStart()) * g.hoursPerWeek();
        }
        if (total <= 0) {
            throw ScenarioException.of(hoursAt, "commissioning.hours_per_year", "the hours cannot be shared: no client "
                    + "group of " + (variant == null ? "the base plan" : "variant '" + variant + "'") + " has clients "
                    + "and hours", "client groups with a target and hours_per_week above zero, whose weekly hours say "
                    + "how the commissioned hours are shared");
        }
        List<String> feePaths = new ArrayList<>();
        for (ScenarioFile.ClientStream g : groups) {
            String at = "clients[" + (g.name() != null ? g.name() : g.stream().key()) + "]";
            double groupHours = hours * Math.max(g.target(), g.clientsAtStart()) * g.hoursPerWeek() / total;
            // whole clients at the hours each has as written, then the hours per client that give the share exactly
            long clients = Math.max(1, Math.round(groupHours * years / (weeks * g.hoursPerWeek())));
            double perWeek = groupHours * years / (weeks * clients);
            tree = set(tree, at + ".clients_at_start", String.valueOf(clients), hoursAt);
            tree = set(tree, at + ".target", String.valueOf(clients), hoursAt);
            tree = set(tree, at + ".ramp_months", "0", hoursAt);
            tree = set(tree, at + ".hours_per_week", plain(perWeek), hoursAt);
            feePaths.add(at + ".fee_per_hour");
        }

        if (share < 1 && c.scaleFunding()) {
            tree = scaledFunding(tree, written.scenario(), share, Tree.locate(section, "commissioning.scale_funding"));
        }

        List<String> leftOut = new ArrayList<>();
        for (String path : written.scenario().uncertainty().keySet()) {
            if (setByCommissioning(path, c)) {
                leftOut.add(path);
            }
        }
        tree = withoutUncertain(tree, leftOut);
        LoadedScenario sized = ScenarioLoader.bind(file, variant, tree);
        if (c.staffInPost()) {
            double needed = Projector.project(Resolver.resolve(sized)).at(Line.CARE_WORKERS_NEEDED, 0);
            tree = set(tree, "care_workers.workers_at_start", plain(needed),
                    Tree.locate(section, "commissioning.staff_in_post"));
            sized = ScenarioLoader.bind(file, variant, tree);
        }
        return new Plan(variant, share, hours, sized, feePaths, leftOut, Draws.of(sized, feePaths));
    }

    /** The money put into a plan (opening cash, grants, community shares, loans, owners' loans) times {@code share}. */
    private static Node.MapNode scaledFunding(Node.MapNode tree, ScenarioFile f, double share, Source at) {
        Node.MapNode t = tree;
        if (f.provider() != null && f.provider().shareholderLoan() > 0) {
            t = set(t, "provider.shareholder_loan", plain(f.provider().shareholderLoan() * share), at);
        }
        ScenarioFile.Funding money = f.funding();
        if (money == null) {
            return t;
        }
        if (money.openingCash() > 0) {
            t = set(t, "funding.opening_cash", plain(money.openingCash() * share), at);
        }
        for (ScenarioFile.Grant g : money.grants()) {
            t = set(t, "funding.grants[" + g.funder() + "].amount", plain(g.amount() * share), at);
        }
        if (money.communityShares() != null) {
            t = set(t, "funding.community_shares.raise", plain(money.communityShares().raise() * share), at);
        }
        for (ScenarioFile.Loan l : money.loans()) {
            t = set(t, "funding.loans[" + l.lender() + "].amount", plain(l.amount() * share), at);
        }
        return t;
    }

    /** Whether the commissioning sets the input at {@code path}, so it cannot be drawn at random. */
    static boolean setByCommissioning(String path, ScenarioFile.Commissioning c) {
        List<ParamPath.Segment> s = ParamPath.parse(path).segments();
        String first = s.get(0).key();
        String second = s.size() > 1 ? s.get(1).key() : "";
        return first.equals("commissioning")
                || first.equals("clients") && GROUP_KEYS.contains(second)
                || first.equals("care_workers") && second.equals("workers_at_start") && c.staffInPost()
                || first.equals("care_workers") && WAGE_KEYS.contains(second) && c.wagePerHour() != null
                || first.equals("years") && c.years() != null;
    }

    /** The tree without these uncertain inputs, and without any correlation that names one of them. */
    private static Node.MapNode withoutUncertain(Node.MapNode tree, List<String> paths) {
        if (paths.isEmpty()) {
            return tree;
        }
        Set<String> gone = new HashSet<>(paths);
        Node.MapNode result = tree;
        Node.MapNode uncertainty = (Node.MapNode) tree.get("uncertainty").orElseThrow();
        Node.MapNode kept = uncertainty;
        for (String path : paths) {
            kept = kept.without(path);
        }
        result = result.with("uncertainty", kept, uncertainty.source());
        if (result.get("correlations").orElse(null) instanceof Node.MapNode correlations) {
            Node.MapNode left = correlations;
            for (String pair : correlations.entries().keySet()) {
                for (String path : pair.split("~")) {
                    if (gone.contains(path.trim())) {
                        left = left.without(pair);
                    }
                }
            }
            result = result.with("correlations", left, correlations.source());
        }
        return result;
    }

    private static Node.MapNode set(Node.MapNode tree, String path, String text, Source origin) {
        Node.Scalar.Type type = text.matches("-?\\d+") ? Node.Scalar.Type.INTEGER : Node.Scalar.Type.DECIMAL;
        return Tree.set(tree, ParamPath.parse(path), new Node.Scalar(text, type, origin), origin);
    }

    private static Node.Scalar decimal(double value, Source origin) {
        return new Node.Scalar(plain(value), Node.Scalar.Type.DECIMAL, origin);
    }

    /** A number as plain decimal text, to its full precision (no exponent). */
    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).toPlainString();
    }

    /**
     * The checks of the {@code commissioning:} section that need more than one key: each option names a version of
     * the plan that exists, or a mix whose shares add up to 100%; names are unique; a dated required wage starts
     * by the plan's start.
     */
    static void check(ScenarioFile s, Node.MapNode tree, List<Problem> problems) {
        ScenarioFile.Commissioning c = s.commissioning();
        if (c == null) {
            return;
        }
        List<String> versions = new ArrayList<>();
        versions.add("base");
        versions.addAll(ScenarioLoader.variantNames(tree));
        if (c.options().isEmpty()) {
            problems.add(new Problem(Tree.locate(tree, "commissioning.options"), "commissioning.options", "no options",
                    "at least one option, for example - {name: co-op, variant: base}"));
        }
        Set<String> names = new HashSet<>();
        for (ScenarioFile.CommissioningOption o : c.options()) {
            String name = optionName(o);
            String at = "commissioning.options[" + name + "]";
            if (!names.add(name)) {
                problems.add(new Problem(Tree.locate(tree, at), at, "'" + name + "' is used for two options",
                        "give each option its own name: - {name: ..., variant: ...}"));
            }
            if ((o.variant() == null) == o.mix().isEmpty()) {
                problems.add(new Problem(Tree.locate(tree, at), at, o.variant() == null ? "neither variant nor mix is given"
                        : "both variant and mix are given", "one of them: variant: base for one provider, or mix: "
                        + "[{variant: base, share: 40%}, {variant: for-profit, share: 60%}] for several"));
            }
            if (o.variant() != null) {
                version(tree, at + ".variant", o.variant(), versions, problems);
            } else if (o.name() == null) {
                problems.add(new Problem(Tree.locate(tree, "commissioning.options"), "commissioning.options",
                        "a mix has no name", "a name for the report, for example - name: current market"));
            }
            Set<String> parts = new HashSet<>();
            double shares = 0;
            for (ScenarioFile.MixPart m : o.mix()) {
                String partAt = at + ".mix[" + m.variant() + "]";
                version(tree, partAt + ".variant", m.variant(), versions, problems);
                if (!parts.add(m.variant())) {
                    problems.add(new Problem(Tree.locate(tree, partAt), partAt, "'" + m.variant() + "' is in the mix twice",
                            "each version once, with its whole share"));
                }
                if (m.share() <= 0) {
                    problems.add(new Problem(Tree.locate(tree, partAt + ".share"), partAt + ".share", "a share of 0%",
                            "a share above 0%, or leave the provider out of the mix"));
                }
                shares += m.share();
            }
            if (!o.mix().isEmpty() && Math.abs(shares - 1) > 1e-6) {
                problems.add(new Problem(Tree.locate(tree, at + ".mix"), at + ".mix", "the shares add up to "
                        + Values.format(shares, true), "shares of the hours that add up to 100%"));
            }
        }
        Schedule wage = c.wagePerHour();
        if (wage != null && wage.firstMonth() != null && wage.firstMonth().isAfter(s.start())) {
            problems.add(new Problem(Tree.locate(tree, "commissioning.wage_per_hour"), "commissioning.wage_per_hour",
                    "the first dated value is for " + wage.firstMonth() + ", after the plan starts",
                    "a value for " + s.start() + " or earlier"));
        }
    }

    private static void version(Node.MapNode tree, String at, String name, List<String> versions, List<Problem> problems) {
        if (!versions.contains(name)) {
            String hint = Suggest.hint(name, versions);
            problems.add(new Problem(Tree.locate(tree, at), at, "no variant '" + name + "' in this scenario",
                    (hint.isEmpty() ? "" : hint + " ") + "base or one of the variants: " + String.join(", ", versions)));
        }
    }
}
