package org.carecoop.statutory;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.carecoop.statutory.StatutoryParameter.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled table against figures typed by hand from DOMAIN.md section 3 (not read back
 * from the CSV), so a typo in the data file shows up here.
 */
class StatutoryTablesTest {

    /** Money worked out from the table is compared to a tenth of a penny. */
    private static final double MONEY_TOLERANCE = 0.001;

    private static final StatutoryTables TABLES = StatutoryTables.load();

    private static void assertFigures(String year, Map<StatutoryParameter, Double> expected) {
        StatutoryPack pack = TABLES.pack(Nation.ENGLAND, TaxYear.of(year));
        assertThat(pack.carriedForward()).isFalse();
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((p, v) -> soft.assertThat(pack.value(p)).as("%s %s", year, p.key()).isEqualTo(v));
        soft.assertAll();
    }

    /**
     * The year of the UKHCA's 2020-21 minimum price (DOMAIN.md section 1: NLW 8.72), with the employer figures of HMRC's
     * rates and thresholds for 2020 to 2021: NI 13.8% above £169 a week (52 x 169 = 8,788), Employment Allowance
     * £4,000, SSP £95.85 from 6 April 2020, pension band £6,240 to £50,000, one corporation tax rate of 19%.
     */
    @Test
    void england2020to21() {
        assertFigures("2020-21", Map.ofEntries(
                entry(NATIONAL_LIVING_WAGE, 8.72),
                entry(YOUTH_RATE_18_20, 6.45),
                entry(REAL_LIVING_WAGE, 9.30),
                entry(LONDON_LIVING_WAGE, 10.75),
                entry(EMPLOYER_NI_RATE, 0.138),
                entry(NI_SECONDARY_THRESHOLD, 52 * 169.0),
                entry(EMPLOYMENT_ALLOWANCE, 4000.0),
                entry(PENSION_EMPLOYER_RATE, 0.03),
                entry(PENSION_QUALIFYING_LOWER, 6240.0),
                entry(PENSION_QUALIFYING_UPPER, 50000.0),
                entry(HOLIDAY_ACCRUAL_RATE, 0.1207),
                entry(SSP_WEEKLY_RATE, 95.85),
                entry(SSP_WAITING_DAYS, 3.0),
                entry(SSP_LOWER_EARNINGS_LIMIT, 120.0),
                entry(CORPORATION_TAX_SMALL_RATE, 0.19),
                entry(CORPORATION_TAX_MAIN_RATE, 0.19),
                entry(CORPORATION_TAX_MARGINAL_RELIEF_FRACTION, 0.0),
                entry(MILEAGE_RATE, 0.45)));
    }

    /** The Homecare Association's 2023-24 year (DOMAIN.md section 1: NLW 10.42) and HMRC's 2023 to 2024 figures. */
    @Test
    void england2023to24() {
        assertFigures("2023-24", Map.ofEntries(
                entry(NATIONAL_LIVING_WAGE, 10.42),
                entry(REAL_LIVING_WAGE, 10.90),
                entry(EMPLOYER_NI_RATE, 0.138),
                entry(NI_SECONDARY_THRESHOLD, 52 * 175.0),
                entry(EMPLOYMENT_ALLOWANCE, 5000.0),
                entry(SSP_WEEKLY_RATE, 109.40),
                entry(CORPORATION_TAX_SMALL_RATE, 0.19),
                entry(CORPORATION_TAX_MAIN_RATE, 0.25),
                entry(CORPORATION_TAX_MARGINAL_RELIEF_FRACTION, 0.015)));
    }

    /**
     * 2022-23's employer NI changed on 6 November 2022 (15.05% before, 13.8% after); a model that takes a tax year at a
     * time uses HMRC's whole-year rate, 14.53%, which is the two weighted by the year's months to a hundredth of a point:
     * (7 x 15.05 + 5 x 13.8) / 12 = 14.53.
     */
    @Test
    void the2022to23NationalInsuranceRateIsTheYearsBlend() {
        double rate = TABLES.pack(Nation.ENGLAND, TaxYear.of("2022-23")).value(EMPLOYER_NI_RATE);
        assertThat(rate).isEqualTo(0.1453);
        assertThat(rate).isCloseTo((7 * 0.1505 + 5 * 0.138) / 12, within(0.00005));
    }

