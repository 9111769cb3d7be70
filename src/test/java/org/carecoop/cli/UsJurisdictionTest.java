package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A New York City plan is checked against New York's legal floor for home care aides and reported in US words;
 * the UK's charters refuse it, and New York's refuses a UK plan. Figures worked by hand from parameters.csv.
 */
class UsJurisdictionTest {
    private static final String BRONX = "scenarios/bronx-worker-coop-usd.yaml";
    private static final String UK_PLAN = "scenarios/start-up-worker-coop.yaml";
    /** The Bronx plan for 2027 alone, its care workers paid a flat wage with no premium. */
    private static final List<String> PAID_FLAT = List.of("--set", "years=1", "--set",
            "care_workers.wage_above_floor=0", "--set", "care_workers.wage_per_hour=");

    private static String[] args(String command, String wage, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(command, BRONX));
        all.addAll(PAID_FLAT);
        all.set(all.size() - 1, PAID_FLAT.get(PAID_FLAT.size() - 1) + wage);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * The home care aide minimum for 2027 is not published: the pack's 2026 figure, 19.60, grown by the default
     * wage_floor_growth of 3%: 19.60 x 1.03 = 20.188. Pay of 20.00 for every hour of work (travel paid) is
     * 20.188 - 20.00 = 0.188 short in each of the 12 months. The general New York minimum, 17.00 x 1.03 = 17.51,
     * is not the floor that binds.
     */
    @Test
    void aBronxPlanPaid20In2027FailsTheHomeCareAideMinimumByTheGap() {
        Cli.Run run = Cli.run(args("charter", "20.00"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("New York home care aide minimum wage, travel time counted")
                .contains("Public Health Law 3614-f")
                .contains("home-care-aide-minimum-wage  law    NO")
                .contains("0.19 below the New York home care aide minimum wage of 20.19; below it in 12 of 12 months")
                .contains("care_workers.wage_per_hour=care-sector-pay-floor")
                .doesNotContain("National Living Wage").doesNotContain("National Minimum Wage");

        JsonNode json = Cli.json(Cli.run(args("charter", "20.00", "--format", "json")));
        JsonNode pay = json.get("requirements").get(0);
        assertThat(pay.get("met").asBoolean()).isFalse();
        JsonNode figures = pay.get("figures");
        assertThat(figures.get("floor_then").asDouble()).isCloseTo(19.60 * 1.03, within(1e-9));
        assertThat(figures.get("lowest_pay_per_working_hour").asDouble()).isCloseTo(20.00, within(1e-9));
        assertThat(figures.get("floor_then").asDouble() - figures.get("lowest_pay_per_working_hour").asDouble())
                .isCloseTo(0.188, within(1e-9));
        assertThat(figures.get("months_below").asInt()).isEqualTo(12);
    }

    /** Either side of 20.188: 20.18 is short by 0.008 an hour, 20.19 is 0.002 over. */
    @Test
    void theFloorIsMetFromTheFirstCentAboveIt() {
        JsonNode under = Cli.json(Cli.run(args("charter", "20.18", "--format", "json")));
        assertThat(under.get("met").asInt()).isZero();
        assertThat(under.get("requirements").get(0).get("figures").get("months_below").asInt()).isEqualTo(12);
        JsonNode over = Cli.json(Cli.run(args("charter", "20.19", "--format", "json")));
        assertThat(over.get("met").asInt()).isEqualTo(1);
    }

    @Test
    void runWarnsWhenPayIsBelowTheHomeCareAideMinimumAndNotAbove() {
        Cli.Run below = Cli.run(args("run", "20.00"));
        assertThat(below.exitCode()).as(below.toString()).isZero();
        assertThat(below.all()).contains("warning: pay falls below the New York home care aide minimum wage once "
                + "travel time is counted, in 12 months");
        // the plan as written pays the minimum plus 1.93: no warning
        Cli.Run asWritten = Cli.run("run", BRONX);
        assertThat(asWritten.all()).doesNotContain("pay falls below");
    }

    @Test
    void theUkChartersRefuseANewYorkPlanInOneLine() {
        for (String uk : List.of("minimum-wage", "real-living-wage", "ethical-care-charter")) {
            Cli.Run run = Cli.run("charter", BRONX, "--charter", uk);
            BrokenScenarioCorpusTest.assertReported(run, "--charter " + uk, "", "is for plans in uk, not in "
                    + "us-new-york-city (for this plan: new-york-home-care-minimum");
        }
        BrokenScenarioCorpusTest.assertReported(Cli.run("charter", UK_PLAN, "--charter", "new-york-home-care-minimum"),
                "--charter new-york-home-care-minimum", "", "is for plans in us-new-york-city, not in england "
                        + "(for this plan: minimum-wage, real-living-wage, ethical-care-charter");
    }

    @Test
    void withoutCharterEachPlanIsCheckedAgainstItsOwnLegalMinimum() {
        assertThat(Cli.run("charter", BRONX).out()).contains("New York home care aide minimum wage, travel time counted");
        assertThat(Cli.run("charter", UK_PLAN).out()).contains("The legal minimum wage, travel time counted")
                .contains("National Minimum Wage Regulations 2015");
    }

    /** The words of UK law are nowhere in a New York plan's reports; its own are. */
    @Test
    void usReportsSpeakOfFicaNotNationalInsurance() {
        List<String> ukWords = List.of("National Insurance", "National Living Wage", "Employment Allowance",
                "employer NI", "Holiday pay", "Corporation tax", "corporation tax", "£");
        Cli.Run cost = Cli.run("cost", BRONX);
        Cli.Run compare = Cli.run("compare", BRONX);
        Cli.Run run = Cli.run(args("run", "20.00"));
        for (Cli.Run r : List.of(cost, compare, run)) {
            assertThat(r.exitCode()).as(r.toString()).isZero();
            for (String word : ukWords) {
                assertThat(r.out()).as(r.toString()).doesNotContain(word);
            }
        }
        assertThat(cost.out()).contains("Employer FICA ").contains("Paid time off ")
                .contains("Payroll tax relief (less employer FICA)");
        assertThat(compare.out()).contains("employer FICA and retirement contributions (care workers)")
                .contains("corporate income tax");
        assertThat(Cli.run("cost", BRONX, "--format", "csv").out())
                .contains("employer_ni,Employer FICA,").contains("holiday_pay,Paid time off,");
    }

    /** The same reports of a UK plan keep the UK's words. */
    @Test
    void ukReportsKeepTheirWords() {
        assertThat(Cli.run("cost", UK_PLAN).out()).contains("Employer National Insurance ").contains("Holiday pay ")
                .contains("Employment Allowance (less employer NI)");
        assertThat(Cli.run("compare", UK_PLAN).out()).contains("employer NI and pension (care workers)")
                .contains("corporation tax");
    }
}
