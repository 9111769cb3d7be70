package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Projector;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped reference scenarios: the UKHCA's 2020-21 minimum price rebuilt to the penny, and the Homecare
 * Association's headline prices for 2023-24 to 2026-27 against carecoop's build-up (DOMAIN.md section 1).
 */
class ReferenceScenariosTest {
    private static final String UKHCA_2020 = "scenarios/ukhca-minimum-price-2020-21.yaml";
    private static final String HCA_2023_27 = "scenarios/hca-minimum-price-2023-27.yaml";
    /** Half a penny: a figure within it prints as the published one. */
    private static final double HALF_PENNY = 0.005;

    /** The build-up's lines (money per contact hour at the plan's mix of visits) as {@code cost --format csv} prints them. */
    private static Map<String, String> printed(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, String> lines = new HashMap<>();
        for (String line : run.out().split("\n")) {
            // line,label,plan_mix,...: the label may be quoted and hold commas, so read the third field from the end
            String[] cells = line.split(",");
            lines.put(cells[0], cells[cells.length - 5]);
        }
        return lines;
    }

    /** The build-up of a scenario (or one of its variants) in its first year, unrounded, at its own target margin. */
    private static HourlyCost.BuildUp buildUp(String file, String variant) {
        List<LoadedScenario> all = ScenarioLoader.loadAll(Path.of(file), List.of());
        LoadedScenario loaded = all.stream().filter(l -> l.variantLabel().equals(variant)).findFirst().orElseThrow();
        var scenario = Resolver.resolve(loaded);
        return CostOfCare.of(Projector.project(scenario), 1, scenario.provider().targetMargin()).buildUp();
    }

    /**
     * UKHCA, April 2020 to March 2021 (thecareruk.com, 20 January 2020): contact 8.72, travel 1.70, employers' NI and
     * pensions 1.14, other wage on-costs 1.97, mileage 1.36, running the business 5.20, surplus 0.60, total 20.69.
     */
    @Test
    void costPrintsTheUkhca2020to21BuildUpToThePenny() {
        Map<String, String> cost = printed("cost", UKHCA_2020, "--format", "csv");
        assertThat(cost.get("contact_pay")).isEqualTo("8.72");
        assertThat(cost.get("travel_pay")).isEqualTo("1.70");
        assertThat(cost.get("mileage")).isEqualTo("1.36");
        assertThat(cost.get("care_worker_costs")).isEqualTo("14.89");
        assertThat(cost.get("business_costs")).isEqualTo("5.20");
        assertThat(cost.get("employment_allowance")).isEqualTo("0.00");
        assertThat(cost.get("surplus")).isEqualTo("0.60");
        assertThat(cost.get("price")).isEqualTo("20.69");
        // the UKHCA publishes two lines as sums of carecoop's
        assertThat(Double.parseDouble(cost.get("employer_ni")) + Double.parseDouble(cost.get("pension")))
                .isCloseTo(1.14, within(1e-9));
        assertThat(Double.parseDouble(cost.get("holiday_pay")) + Double.parseDouble(cost.get("sick_pay"))
                + Double.parseDouble(cost.get("other_paid_time"))).isCloseTo(1.97, within(1e-9));
    }

    /**
     * The same unrounded, each within half a penny of the published line, so no line is right only by rounding.
     * By hand: contact 8.72; travel 8.72 x 11.7 / 60 = 1.7004; mileage 3.0222 x 0.45 = 1.35999; with the other
     * on-costs at 1.97 the earnings per contact hour are 8.72 + 1.7004 + 1.97 = 12.3904, and NI and pension together
     * 12.3904 x (13.8% + 3%) - (8,788 x 13.8% + 6,240 x 3%) / C = 2.0816 - 1,399.94 / C, which is 1.14 at C = 1,486.8
     * contact hours a year; the price is (14.89 + 5.20) / (1 - 2.9%) = 20.690 and its surplus 20.69 x 2.9% = 0.600.
     */
    @Test
    void theUnroundedLinesAreWithinHalfAPennyOfThePublishedOnes() {
        HourlyCost.BuildUp b = buildUp(UKHCA_2020, "base");
        assertThat(b.line("contact_pay")).isCloseTo(8.72, within(1e-9));
        assertThat(b.line("travel_pay")).isCloseTo(8.72 * 11.7 / 60, within(1e-9));
        assertThat(b.line("mileage")).isCloseTo(3.0222 * 0.45, within(1e-9));
        assertThat(b.line("employer_ni") + b.line("pension")).isCloseTo(1.14, within(HALF_PENNY));
        assertThat(b.line("holiday_pay") + b.line("sick_pay") + b.line("other_paid_time")).isCloseTo(1.97, within(HALF_PENNY));
        assertThat(b.careWorkerCost()).isCloseTo(14.89, within(HALF_PENNY));
        assertThat(b.line("business_costs")).isCloseTo(5.20, within(1e-9));
        assertThat(b.line("surplus")).isCloseTo(0.60, within(HALF_PENNY));
        assertThat(b.price()).isCloseTo(20.69, within(HALF_PENNY));
        assertThat(b.price()).isCloseTo((b.careWorkerCost() + 5.20) / (1 - 0.029), within(1e-9));
    }