    @Test
    void england2024to25() {
        assertFigures("2024-25", Map.ofEntries(
                entry(NATIONAL_LIVING_WAGE, 11.44),
                entry(YOUTH_RATE_18_20, 8.60),
                // DOMAIN.md's table shows 12.60 / 13.85 here, but by its own rule ("announced previous
                // October") 2024-25 takes the October 2023 rates: 12.00 / 13.15 (Living Wage Foundation,
                // 24 October 2023). 12.60 / 13.85 were announced in October 2024, for 2025-26.
                entry(REAL_LIVING_WAGE, 12.00),
                entry(LONDON_LIVING_WAGE, 13.15),
                entry(EMPLOYER_NI_RATE, 0.138),
                entry(NI_SECONDARY_THRESHOLD, 9100.0),
                entry(EMPLOYMENT_ALLOWANCE, 5000.0),
                entry(PENSION_EMPLOYER_RATE, 0.03),
                entry(PENSION_QUALIFYING_LOWER, 6240.0),
                entry(PENSION_QUALIFYING_UPPER, 50270.0),
                entry(HOLIDAY_ACCRUAL_RATE, 0.1207),
                entry(SSP_WEEKLY_RATE, 116.75),
                entry(SSP_WAITING_DAYS, 3.0),
                entry(SSP_EARNINGS_CAP_SHARE, 1.0),
                entry(SSP_LOWER_EARNINGS_LIMIT, 123.0),
                entry(MILEAGE_RATE, 0.45),
                entry(MILEAGE_RATE_OVER_10000, 0.25),
                entry(MILEAGE_RATE_THRESHOLD, 10000.0),
                entry(CORPORATION_TAX_SMALL_RATE, 0.19),
                entry(CORPORATION_TAX_MAIN_RATE, 0.25),
                entry(CORPORATION_TAX_LOWER_LIMIT, 50000.0),
                entry(CORPORATION_TAX_UPPER_LIMIT, 250000.0),
                entry(CORPORATION_TAX_MARGINAL_RELIEF_FRACTION, 0.015)));
    }

    @Test
    void england2025to26() {
        assertFigures("2025-26", Map.ofEntries(
                entry(NATIONAL_LIVING_WAGE, 12.21),
                entry(YOUTH_RATE_18_20, 10.00),
                entry(REAL_LIVING_WAGE, 12.60),
                entry(LONDON_LIVING_WAGE, 13.85),
                entry(EMPLOYER_NI_RATE, 0.15),
                entry(NI_SECONDARY_THRESHOLD, 5000.0),
                entry(EMPLOYMENT_ALLOWANCE, 10500.0),
                entry(PENSION_EMPLOYER_RATE, 0.03),
                entry(PENSION_QUALIFYING_LOWER, 6240.0),
                entry(PENSION_QUALIFYING_UPPER, 50270.0),
                entry(HOLIDAY_ACCRUAL_RATE, 0.1207),
                entry(SSP_WEEKLY_RATE, 118.75),
                entry(SSP_WAITING_DAYS, 3.0),
                entry(SSP_EARNINGS_CAP_SHARE, 1.0),
                entry(SSP_LOWER_EARNINGS_LIMIT, 125.0),
                entry(MILEAGE_RATE, 0.45),
                entry(MILEAGE_RATE_OVER_10000, 0.25),
                entry(MILEAGE_RATE_THRESHOLD, 10000.0),
                entry(CORPORATION_TAX_SMALL_RATE, 0.19),
                entry(CORPORATION_TAX_MAIN_RATE, 0.25),
                entry(CORPORATION_TAX_LOWER_LIMIT, 50000.0),
                entry(CORPORATION_TAX_UPPER_LIMIT, 250000.0),
                entry(CORPORATION_TAX_MARGINAL_RELIEF_FRACTION, 0.015)));
    }

