package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.report.CommissionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code carecoop commission} on a small options appraisal whose every figure is worked out by hand below.
 *
 * <p>The plan (src/test/resources/commission/small-options.yaml): 52,000 contact hours a year for one year,
 * 100 clients at 10 hours a week for 52 weeks (average calendar: 52/12 weeks a month), care workers paid the
 * required 10.00 an hour for contact time only (no travel, training, holiday, sickness, National Insurance or
 * pension: all switched off), an office at 1,000 a month, fees paid in the month of care, no opening cash. So a
 * year costs 52,000 x 10.00 = 520,000 in pay plus 12,000 for the office = 532,000, and each month is the same.
 * Corporation tax is 19% (profits under 50,000), paid nine months after the year, so after the plan.
 *
 * <ul>
 *   <li>co-op (worker co-op, target margin 3%): income x 0.97 must cover 532,000. At 10.54 the income is
 *       548,080 and the surplus 16,080, below 3% of it (16,442.40); at 10.55 the income is 548,600 and the surplus
 *       16,600, above 3% (16,458.00). Fee 10.55, spend 548,600.</li>
 *   <li>in-house (council, target margin 0%, 8% central recharge): income x 0.92 must cover 532,000. At 11.12:
 *       578,240 - 532,000 - 46,259.20 = -19.20; at 11.13: 578,760 - 532,000 - 46,300.80 = 459.20. Fee 11.13,
 *       spend 578,760.</li>
 *   <li>for-profit (target margin 5%, 5% management fee, all it may distribute paid to its owners): income x 0.90
 *       must cover 532,000. At 11.36: 590,720 - 532,000 - 29,536 = 29,184, below 5% (29,536); at 11.37:
 *       591,240 - 532,000 - 29,562 = 29,678, above 5% (29,562). Fee 11.37, spend 591,240.</li>
 *   <li>half and half: each provider at 26,000 hours (50 clients), costing 260,000 + 12,000 = 272,000. The co-op:
 *       at 10.78, 280,280 - 272,000 = 8,280 below 3% (8,408.40); at 10.79, 280,540 - 272,000 = 8,540 above 3%
 *       (8,416.20). The for-profit: at 11.62, 302,120 x 0.90 = 271,908 short of 272,000; at 11.63, 302,380 x 0.90 =
 *       272,142. The mix: fee 0.5 x 10.79 + 0.5 x 11.63 = 11.21; spend 280,540 + 302,380 = 582,920.</li>
 * </ul>
 * Ranked by spend: co-op 548,600; in-house 578,760 (30,160 more); half and half 582,920 (34,320 more);
 * for-profit 591,240 (42,640 more).
 */
class CommissionCommandTest {
    static final String SMALL = "src/test/resources/commission/small-options.yaml";
    static final String UNCERTAIN = "src/test/resources/commission/small-options-uncertain.yaml";
    static final String SHIPPED = "scenarios/council-options-appraisal.yaml";
    static final double PENNY = 0.005;
    static final double MILLIONTH = 1e-6;
    static final String[] SHARES = {"frontline_pay", "travel_and_mileage", "on_costs", "management_and_office",
        "overheads", "interest", "tax", "paid_to_owners", "returned_to_workers", "retained"};

