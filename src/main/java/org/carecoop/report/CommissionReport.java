package org.carecoop.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carecoop.analysis.charter.Charter;
import org.carecoop.analysis.commission.Appraisal;
import org.carecoop.analysis.commission.Appraisal.OptionResult;
import org.carecoop.analysis.commission.Appraisal.PartResult;
import org.carecoop.analysis.commission.Appraisal.ProviderResult;
import org.carecoop.model.ProviderModel;
import org.carecoop.report.CompareReport.Share;
import org.carecoop.statutory.Terms;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A council's options appraisal ({@code carecoop commission}): the options ranked by what they cost the council,
 * where each 100 of its spend goes, and the risk that a provider runs out of cash, as a terminal table with a
 * summary in plain sentences a committee report can quote, Markdown, CSV or JSON. Every figure is the
 * appraisal's; this class only words and lays them out.
 */
public final class CommissionReport {
    private CommissionReport() {}

    /**
     * What the appraisal was of, for headings.
     *
     * @param scenario    the scenario's name
     * @param file        the scenario's file name
     * @param currency    ISO code
     * @param start       the contract's first month
     * @param wage        the required wage in words ("real-living-wage", "rising 3% each April"), empty for a plain
     *                    number, or "each provider's own pay"
     * @param wageAtStart the required wage in the first month, or NaN
     * @param staffInPost whether each option starts with its care workers employed
     * @param terms       the names of statutory things in the plan's jurisdiction
     */
    public record About(String scenario, String file, String currency, YearMonth start, String wage, double wageAtStart,
                        boolean staffInPost, Terms terms) {}

    /** A column of the ranked table: its heading and how to show one option. */
    private record Column(String heading, Function<OptionResult, String> cell) {}

    /** The definition of viable, as the reports print it. */
    public static final String VIABLE = "a fee is viable when, over the whole contract, the provider's surplus before "
            + "tax is at least its target margin of its fee income and its cash never falls below zero at a month's end";

    /** What reaches care workers, as the reports print it. */
    public static final String TO_CARE_WORKERS = "care workers' pay (contact, travel, waiting, training, holiday and "
            + "sick pay), mileage, employer National Insurance and pension, and dividends to worker members";

    /** What is not spent on care, as the reports print it. */
    public static final String PROFIT_INTEREST_AND_FEES = "profit, interest and fees, not spent on care: the provider's "
            + "surplus before tax (less any dividends to worker members, counted as reaching care workers), all "
            + "interest it pays (to lenders, share investors and owners) and management fees to a parent company. This "
            + "follows the Centre for Health and the Public Interest, which measured money leaking from care as profit "
            + "before tax, rent, directors' pay and net interest paid out ('Plugging the leaks in the UK care home "
            + "industry', November 2019); the plans have no rent to related companies or directors' pay lines, so "
            + "those are not counted, and management fees are. It is where the money goes, not where it is spent: a "
            + "co-op's or council's surplus counts as a company's does";

    private static List<Column> columns(String c) {
        return List.of(
                new Column("rank", o -> o.viable() ? String.valueOf(o.rank()) : "-"),
                new Column("option", OptionResult::name),
                new Column("fee per hour", o -> Formats.pence(c, o.feePerHour())),
                new Column("spend a year", o -> Formats.money(c, o.annualSpend())),
                new Column("more than cheapest", o -> !o.viable() ? "n/a" : o.rank() == 1 ? "-"
                        : Formats.money(c, o.moreThanCheapest())),
                new Column("to care workers /100", o -> Formats.number(o.toCareWorkers(), 2)),
                new Column("profit, interest, fees /100", o -> Formats.number(o.profitInterestAndFees(), 2)),
                new Column("profit, interest, fees a year", o -> Formats.money(c, o.profitInterestAndFeesPerYear())),
                new Column("risk of running out", o -> Formats.percent(o.riskOfRunningOut())));
    }