    @Test
    void england2026to27() {
        assertFigures("2026-27", Map.ofEntries(
                entry(NATIONAL_LIVING_WAGE, 12.71),
                entry(YOUTH_RATE_18_20, 10.85),
                entry(REAL_LIVING_WAGE, 13.45),
                entry(LONDON_LIVING_WAGE, 14.80),
                entry(EMPLOYER_NI_RATE, 0.15),
                entry(NI_SECONDARY_THRESHOLD, 5000.0),
                entry(EMPLOYMENT_ALLOWANCE, 10500.0),
                entry(PENSION_EMPLOYER_RATE, 0.03),
                entry(PENSION_QUALIFYING_LOWER, 6240.0),
                entry(PENSION_QUALIFYING_UPPER, 50270.0),
                entry(HOLIDAY_ACCRUAL_RATE, 0.1207),
                // Lower of 123.25 and 80% of weekly earnings, from day 1, for everyone (LEL removed).
                entry(SSP_WEEKLY_RATE, 123.25),
                entry(SSP_WAITING_DAYS, 0.0),
                entry(SSP_EARNINGS_CAP_SHARE, 0.8),
                entry(SSP_LOWER_EARNINGS_LIMIT, 0.0),
                entry(MILEAGE_RATE, 0.45),
                entry(MILEAGE_RATE_OVER_10000, 0.25),
                entry(MILEAGE_RATE_THRESHOLD, 10000.0),
                entry(CORPORATION_TAX_SMALL_RATE, 0.19),
                entry(CORPORATION_TAX_MAIN_RATE, 0.25),
                entry(CORPORATION_TAX_LOWER_LIMIT, 50000.0),
                entry(CORPORATION_TAX_UPPER_LIMIT, 250000.0),
                entry(CORPORATION_TAX_MARGINAL_RELIEF_FRACTION, 0.015)));
    }

    @Test
    void newYorkCityFiguresAsPublished() {
        // typed by hand from the publications cited in parameters.csv (IRS, NY DOL, NY Public Health Law)
        Map<StatutoryParameter, Double> both = Map.ofEntries(
                entry(EMPLOYER_NI_RATE, 0.0765),               // FICA 6.2% + 1.45%
                entry(NI_SECONDARY_THRESHOLD, 0.0),
                entry(EMPLOYMENT_ALLOWANCE, 0.0),
                entry(PENSION_EMPLOYER_RATE, 0.0),
                entry(HOLIDAY_ACCRUAL_RATE, 0.0),
                entry(SSP_WAITING_DAYS, 0.0),
                entry(SSP_EARNINGS_CAP_SHARE, 1.0),
                entry(FEDERAL_UNEMPLOYMENT_TAX_RATE, 0.006),   // 6.0% - 5.4% credit
                entry(FEDERAL_UNEMPLOYMENT_WAGE_BASE, 7000.0),
                entry(STATE_UNEMPLOYMENT_TAX_RATE, 0.041),
                entry(CORPORATION_TAX_MAIN_RATE, 0.331265),
                entry(CORPORATION_TAX_LOWER_LIMIT, 0.0),
                entry(CORPORATION_TAX_UPPER_LIMIT, 0.0));
        Map<String, Map<StatutoryParameter, Double>> byYear = Map.of(
                "2025", Map.of(NATIONAL_LIVING_WAGE, 16.50, CARE_SECTOR_PAY_FLOOR, 19.10, MILEAGE_RATE, 0.70,
                        STATE_UNEMPLOYMENT_WAGE_BASE, 12800.0, PENSION_QUALIFYING_UPPER, 350000.0),
                "2026", Map.of(NATIONAL_LIVING_WAGE, 17.00, CARE_SECTOR_PAY_FLOOR, 19.60, MILEAGE_RATE, 0.725,
                        STATE_UNEMPLOYMENT_WAGE_BASE, 17600.0, PENSION_QUALIFYING_UPPER, 360000.0));
        SoftAssertions soft = new SoftAssertions();
        byYear.forEach((year, own) -> {
            StatutoryPack pack = TABLES.pack(Nation.US_NEW_YORK_CITY, TaxYear.of(year));
            both.forEach((p, v) -> soft.assertThat(pack.value(p)).as("%s %s", year, p.key()).isEqualTo(v));
            own.forEach((p, v) -> soft.assertThat(pack.value(p)).as("%s %s", year, p.key()).isEqualTo(v));
            soft.assertThat(pack.find(REAL_LIVING_WAGE)).as("no Real Living Wage in New York").isEmpty();
            soft.assertThat(pack.find(YOUTH_RATE_18_20)).isEmpty();
        });
        soft.assertAll();
        // the combined rate is the published ones put together: 21% + (6.5% + 8.85%) x (1 - 21%)
        assertThat(0.21 + (0.065 + 0.0885) * (1 - 0.21)).isCloseTo(0.331265, within(1e-12));
        // the one home care floor not found in the statute is labelled an assumption
        assertThat(TABLES.pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2026")).find(CARE_SECTOR_PAY_FLOOR)
                .orElseThrow().source()).startsWith("assumption");
    }