    static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of("commission"));
        all.addAll(List.of(args));
        all.add("--format");
        all.add("json");
        return Cli.json(Cli.run(all.toArray(String[]::new)));
    }

    static JsonNode option(JsonNode root, String name) {
        for (JsonNode o : root.get("options")) {
            if (o.get("option").asString().equals(name)) {
                return o;
            }
        }
        throw new AssertionError("no option " + name + " in " + root);
    }

    @Test
    void theFeeEachOptionNeedsAndTheCouncilsSpendAreTheHandWorkedOnes() {
        JsonNode root = json(SMALL);
        assertThat(root.get("hours_per_year").asDouble()).isEqualTo(52_000);
        assertThat(root.get("years").asInt()).isEqualTo(1);
        double[][] expected = {{10.55, 548_600}, {11.13, 578_760}, {11.21, 582_920}, {11.37, 591_240}};
        String[] names = {"co-op", "in-house", "half and half", "for-profit"};
        for (int i = 0; i < names.length; i++) {
            JsonNode o = option(root, names[i]);
            assertThat(o.get("viable").asBoolean()).isTrue();
            assertThat(o.get("fee_per_hour").asDouble()).as(names[i]).isCloseTo(expected[i][0], within(1e-9));
            assertThat(o.get("annual_spend").asDouble()).as(names[i]).isCloseTo(expected[i][1], within(PENNY));
            // every option delivers the hours bought
            assertThat(o.get("hours_delivered_per_year").asDouble()).isCloseTo(52_000, within(MILLIONTH));
        }
    }

    @Test
    void aPennyLessThanTheFeeFoundIsNotViable() {
        // the fee fed back meets the goal and a penny less does not (the arithmetic is in the class comment):
        // the co-op's surplus at 10.54 is 16,080, short of 3% of its income
        JsonNode root = json(SMALL);
        JsonNode coop = option(root, "co-op").get("providers").get(0);
        JsonNode m = coop.get("metrics");
        assertThat(m.get("surplus_before_tax").asDouble()).isCloseTo(16_600, within(PENNY));
        assertThat(m.get("surplus_before_tax").asDouble()).isGreaterThanOrEqualTo(0.03 * m.get("income").asDouble());
        assertThat(m.get("lowest_cash").asDouble()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void whereEachHundredGoesIsTheHandWorkedSplit() {
        JsonNode root = json(SMALL);
        // co-op: pay 520,000, office 12,000, tax 19% of 16,600 = 3,154, kept 16,600 - 3,154 = 13,446, of 548,600
        JsonNode coop = option(root, "co-op").get("per_100_spend");
        assertThat(coop.get("frontline_pay").asDouble()).isCloseTo(520_000 / 548_600.0 * 100, within(MILLIONTH));
        assertThat(coop.get("overheads").asDouble()).isCloseTo(12_000 / 548_600.0 * 100, within(MILLIONTH));
        assertThat(coop.get("tax").asDouble()).isCloseTo(3_154 / 548_600.0 * 100, within(MILLIONTH));
        assertThat(coop.get("retained").asDouble()).isCloseTo(13_446 / 548_600.0 * 100, within(MILLIONTH));
        // to care workers: pay only (no on-costs, no worker dividend): 94.7867; profit, interest and fees: its surplus
        // before tax, 16,600 (tax 3,154 and kept 13,446), of 548,600 = 3.0259, as CHPI counts a not-for-profit's surplus
        assertThat(option(root, "co-op").get("to_care_workers_per_100").asDouble())
                .isCloseTo(520_000 / 548_600.0 * 100, within(MILLIONTH));
        assertThat(option(root, "co-op").get("profit_interest_and_fees_per_100").asDouble())
                .isCloseTo(16_600 / 548_600.0 * 100, within(MILLIONTH));
        assertThat(option(root, "co-op").get("profit_interest_and_fees_per_year").asDouble())
                .isCloseTo(16_600, within(PENNY));

        // for-profit: management fee 5% of 591,240 = 29,562; surplus 29,678; tax 19% = 5,638.82; the owners take the
        // rest, 24,039.18 (cash at the year's end is the surplus, as fees are paid in the month; no reserves are kept)
        JsonNode fp = option(root, "for-profit");
        double owners = (29_562 + 24_039.18) / 591_240 * 100;   // 9.0659
        assertThat(fp.get("per_100_spend").get("paid_to_owners").asDouble()).isCloseTo(owners, within(MILLIONTH));
        assertThat(fp.get("per_100_spend").get("tax").asDouble()).isCloseTo(5_638.82 / 591_240 * 100, within(MILLIONTH));
        assertThat(fp.get("per_100_spend").get("retained").asDouble()).isCloseTo(0, within(MILLIONTH));
        // profit, interest and fees: the management fee and the surplus before tax, 29,562 + 29,678 = 59,240 of
        // 591,240 = 10.0196 (the tax, 5,638.82, is part of the profit before tax, as CHPI counts it)
        assertThat(fp.get("profit_interest_and_fees_per_100").asDouble())
                .isCloseTo((29_562 + 29_678) / 591_240.0 * 100, within(MILLIONTH));
        assertThat(fp.get("profit_interest_and_fees_per_year").asDouble()).isCloseTo(59_240, within(PENNY));
        for (JsonNode o : root.get("options")) {
            double total = 0;
            for (String key : SHARES) {
                total += o.get("per_100_spend").get(key).asDouble();
            }
            assertThat(total).isCloseTo(100, within(1e-5));
        }
    }

    @Test
    void theOptionsAreRankedByWhatTheyCostTheCouncil() {
        JsonNode root = json(SMALL);
        List<String> order = new ArrayList<>();
        List<Double> more = new ArrayList<>();
        for (JsonNode o : root.get("options")) {
            order.add(o.get("option").asString());
            more.add(o.get("more_than_cheapest").asDouble());
            assertThat(o.get("rank").asInt()).isEqualTo(order.size());
        }
        assertThat(order).containsExactly("co-op", "in-house", "half and half", "for-profit");
        // 578,760 - 548,600; 582,920 - 548,600; 591,240 - 548,600
        assertThat(more).containsExactly(0.0, 30_160.0, 34_320.0, 42_640.0);
    }

    @Test
    void aMixIsTheHoursWeightedCombinationOfItsProvidersEachCostedAtItsShare() {
        JsonNode full = json(SMALL);
        // the same providers alone at half the hours, 26,000
        JsonNode half = json(SMALL, "--set", "commissioning.hours_per_year=26000");
        JsonNode mix = option(full, "half and half");
        JsonNode coop = option(half, "co-op");
        JsonNode fp = option(half, "for-profit");
        assertThat(coop.get("fee_per_hour").asDouble()).isEqualTo(10.79);
        assertThat(fp.get("fee_per_hour").asDouble()).isEqualTo(11.63);
        assertThat(mix.get("fee_per_hour").asDouble()).isCloseTo(0.5 * 10.79 + 0.5 * 11.63, within(1e-9));
        double spendCoop = coop.get("annual_spend").asDouble();
        double spendFp = fp.get("annual_spend").asDouble();
        assertThat(spendCoop).isCloseTo(280_540, within(PENNY));
        assertThat(spendFp).isCloseTo(302_380, within(PENNY));
        assertThat(mix.get("annual_spend").asDouble()).isCloseTo(spendCoop + spendFp, within(PENNY));
        // each 100 of the mix's spend: the providers' shares weighted by their income (no grants here)
        for (String key : SHARES) {
            double weighted = (coop.get("per_100_spend").get(key).asDouble() * spendCoop
                    + fp.get("per_100_spend").get(key).asDouble() * spendFp) / (spendCoop + spendFp);
            assertThat(mix.get("per_100_spend").get(key).asDouble()).as(key).isCloseTo(weighted, within(1e-5));
        }
        assertThat(mix.get("providers").size()).isEqualTo(2);
        assertThat(mix.get("providers").get(0).get("hours_per_year").asDouble()).isEqualTo(26_000);
    }

    /**
     * The risk of running out of cash with the office's cost drawn from uniform(0, 4,000) a month, at each fee
     * found (fees paid in the month of care, no opening cash, every month the same): cash falls below zero exactly
     * when the office costs more than the month's margin over pay, so the chance is (4,000 - margin) / 4,000.
     * <ul>
     *   <li>co-op at 10.55: 52,000 / 12 x 10.55 = 45,716.67 less pay of 43,333.33 = 2,383.33: (4,000 - 2,383.33) /
     *       4,000 = 0.404167</li>
     *   <li>for-profit at 11.37: 49,270.00 less 5% fees (2,463.50) and pay = 3,473.17: 0.131708</li>
     *   <li>in-house at 11.13: 48,230.00 less 8% recharge (3,858.40) and pay = 1,038.27: 0.740433</li>
     *   <li>half and half: the co-op at 26,000 hours and 10.79, 23,378.33 - 21,666.67 = 1,711.67: 0.572083; the
     *       for-profit at 11.63, 25,198.33 x 0.95 - 21,666.67 = 2,271.75: 0.432063; the mix, hours-weighted,
     *       0.502073</li>
     * </ul>
     * With Latin hypercube sampling of one input, N runs hit each 1/N of the range once, so the share of runs
     * is within 1/N of the chance. The fee, drawn in the scenario too, is set by the commissioning, so it is not
     * drawn (else the chances would differ).
     */
    @Test
    void theRiskOfRunningOutOfCashIsTheHandWorkedChance() {
        int n = 1200;
        JsonNode root = json(UNCERTAIN, "--iterations", String.valueOf(n), "--seed", "7");
        double slack = 1.0 / n + 1e-9;
        assertThat(option(root, "co-op").get("risk_of_running_out").asDouble())
                .isCloseTo((4000 - 2383.333333) / 4000, within(slack));
        assertThat(option(root, "for-profit").get("risk_of_running_out").asDouble())
                .isCloseTo((4000 - 3473.166667) / 4000, within(slack));
        assertThat(option(root, "in-house").get("risk_of_running_out").asDouble())
                .isCloseTo((4000 - 1038.266667) / 4000, within(slack));
        assertThat(option(root, "half and half").get("risk_of_running_out").asDouble())
                .isCloseTo(0.5 * (4000 - 1711.666667) / 4000 + 0.5 * (4000 - 2271.75) / 4000, within(slack));
        assertThat(root.get("monte_carlo").get("not_drawn").get(0).asString()).isEqualTo("clients[council].fee_per_hour");
        // and the fees found are those of the plan without the uncertainty
        assertThat(option(root, "co-op").get("fee_per_hour").asDouble()).isEqualTo(10.55);
    }

    @Test
    void withoutARequiredWageEachProviderKeepsItsOwnPay() {
        // the plan's own wage, 9.00: the co-op's year costs 52,000 x 9.00 + 12,000 = 480,000; at 9.51 the income is
        // 494,520 and the surplus 14,520, below 3% (14,835.60); at 9.52, 495,040 and 15,040, above 3% (14,851.20)
        JsonNode root = json(SMALL, "--set", "commissioning.wage_per_hour=");
        assertThat(option(root, "co-op").get("fee_per_hour").asDouble()).isEqualTo(9.52);
        assertThat(root.get("wage").asString()).isEqualTo("each provider's own pay");
        assertThat(root.get("wage_at_start").isNull()).isTrue();
    }

    @Test
    void aLongerContractRunsEveryPlanForItsYears() {
        // every year is the same (a numeric wage, no uplifts), so two years need the same fee and spend the same a
        // year: 548,600, or 1,097,200 over the contract
        JsonNode root = json(SMALL, "--set", "commissioning.years=2");
        JsonNode coop = option(root, "co-op");
        assertThat(root.get("years").asInt()).isEqualTo(2);
        assertThat(coop.get("fee_per_hour").asDouble()).isEqualTo(10.55);
        assertThat(coop.get("annual_spend").asDouble()).isCloseTo(548_600, within(PENNY));
        assertThat(coop.get("contract_spend").asDouble()).isCloseTo(1_097_200, within(PENNY));
    }

    @Test
    void withoutWorkingCapitalNoFeeIsViableAndTheReportSaysWhy() {
        // paid 28 days after the month, with no opening cash: the first month's pay (43,333.33) and office (1,000) go
        // out before any fee comes in, so cash falls to -44,333 whatever the fee
        Cli.Run r = Cli.run("commission", SMALL, "--set", "clients[council].paid_after_days=28");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("No option is viable at any fee searched",
                "Co-op is not viable: base (worker-coop): no viable fee up to £100.00",
                "cash still falls to -£44,333 in 2026-04: it needs more working capital");
        JsonNode root = json(SMALL, "--set", "clients[council].paid_after_days=28");
        JsonNode coop = option(root, "co-op");
        assertThat(coop.get("viable").asBoolean()).isFalse();
        assertThat(coop.get("rank").isNull()).isTrue();
        assertThat(coop.get("fee_per_hour").isNull()).isTrue();
        assertThat(coop.get("annual_spend").isNull()).isTrue();
        // with no fee there is no spend to share out: where each 100 goes is n/a too, for a provider and for a mix
        for (String name : List.of("co-op", "half and half")) {
            JsonNode o = option(root, name);
            assertThat(o.get("to_care_workers_per_100").isNull()).as(name).isTrue();
            assertThat(o.get("profit_interest_and_fees_per_100").isNull()).as(name).isTrue();
            for (String key : SHARES) {
                assertThat(o.get("per_100_spend").get(key).isNull()).as(name + " " + key).isTrue();
            }
            o.get("providers").forEach(p -> assertThat(p.get("per_100_income").get("frontline_pay").isNull()).isTrue());
        }
        // the table's column for the mix reads n/a in every share, as its fee does
        String shares = r.out().substring(r.out().indexOf("Of each 100 of spend:"));
        assertThat(shares.lines().filter(l -> l.startsWith("frontline pay")).findFirst().orElseThrow())
                .doesNotContainPattern("\\d");
        // with 50,000 in the bank the co-op is viable again at the fee its margin needs, 10.55; its lowest cash is the
        // first month's, 50,000 - 44,333.33 = 5,666.67
        JsonNode funded = json(SMALL, "--set", "clients[council].paid_after_days=28", "--set", "funding.opening_cash=50000");
        JsonNode viable = option(funded, "co-op");
        assertThat(viable.get("fee_per_hour").asDouble()).isEqualTo(10.55);
        assertThat(viable.get("providers").get(0).get("metrics").get("lowest_cash").asDouble())
                .isCloseTo(50_000 - 44_333.333333, within(PENNY));
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        Cli.Run a = Cli.run("commission", UNCERTAIN, "--iterations", "50", "--seed", "3", "--format", "json");
        Cli.Run b = Cli.run("commission", UNCERTAIN, "--iterations", "50", "--seed", "3", "--format", "json");
        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void withoutAnUncertaintySectionTheRiskIsNotAvailable() {
        JsonNode root = json(SMALL);
        assertThat(option(root, "co-op").get("risk_of_running_out").isNull()).isTrue();
    }

    @Test
    void theTableRanksTheOptionsAndSaysItInSentencesACommitteeCanQuote() {
        Cli.Run r = Cli.run("commission", SMALL);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("buying 52,000 contact hours a year for 1 year from 2026-04",
                "every option paying care workers £10.00 an hour in 2026-04",
                "Co-op costs the council £549,000 a year (£10.55 an hour), the least of the 4 viable options.",
                "In-house costs the council £579,000 a year (£11.13 an hour), £30,000 more than co-op.",
                "For-profit costs the council £591,000 a year (£11.37 an hour), £43,000 more than co-op.",
                "Of each £100 the council spends, £94.79 reaches care workers as pay and on-costs with co-op, against "
                        + "£87.95 with for-profit.",
                // 59,240 of 591,240 (see whereEachHundredGoes); in-house, its surplus of 459.20 of 578,760 = 0.08
                "With for-profit, £10.02 of each £100 (£59,000 a year) goes to profit, interest and fees rather than "
                        + "care; with in-house, £0.08.");
        // the ranked table's first row
        assertThat(r.out().lines().filter(l -> l.trim().startsWith("1  co-op")).findFirst().orElseThrow())
                .contains("£10.55", "£548,600", "94.79");
    }

    @Test
    void theInHouseRiskIsSaidToBeAnOverspendNotAFailure() {
        String sentence = "For in-house, run by the council itself, running out of cash means spending more than its "
                + "budget (the fee) by more than its working capital";
        Cli.Run drawn = Cli.run("commission", UNCERTAIN, "--iterations", "20");
        assertThat(drawn.exitCode()).as(drawn.toString()).isZero();
        assertThat(drawn.out()).contains(sentence);
        // no risk without an uncertainty section, so nothing to explain
        assertThat(Cli.run("commission", SMALL).out()).doesNotContain("run by the council itself");
    }

    @Test
    void aWageFloorIsNamedInWords() {
        Cli.Run r = Cli.run("commission", SMALL, "--set", "commissioning.wage_per_hour=national-living-wage");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        // the National Living Wage of 2026-27 (statutory pack): 12.71
        assertThat(r.out()).contains("every option paying care workers the National Living Wage (£12.71 an hour in 2026-04)");
        assertThat(CommissionReport.wageInWords("real-living-wage + 0.50", org.carecoop.statutory.Nation.ENGLAND.terms())).isEqualTo("the Real Living Wage + 0.50");
        assertThat(CommissionReport.wageInWords("rising 3% each April", org.carecoop.statutory.Nation.ENGLAND.terms())).isEqualTo("rising 3% each April");
    }

    @Test
    void csvHasARowPerOptionInRankOrder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("options.csv");
        Cli.Run r = Cli.run("commission", SMALL, "-o", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("wrote " + out + " (csv)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("rank,option,providers,viable,fee_per_hour,annual_spend");
        assertThat(lines.get(1)).startsWith("1,co-op,base 100%,true,10.55,548600,");
        assertThat(lines.get(3)).startsWith("3,half and half,base 50%; for-profit 50%,true,11.21,582920,");
    }

    @Test
    void markdownHasTheTableAndTheSentences() {
        Cli.Run r = Cli.run("commission", SMALL, "--format", "markdown");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        // the scenario's name says "appraisal" already, so the title does not say it twice
        assertThat(r.out()).contains("# Small options appraisal for hand-checked tests\n")
                .doesNotContain("tests: options appraisal");
        assertThat(r.out()).contains(
                "| 1 | co-op | £10.55 | £548,600 |", "## In words");
    }

    @Test
    void theShippedAppraisalRunsAndEveryOptionDeliversTheHoursAtTheRealLivingWage() {
        JsonNode root = json(SHIPPED, "--iterations", "20");
        assertThat(root.get("options").size()).isEqualTo(5);
        // the Real Living Wage of 2026-27 (13.45) grown by 3% for 2027-28: 13.8535
        assertThat(root.get("wage_at_start").asDouble()).isCloseTo(13.45 * 1.03, within(MILLIONTH));
        for (JsonNode o : root.get("options")) {
            assertThat(o.get("viable").asBoolean()).as(o.get("option").asString()).isTrue();
            assertThat(o.get("hours_delivered_per_year").asDouble()).isCloseTo(250_000, within(1e-4));
            for (JsonNode p : o.get("providers")) {
                assertThat(p.get("metrics").get("unmet_hours").asDouble()).isZero();
            }
        }
    }

    @Test
    void aTornadoOfEveryInputLeavesTheCommissioningQuestionAlone() {
        // moving a mix's share by 10% would break its 100% (and changes nothing in the plan's own run)
        Cli.Run r = Cli.run("tornado", SMALL, "--range", "10%", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("care_workers.wage_per_hour").doesNotContain("commissioning");
    }

    @Test
    void badRequestsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Cli.Run few = Cli.run("commission", SMALL, "--iterations", "1");
        assertThat(few.exitCode()).isEqualTo(2);
        assertThat(few.err()).contains("--iterations must be from 2");
        Cli.Run pdf = Cli.run("commission", SMALL, "-o", dir.resolve("out.pdf").toString());
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains("cannot tell the format from");
        Cli.Run none = Cli.run("commission", "scenarios/provider-comparison.yaml");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("scenarios/provider-comparison.yaml:", "commissioning: missing");
        assertThat(none.err().lines().count()).isEqualTo(1);
        Cli.Run yaml = Cli.run("commission", SMALL, "-o", dir.resolve("out.yaml").toString());
        assertThat(yaml.exitCode()).isEqualTo(2);
    }
}