    public static String text(Appraisal.Result result, About about) {
        String c = about.currency();
        StringBuilder out = new StringBuilder(heading(result, about)).append("\n\n");
        List<Column> columns = columns(c);
        TextTable table = new TextTable(columns.stream().map(Column::heading).toList());
        for (OptionResult o : result.ranked()) {
            table.add(columns.stream().map(col -> col.cell().apply(o)).toList());
        }
        out.append(table.render()).append('\n');

        List<String> headers = new ArrayList<>(List.of(CompareReport.PER_100_HEADING.replace("income", "spend")));
        result.ranked().forEach(o -> headers.add(o.name()));
        TextTable shares = new TextTable(headers);
        for (Share share : Share.values()) {
            List<String> row = new ArrayList<>(List.of(share.label()));
            result.ranked().forEach(o -> row.add(Formats.number(share.of(o.per100()), 2)));
            shares.add(row);
        }
        out.append(shares.render()).append('\n');

        out.append("Providers:\n");
        for (OptionResult o : result.ranked()) {
            out.append("  ").append(o.name()).append(": ").append(providers(o, c)).append('\n');
        }
        out.append('\n').append("In words:\n");
        for (String sentence : summary(result, c)) {
            out.append("- ").append(sentence).append('\n');
        }
        out.append('\n').append(notes(result, about)).append('\n');
        return out.toString();
    }

    public static String markdown(Appraisal.Result result, About about) {
        String c = about.currency();
        StringBuilder md = new StringBuilder("# ").append(RunMarkdown.escape(title(about))).append("\n\n")
                .append(RunMarkdown.escape(heading(result, about))).append("\n\n");
        List<Column> columns = columns(c);
        md.append('|');
        columns.forEach(col -> md.append(' ').append(col.heading()).append(" |"));
        md.append("\n|").append("---|".repeat(2)).append("---:|".repeat(columns.size() - 2)).append('\n');
        for (OptionResult o : result.ranked()) {
            md.append('|');
            columns.forEach(col -> md.append(' ').append(RunMarkdown.escape(col.cell().apply(o))).append(" |"));
            md.append('\n');
        }
        md.append("\n## Where each 100 of the council's spend goes\n\n| of each 100 |");
        result.ranked().forEach(o -> md.append(' ').append(RunMarkdown.escape(o.name())).append(" |"));
        md.append("\n|---|").append("---:|".repeat(result.ranked().size())).append('\n');
        for (Share share : Share.values()) {
            md.append("| ").append(share.label()).append(" |");
            result.ranked().forEach(o -> md.append(' ').append(Formats.number(share.of(o.per100()), 2)).append(" |"));
            md.append('\n');
        }
        md.append("\n## In words\n\n");
        for (String sentence : summary(result, c)) {
            md.append("- ").append(RunMarkdown.escape(sentence)).append('\n');
        }
        md.append("\n## Providers\n\n");
        for (OptionResult o : result.ranked()) {
            md.append("- ").append(RunMarkdown.escape(o.name() + ": " + providers(o, c))).append('\n');
        }
        md.append("\n## Notes\n\n").append(RunMarkdown.escape(notes(result, about))).append('\n');
        return md.toString();
    }