    @Test
    void domainWorkedChecksOnEmployerNationalInsurance() {
        // DOMAIN.md: (25,000 - 9,100) x 13.8% = 2,194 in 2024-25; (25,000 - 5,000) x 15% = 3,000 in 2025-26.
        StatutoryPack y2024 = TABLES.pack(Nation.ENGLAND, TaxYear.of("2024-25"));
        StatutoryPack y2025 = TABLES.pack(Nation.ENGLAND, TaxYear.of("2025-26"));
        assertThat((25_000 - y2024.value(NI_SECONDARY_THRESHOLD)) * y2024.value(EMPLOYER_NI_RATE))
                .isCloseTo(2194.2, within(MONEY_TOLERANCE));
        assertThat((25_000 - y2025.value(NI_SECONDARY_THRESHOLD)) * y2025.value(EMPLOYER_NI_RATE))
                .isCloseTo(3000.0, within(MONEY_TOLERANCE));
    }

    @Test
    void holidayRateIsTheStatutoryRatio() {
        // 5.6 weeks' leave over the 46.4 weeks worked, rounded to 12.07%.
        assertThat(TABLES.pack(Nation.ENGLAND, TaxYear.of("2025-26")).value(HOLIDAY_ACCRUAL_RATE))
                .isCloseTo(5.6 / 46.4, within(0.00005));
    }

    @Test
    void coversTheTaxYearsFrom2020to21AndTheUsCalendarYears() {
        assertThat(TABLES.years(Nation.ENGLAND)).containsExactly(TaxYear.of("2020-21"), TaxYear.of("2021-22"),
                TaxYear.of("2022-23"), TaxYear.of("2023-24"), TaxYear.of("2024-25"), TaxYear.of("2025-26"),
                TaxYear.of("2026-27"));
        assertThat(TABLES.earliest(Nation.ENGLAND)).isEqualTo(TaxYear.of("2020-21"));
        assertThat(TABLES.latest(Nation.ENGLAND)).isEqualTo(TaxYear.of("2026-27"));
        assertThat(TABLES.years(Nation.US_NEW_YORK_CITY)).containsExactly(TaxYear.of("2025"), TaxYear.of("2026"));
    }

