package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code carecoop charter}: the built-in charters, a union's own, its outputs, and broken charter files. */
class CharterCommandTest {
    private static final String SHIPPED = "scenarios/union-ethical-care-charter.yaml";

    static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CharterCommandTest.class.getResource(name), name).toURI());
    }

    static Path plan() throws URISyntaxException {
        return resource("/charters/zero-hours-unpaid-travel.yaml");
    }

    @Test
    void theMinimumWageCharterIsTheDefaultAndReportsTheGapAndTheFix() throws Exception {
        Cli.Run run = Cli.run("charter", plan().toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        // 12.21 x 30/40 = 9.1575 an hour of working time, 3.0525 below the National Living Wage (CharterAnalysisTest)
        assertThat(run.out()).contains("The legal minimum wage, travel time counted")
                .contains("is lowest in 2025-04: 9.16, 3.05 below the National Living Wage of 12.21")
                .contains("0 of 1 requirements met")
                // travel paid: 12.21 / 3 x 1.1207 = 4.56 more per contact hour
                .contains("Meeting the charter costs £4.56 more per contact hour")
                .contains("care_workers.travel_paid=true");
    }

    @Test
    void aUnionWrittenCharterFileWorks() throws Exception {
        // mileage at 0.30 for 2 miles a visit, against the branch's 45p
        JsonNode json = Cli.json(Cli.run("charter", plan().toString(), "--charter",
                resource("/charters/branch-charter.yaml").toString(), "--set", "care_workers.miles_per_visit=2",
                "--set", "care_workers.mileage_rate=0.30", "--format", "json"));
        assertThat(json.get("charter").asString()).isEqualTo("Branch homecare claim 2025");
        assertThat(json.get("met").asInt()).isZero();
        JsonNode rate = json.get("requirements").get(0);
        assertThat(rate.get("name").asString()).isEqualTo("negotiated-rate");
        // the floor of 13.00 applies from October: six months checked
        assertThat(rate.get("figures").get("months_checked").asInt()).isEqualTo(6);
        JsonNode mileage = json.get("requirements").get(1);
        // 2 visits an hour x 2 miles x (0.45 - 0.30) = 0.60 per contact hour
        assertThat(mileage.get("figures").get("shortfall_per_contact_hour").asDouble()).isCloseTo(0.60, within(1e-9));
        assertThat(mileage.get("gap").asString()).startsWith("mileage paid at 0.30 a mile, 0.15 below the charter's rate of 0.45");
        JsonNode costing = json.get("costing");
        assertThat(costing.get("still_unmet").size()).isZero();
        List<String> changes = new ArrayList<>();
        costing.get("changes").forEach(c -> changes.add(c.get("path").asString() + "=" + c.get("value").asString()));
        assertThat(changes).containsExactly("care_workers.travel_paid=true",
                "care_workers.wage_per_hour={2025-04: 12.21, 2025-10: 13}", "care_workers.mileage_rate=0.45",
                "care_workers.contract=guaranteed-hours", "care_workers.guaranteed_hours_per_week=10",
                "care_workers.meeting_hours_per_month=2");
    }

    @Test
    void theCompliantPlansChangesReproduceItsFiguresThroughSet() throws Exception {
        JsonNode json = Cli.json(Cli.run("charter", SHIPPED, "--charter", "ethical-care-charter", "--format", "json"));
        JsonNode costing = json.get("costing");
        assertThat(costing.get("still_unmet").size()).isZero();
        List<String> args = new ArrayList<>(List.of("run", SHIPPED, "--format", "json"));
        costing.get("changes").forEach(c -> {
            args.add("--set");
            args.add(c.get("path").asString() + "=" + c.get("value").asString());
        });
        JsonNode run = Cli.json(Cli.run(args.toArray(String[]::new)));
        JsonNode lastYear = run.get("years").get(run.get("years").size() - 1);
        assertThat(lastYear.get("operating_costs").asDouble())
                .isCloseTo(costing.get("compliant").get("operating_costs").asDouble(), within(1e-3));
    }

    @Test
    void everyBuiltInCharterRunsOnTheShippedScenario() {
        for (String name : List.of("minimum-wage", "real-living-wage", "ethical-care-charter")) {
            Cli.Run run = Cli.run("charter", SHIPPED, "--charter", name);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("requirements met").contains("The extra cost passed through")
                    .contains("Viable (3.0% target margin, cash never below 0)");
        }
    }

    @Test
    void eachFeeIsForTheReportedYearAndMeetsItsBasisThere() {
        // The Real Living Wage rises from 12.60 to 13.45 and the National Living Wage from 12.21 to 12.71, so meeting
        // it costs more in plan year 2 than in year 1. Each fee answer is solved on the reported year's own figures, so
        // in either year: passing the extra cost through brings in the year's extra cost and no more than a penny an
        // hour above it, and keeps the surplus in money; the current margin keeps the year's margin; the viable fee
        // makes the 3% target margin in the year.
        for (int year = 1; year <= 2; year++) {
            JsonNode costing = Cli.json(Cli.run("charter", SHIPPED, "--charter", "real-living-wage", "--year",
                    String.valueOf(year), "--format", "json")).get("costing");
            JsonNode fees = costing.get("fees");
            double hours = costing.get("compliant").get("contact_hours").asDouble();
            JsonNode through = fees.get("pass_through");
            assertThat(through.get("found").asBoolean()).isTrue();
            // the rise x the year's contact hours (the hours do not change here) against the year's extra cost
            double extra = costing.get("extra_per_year").asDouble();
            assertThat(through.get("extra_spend_in_year").asDouble())
                    .isCloseTo(through.get("rise_per_hour").asDouble() * hours, within(1e-6))
                    .isBetween(extra, extra + 0.01 * hours);
            assertThat(through.get("surplus_in_year").asDouble())
                    .isBetween(fees.get("base_surplus_in_year").asDouble(), fees.get("base_surplus_in_year").asDouble()
                            + 0.01 * hours);
            JsonNode margin = fees.get("current_margin");
            assertThat(margin.get("margin_in_year").asDouble()).isGreaterThanOrEqualTo(
                    fees.get("base_margin_in_year").asDouble());
            JsonNode viable = fees.get("viable");
            assertThat(viable.get("margin_in_year").asDouble()).isGreaterThanOrEqualTo(0.03);
            // each year's answer is its own: in year 2 the years before are raised by their own extra cost
            assertThat(through.get("earlier_years_rise_per_hour").size()).isEqualTo(year - 1);
        }
    }

    @Test
    void listAndShowPrintTheBuiltInCharters() {
        Cli.Run list = Cli.run("charter", "--list");
        assertThat(list.out()).contains("minimum-wage: The legal minimum wage, travel time counted (1 requirement)\n")
                .contains("(9 requirements)");
        assertThat(list.out()).contains("minimum-wage:").contains("real-living-wage:").contains("ethical-care-charter:");
        Cli.Run show = Cli.run("charter", "--show", "ethical-care-charter");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("check: travel-time-paid").contains("source:");
    }

    @Test
    void writesTheWorkbookJsonAndCsvAtomically(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("charter.xlsx");
        Cli.Run run = Cli.run("charter", plan().toString(), "-o", xlsx.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("wrote " + xlsx + " (xlsx)");
        assertThat(Files.size(xlsx)).isPositive();
        Path csv = dir.resolve("charter.csv");
        assertThat(Cli.run("charter", plan().toString(), "-o", csv.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("requirement,stage,met,found,gap");
        assertThat(lines.get(1)).startsWith("national-living-wage,law,no,").contains("4.56");
        Path json = dir.resolve("charter.json");
        assertThat(Cli.run("charter", plan().toString(), "-o", json.toString()).exitCode()).isZero();
        assertThat(Files.readString(json)).contains("\"extra_per_contact_hour\": 4.561249");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("charter.xlsx",
                    "charter.csv", "charter.json");
        }
    }

    @Test
    void refusesToWriteOverTheScenarioOrAYamlFile(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run("charter", plan().toString(), "-o", dir.resolve("out.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("looks like a scenario file");
    }

    @Test
    void anUnknownBuiltInCharterIsOneLineWithASuggestion() throws Exception {
        BrokenScenarioCorpusTest.assertReported(Cli.run("charter", plan().toString(), "--charter", "minimum-wag"),
                "--charter minimum-wag", "", "no built-in charter 'minimum-wag' (did you mean 'minimum-wage'?");
    }

    @Test
    void aMissingCharterFileOrAFolderIsReportedAtTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("our-charter.yaml");
        BrokenScenarioCorpusTest.assertReported(Cli.run("charter", plan().toString(), "--charter", missing.toString()),
                missing + ":1:1", "", "file not found");
        Path folder = Files.createDirectory(dir.resolve("charters.yaml"));
        BrokenScenarioCorpusTest.assertReported(Cli.run("charter", plan().toString(), "--charter", folder.toString()),
                folder + ":1:1", "", "is a folder, not a charter file");
    }

    @Test
    void aYearOutsideThePlanIsRefused() throws Exception {
        Cli.Run run = Cli.run("charter", plan().toString(), "--year", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--year 3 is outside the plan (years 1 to 1)");
    }

    // the broken charter corpus: each file says where its mistake is and what carecoop must answer

    record Case(String name, Path file, String place, String path, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> brokenCharters() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(resource("/broken-charters"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String expect = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith("# expect: ")).findFirst().orElseThrow()
                        .substring("# expect: ".length());
                String[] parts = expect.split(" \\| ", 3);
                cases.add(new Case(file.getFileName().toString(), file, parts[0].trim(), parts[1].trim(),
                        parts[2].trim()));
            }
        }
        return cases.stream();
    }

    @Test
    void theBrokenCharterCorpusHasItsCases() throws Exception {
        assertThat(brokenCharters().count()).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCharters")
    void eachBrokenCharterIsReportedAtItsPlace(Case c) throws Exception {
        BrokenScenarioCorpusTest.assertReported(Cli.run("charter", plan().toString(), "--charter", c.file().toString()),
                c.file() + ":" + c.place(), c.path(), c.fragment());
    }
}