    /** A published headline price, the variant that models its year, and carecoop's price to the penny. */
    private record Headline(String variant, double published, String carecoop) {}

    /**
     * The Homecare Association's headline prices (25.95, 28.53, 32.14, 34.42; the last reported second-hand) against
     * carecoop's build-up: the 2020-21 method carried forward with each year's statutory figures and business costs
     * grown with the National Living Wage. Tolerance: up to 12% below the headline, never above. The Association's own
     * assumptions for these years (business costs, paid waiting and training time, travel and mileage, the mix of visit
     * lengths) are not published with the headline and are not used; its build-up has since taken in more costs than
     * in 2020-21 (it now pays waiting time, for one), so carecoop's comes out lower, and the gap grows from 5% to 11%
     * as the years move away from 2020-21. carecoop's own figures are pinned to the penny, so a change to the model
     * or the statutory tables that moves them is seen.
     */
    @Test
    void theHeadlinePricesAreWithinTwelvePercentAboveCarecoopsBuildUp() {
        List<Headline> years = List.of(new Headline("base", 25.95, "24.61"), new Headline("2024-25", 28.53, "26.98"),
                new Headline("2025-26", 32.14, "29.33"), new Headline("2026-27", 34.42, "30.50"));
        for (Headline h : years) {
            String[] args = h.variant().equals("base") ? new String[] {"cost", HCA_2023_27, "--format", "csv"}
                    : new String[] {"cost", HCA_2023_27, "--variant", h.variant(), "--format", "csv"};
            String price = printed(args).get("price");
            assertThat(price).as(h.variant()).isEqualTo(h.carecoop());
            double gap = (h.published() - Double.parseDouble(price)) / h.published();
            assertThat(gap).as("%s: carecoop %s against the Association's %s", h.variant(), price, h.published())
                    .isBetween(0.0, 0.12);
        }
    }

    /**
     * The workbook of the four years: its Cost per hour sheet names each version's own tax year (they start in
     * different years) and holds carecoop's four prices.
     */
    @Test
    void theWorkbookCostsEachYearInItsOwnTaxYear(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("reference.xlsx");
        Cli.Run run = Cli.run("cost", HCA_2023_27, "-o", file.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            var sheet = wb.getSheet("Cost per hour");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("plan year 1 (each version's own, under its name)");
            List<String> headers = new java.util.ArrayList<>();
            List<Double> prices = new java.util.ArrayList<>();
            for (var row : sheet) {
                String label = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (label.equals("Per contact hour") && headers.isEmpty()) {
                    for (int c = 1; c <= 4; c++) {
                        headers.add(row.getCell(c).getStringCellValue());
                    }
                }
                if (label.equals("Price per contact hour") && prices.isEmpty()) {
                    for (int c = 1; c <= 4; c++) {
                        prices.add(row.getCell(c).getNumericCellValue());
                    }
                }
            }
            assertThat(headers).containsExactly("base\n(2023-24, 60-min average)", "2024-25\n(2024-25, 60-min average)",
                    "2025-26\n(2025-26, 60-min average)", "2026-27\n(2026-27, 60-min average)");
            assertThat(prices).hasSize(4);
            double[] expected = {24.61, 26.98, 29.33, 30.50};
            for (int i = 0; i < 4; i++) {
                assertThat(prices.get(i)).isCloseTo(expected[i], within(HALF_PENNY));
            }
        }
    }

    /**
     * 2025-26 is the one year the Association splits its price: 22.71 of the 32.14 is the statutory cost of employing
     * the care worker. carecoop's care worker costs (with mileage) come to 21.20, 6.6% less; tolerance 8%, for the
     * same unpublished assumptions (chiefly paid waiting time, which the Association now counts and this build-up
     * does not).
     */
    @Test
    void the2025to26CareWorkerCostIsWithinEightPercentOfTheAssociations() {
        String careWorker = printed("cost", HCA_2023_27, "--variant", "2025-26", "--format", "csv").get("care_worker_costs");
        assertThat(careWorker).isEqualTo("21.20");
        assertThat((22.71 - Double.parseDouble(careWorker)) / 22.71).isBetween(0.0, 0.08);
    }
}