    @Test
    void everyRequiredParameterIsPresentForEveryNationAndYear() {
        SoftAssertions soft = new SoftAssertions();
        for (Nation nation : Nation.values()) {
            for (TaxYear year : TABLES.years(nation)) {
                StatutoryPack pack = TABLES.pack(nation, year);
                soft.assertThat(pack.nation()).isEqualTo(nation);
                soft.assertThat(pack.taxYear()).isEqualTo(year);
                for (StatutoryParameter p : StatutoryParameter.values()) {
                    if (p.requiredIn(nation.country())) {
                        soft.assertThat(pack.find(p)).as("%s %s %s", nation.key(), year, p.key()).isPresent();
                    }
                }
                for (Parameter figure : pack.parameters().values()) {
                    soft.assertThat(figure.source()).as("source of %s", figure.name()).isNotBlank();
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void everyRowInTheFileHasASource() throws IOException {
        List<CsvReader.Row> rows = CsvReader.parse(bundledText());
        assertThat(rows.get(0).fields()).containsExactlyElementsOf(StatutoryTables.HEADER);
        assertThat(rows).hasSizeGreaterThan(1);
        SoftAssertions soft = new SoftAssertions();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            soft.assertThat(row.fields()).as("line %d", row.line()).hasSize(6);
            if (row.fields().size() == 6) {
                soft.assertThat(row.fields().get(5)).as("source on line %d", row.line()).isNotBlank();
            }
        }
        soft.assertAll();
    }

    @Test
    void scotlandAndWalesHaveTheirCareSectorPayFloors() {
        // Scotland: at least 12.00 from April 2024 (gov.scot); at least the Real Living Wage, 12.60, in 2025-26.
        assertThat(TABLES.pack(Nation.SCOTLAND, TaxYear.of("2024-25")).value(CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.00);
        assertThat(TABLES.pack(Nation.SCOTLAND, TaxYear.of("2025-26")).value(CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.60);
        // Wales: the Real Living Wage for social care workers.
        assertThat(TABLES.pack(Nation.WALES, TaxYear.of("2024-25")).value(CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.00);
        assertThat(TABLES.pack(Nation.WALES, TaxYear.of("2025-26")).value(CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.60);
        assertThat(TABLES.pack(Nation.SCOTLAND, TaxYear.of("2025-26"))
                        .find(CARE_SECTOR_PAY_FLOOR).orElseThrow().source())
                .contains("S6W-38736");
    }

    @Test
    void englandAndNorthernIrelandHaveNoCareSectorPayFloor() {
        for (TaxYear year : TABLES.years(Nation.ENGLAND)) {
            assertThat(TABLES.pack(Nation.ENGLAND, year).find(CARE_SECTOR_PAY_FLOOR)).isEmpty();
            assertThat(TABLES.pack(Nation.NORTHERN_IRELAND, year).find(CARE_SECTOR_PAY_FLOOR)).isEmpty();
        }
        assertThatThrownBy(() -> TABLES.pack(Nation.ENGLAND, TaxYear.of("2025-26")).value(CARE_SECTOR_PAY_FLOOR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("care_sector_pay_floor");
    }

    @Test
    void nationsShareTheUkWideFigures() {
        TaxYear year = TaxYear.of("2025-26");
        StatutoryPack england = TABLES.pack(Nation.ENGLAND, year);
        for (Nation nation : Nation.in(Country.UK)) {
            StatutoryPack pack = TABLES.pack(nation, year);
            assertThat(pack.value(NATIONAL_LIVING_WAGE)).isEqualTo(england.value(NATIONAL_LIVING_WAGE));
            assertThat(pack.value(EMPLOYER_NI_RATE)).isEqualTo(england.value(EMPLOYER_NI_RATE));
        }
    }

    @Test
    void yearsAfterTheLatestCarryItsFiguresForward() {
        StatutoryPack latest = TABLES.pack(Nation.SCOTLAND, TaxYear.of("2026-27"));
        StatutoryPack later = TABLES.pack(Nation.SCOTLAND, TaxYear.of("2029-30"));
        assertThat(later.carriedForward()).isTrue();
        assertThat(later.taxYear()).isEqualTo(TaxYear.of("2029-30"));
        assertThat(later.nation()).isEqualTo(Nation.SCOTLAND);
        assertThat(later.parameters()).isEqualTo(latest.parameters());
        assertThat(later.value(NATIONAL_LIVING_WAGE)).isEqualTo(12.71);
        assertThat(TABLES.pack(Nation.ENGLAND, TaxYear.of("2027-28")).carriedForward()).isTrue();
        assertThat(latest.carriedForward()).isFalse();
    }

    @Test
    void yearsBeforeTheEarliestAreRefusedWithTheYearsAvailable() {
        assertThatThrownBy(() -> TABLES.pack(Nation.ENGLAND, TaxYear.of("2019-20")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-20")
                .hasMessageContaining("2020-21, 2021-22, 2022-23, 2023-24, 2024-25, 2025-26, 2026-27");
    }

    @Test
    void loadReturnsTheSameImmutableTables() {
        assertThat(StatutoryTables.load()).isSameAs(TABLES);
        assertThatThrownBy(() -> TABLES.years(Nation.ENGLAND).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = StatutoryTables.class.getResourceAsStream(StatutoryTables.RESOURCE)) {
            assertThat(in).as("bundled table on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