    /** A row per option, ranked, with every figure unrounded. */
    public static String csv(Appraisal.Result result) {
        List<String> header = new ArrayList<>(List.of("rank", "option", "providers", "viable", "fee_per_hour",
                "annual_spend", "contract_spend", "more_than_cheapest", "to_care_workers_per_100",
                "profit_interest_and_fees_per_100", "profit_interest_and_fees_per_year", "risk_of_running_out",
                "hours_delivered_per_year"));
        for (Share share : Share.values()) {
            header.add(share.key() + "_per_100");
        }
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (OptionResult o : result.ranked()) {
            List<String> row = new ArrayList<>(List.of(o.viable() ? String.valueOf(o.rank()) : "", o.name(),
                    o.parts().stream().map(p -> p.result().provider().label() + " " + plain(p.share() * 100) + "%")
                            .collect(Collectors.joining("; ")),
                    String.valueOf(o.viable()), plain(o.feePerHour()), plain(o.annualSpend()), plain(o.contractSpend()),
                    plain(o.moreThanCheapest()), plain(o.toCareWorkers()), plain(o.profitInterestAndFees()),
                    plain(o.profitInterestAndFeesPerYear()), plain(o.riskOfRunningOut()),
                    plain(o.hoursDeliveredPerYear())));
            for (Share share : Share.values()) {
                row.add(plain(share.of(o.per100())));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    public static String json(Appraisal.Result result, About about) {
        ObjectNode root = RunJson.object();
        root.put("scenario", about.scenario());
        root.put("file", about.file());
        root.put("currency", about.currency());
        root.put("start", about.start().toString());
        root.put("years", result.years());
        RunJson.number(root, "hours_per_year", result.hoursPerYear());
        root.put("wage", about.wage());
        RunJson.number(root, "wage_at_start", about.wageAtStart());
        root.put("staff_in_post", about.staffInPost());
        root.put("viable_means", VIABLE);
        root.put("to_care_workers_means", TO_CARE_WORKERS);
        root.put("profit_interest_and_fees_means", PROFIT_INTEREST_AND_FEES);
        ObjectNode mc = root.putObject("monte_carlo");
        mc.put("iterations", result.settings().iterations());
        mc.put("seed", result.settings().seed());
        mc.put("sampling", "lhs");
        ArrayNode notDrawn = mc.putArray("not_drawn");
        result.notDrawn().forEach(notDrawn::add);
        ArrayNode options = root.putArray("options");
        for (OptionResult o : result.ranked()) {
            ObjectNode n = options.addObject();
            if (o.viable()) {
                n.put("rank", o.rank());
            } else {
                n.putNull("rank");
            }
            n.put("option", o.name());
            n.put("viable", o.viable());
            RunJson.number(n, "fee_per_hour", o.feePerHour());
            RunJson.number(n, "annual_spend", o.annualSpend());
            RunJson.number(n, "contract_spend", o.contractSpend());
            RunJson.number(n, "more_than_cheapest", o.moreThanCheapest());
            RunJson.number(n, "to_care_workers_per_100", o.toCareWorkers());
            RunJson.number(n, "profit_interest_and_fees_per_100", o.profitInterestAndFees());
            RunJson.number(n, "profit_interest_and_fees_per_year", o.profitInterestAndFeesPerYear());
            RunJson.number(n, "risk_of_running_out", o.riskOfRunningOut());
            RunJson.number(n, "hours_delivered_per_year", o.hoursDeliveredPerYear());
            per100(n.putObject("per_100_spend"), o.per100());
            ArrayNode parts = n.putArray("providers");
            for (PartResult p : o.parts()) {
                ProviderResult r = p.result();
                ObjectNode pn = parts.addObject();
                pn.put("variant", r.provider().label());
                pn.put("provider", r.run().scenario().provider().model().key());
                RunJson.number(pn, "share", p.share());
                RunJson.number(pn, "hours_per_year", r.provider().hoursPerYear());
                RunJson.number(pn, "target_margin", r.provider().targetMargin());
                pn.put("viable", r.viable());
                RunJson.number(pn, "fee_per_hour", r.fee());
                RunJson.number(pn, "spend", r.viable() ? r.spend() : Double.NaN);
                pn.put("fee_search_runs", r.solution().evaluations());
                RunJson.number(pn, "risk_of_running_out", r.riskOfRunningOut());
                RunJson.metrics(pn.putObject("metrics"), r.run().scenario(), r.run().metrics());
                per100(pn.putObject("per_100_income"), r.per100());
            }
        }
        ArrayNode words = root.putArray("summary");
        summary(result, about.currency()).forEach(words::add);
        return RunJson.text(root);
    }

    private static void per100(ObjectNode node, org.carecoop.analysis.Per100 per100) {
        for (Share share : Share.values()) {
            RunJson.number(node, share.key(), share.of(per100));
        }
    }

    /** The first line: what is bought, for how long, at what wage. */
    static String heading(Appraisal.Result result, About about) {
        String at = Formats.pence(about.currency(), about.wageAtStart()) + " an hour in " + about.start();
        String wage = !Double.isFinite(about.wageAtStart()) ? "care workers paid as each provider's plan says"
                : "every option paying care workers " + (about.wage().isEmpty() ? at
                        : wageInWords(about.wage(), about.terms()) + " (" + at + ")");
        return about.scenario() + ": buying " + Formats.number(result.hoursPerYear(), 0) + " contact hours a year for "
                + result.years() + (result.years() == 1 ? " year" : " years") + " from " + about.start() + ", " + wage + ".";
    }

    /**
     * The required wage for a sentence: a wage floor's name in words ("real-living-wage + 0.50" is "the Real Living
     * Wage + 0.50"); anything else as it is.
     */
    public static String wageInWords(String wage, Terms terms) {
        String word = wage.split(" ", 2)[0];
        try {
            return Charter.Floor.word(word).label(terms) + wage.substring(word.length());
        } catch (IllegalArgumentException notAFloor) {
            return wage;
        }
    }

    /** The title of the appraisal: the scenario's name, with "options appraisal" unless the name says so already. */
    public static String title(About about) {
        return about.scenario().toLowerCase(Locale.ROOT).contains("appraisal") ? about.scenario()
                : about.scenario() + ": options appraisal";
    }

    /** An option's providers, each with its share and the fee it needs. */
    static String providers(OptionResult o, String c) {
        return o.parts().stream().map(p -> {
            ProviderResult r = p.result();
            String share = o.mix() ? Formats.percent(p.share()) + " " : "";
            String kind = r.run().scenario().provider().model().key();
            String what = share + r.provider().label() + (r.provider().label().equals(kind) ? "" : " (" + kind + ")");
            if (!r.viable()) {
                return what + ": no viable fee up to " + Formats.pence(c, r.solution().rangeHigh()) + why(r, c);
            }
            return what + ": " + Formats.pence(c, r.fee()) + " an hour, target margin "
                    + Formats.percent(r.provider().targetMargin()) + ", lowest cash " + Formats.money(c, r.run().metrics().lowestCash());
        }).collect(Collectors.joining("; "));
    }

    /** Why no fee is viable, at the fee that came closest. */
    private static String why(ProviderResult r, String c) {
        var m = r.run().metrics();
        String at = " (at " + Formats.pence(c, r.solution().nearest()) + " an hour, the closest, ";
        if (m.lowestCash() < 0) {
            return at + "cash still falls to " + Formats.money(c, m.lowestCash()) + " in "
                    + Formats.month(r.run().scenario(), m.lowestCashMonth()) + ": it needs more working capital)";
        }
        return at + "the surplus is still " + Formats.money(c, -r.solution().nearestGap()) + " short of its target "
                + "margin)";
    }

    /**
     * The results in plain sentences a committee report can quote: the cheapest option, how much more each other
     * costs, the most and least that reaches care workers, the most and least that goes to profit, interest and fees,
     * and the risk of running out of cash.
     */
    public static List<String> summary(Appraisal.Result result, String c) {
        List<String> out = new ArrayList<>();
        List<OptionResult> viable = result.ranked().stream().filter(OptionResult::viable).toList();
        OptionResult cheapest = result.cheapest();
        if (cheapest == null) {
            out.add("No option is viable at any fee searched: each provider needs more working capital or lower costs.");
        } else {
            out.add(capitalise(cheapest.name()) + " costs the council " + big(c, cheapest.annualSpend()) + " a year ("
                    + Formats.pence(c, cheapest.feePerHour()) + " an hour), the least of the "
                    + (viable.size() == 1 ? "options." : viable.size() + " viable options."));
            for (OptionResult o : viable.subList(1, viable.size())) {
                out.add(capitalise(o.name()) + " costs the council " + big(c, o.annualSpend()) + " a year ("
                        + Formats.pence(c, o.feePerHour()) + " an hour), " + big(c, o.moreThanCheapest()) + " more than "
                        + cheapest.name() + ".");
            }
        }
        if (viable.size() > 1) {
            OptionResult most = viable.stream().max(Comparator.comparingDouble(OptionResult::toCareWorkers)).orElseThrow();
            OptionResult least = viable.stream().min(Comparator.comparingDouble(OptionResult::toCareWorkers)).orElseThrow();
            out.add("Of each " + Formats.symbol(c) + "100 the council spends, " + Formats.pence(c, most.toCareWorkers())
                    + " reaches care workers as pay and on-costs with " + most.name() + ", against "
                    + Formats.pence(c, least.toCareWorkers()) + " with " + least.name() + ".");
            OptionResult mostProfit = viable.stream().max(Comparator.comparingDouble(OptionResult::profitInterestAndFees))
                    .orElseThrow();
            OptionResult leastProfit = viable.stream().min(Comparator.comparingDouble(OptionResult::profitInterestAndFees))
                    .orElseThrow();
            if (mostProfit.profitInterestAndFees() > 0.005) {
                out.add("With " + mostProfit.name() + ", " + Formats.pence(c, mostProfit.profitInterestAndFees()) + " of each "
                        + Formats.symbol(c) + "100 (" + big(c, mostProfit.profitInterestAndFeesPerYear()) + " a year) goes "
                        + "to profit, interest and fees rather than care; with " + leastProfit.name() + ", "
                        + Formats.pence(c, leastProfit.profitInterestAndFees()) + ".");
            }
        }
        List<OptionResult> simulated = viable.stream().filter(o -> Double.isFinite(o.riskOfRunningOut())).toList();
        if (!simulated.isEmpty()) {
            out.add("At these fees, the chance that the provider runs out of cash during the contract is "
                    + simulated.stream().map(o -> Formats.percent(o.riskOfRunningOut()) + " for " + o.name())
                            .collect(Collectors.joining(", ")) + " (" + result.settings().iterations()
                    + " simulated contracts each; a mix counts the share of its hours at risk).");
            List<String> inHouse = simulated.stream().filter(CommissionReport::inHouse).map(OptionResult::name).toList();
            if (!inHouse.isEmpty()) {
                out.add("For " + String.join(" and ", inHouse) + ", run by the council itself, running out of cash "
                        + "means spending more than its budget (the fee) by more than its working capital: the council "
                        + "would meet the overspend, so the figure says how thin the budget is, not that the service "
                        + "would fail.");
            }
        }
        for (OptionResult o : result.ranked()) {
            if (!o.viable()) {
                out.add(capitalise(o.name()) + " is not viable: " + providers(o, c) + ".");
            } else if (o.hoursDeliveredPerYear() < result.hoursPerYear() * (1 - 1e-6)) {
                out.add(capitalise(o.name()) + " delivers only " + Formats.number(o.hoursDeliveredPerYear(), 0)
                        + " of the " + Formats.number(result.hoursPerYear(), 0) + " hours a year: its providers cannot "
                        + "recruit the care workers they need.");
            }
        }
        return out;
    }

    /** Whether every provider of an option is the council's own service. */
    private static boolean inHouse(OptionResult o) {
        return o.parts().stream().allMatch(p ->
                p.result().run().scenario().provider().model() == ProviderModel.COUNCIL_IN_HOUSE);
    }

    /** How the figures were found, in a paragraph. */
    static String notes(Appraisal.Result result, About about) {
        StringBuilder n = new StringBuilder("Fee per hour: the lowest fee, in the first month, at which each provider is "
                + "viable; " + VIABLE + ". Each option is costed as an established service delivering its hours from the "
                + "first month" + (about.staffInPost() ? ", with its care workers in post" : "") + "; a mix is costed "
                + "provider by provider at its share of the hours. Spend a year is fee income over the contract divided by "
                + "its years. To care workers: " + TO_CARE_WORKERS + ". Profit, interest and fees: " + PROFIT_INTEREST_AND_FEES.substring(
                PROFIT_INTEREST_AND_FEES.indexOf(':') + 2) + ". Risk of "
                + "running out: the share of " + result.settings().iterations() + " Monte Carlo runs (Latin hypercube, "
                + "seed " + result.settings().seed() + ") of each provider's plan at its fee, with the scenario's "
                + "uncertain inputs drawn, in which cash falls below zero at any month's end; n/a without an "
                + "'uncertainty:' section.");
        if (!result.notDrawn().isEmpty()) {
            n.append(" Not drawn, because the commissioning sets them: ").append(String.join(", ", result.notDrawn()))
                    .append('.');
        }
        return n.toString();
    }

    /** Money for a sentence: £7.9 million, £52,000 (to the thousand from 10,000), £8,450. */
    static String big(String c, double value) {
        if (Math.abs(value) >= 1e6) {
            return Formats.symbol(c) + String.format(Locale.ROOT, "%.1f", value / 1e6) + " million";
        }
        return Formats.money(c, Math.abs(value) >= 10_000 ? Math.round(value / 1000) * 1000.0 : value);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? RunJson.decimal(value).toPlainString() : "";
    }
}
