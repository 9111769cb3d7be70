package org.carecoop.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The loader's checks, on small hand-made tables. */
class StatutoryTablesParseTest {

    private static final String HEADER = "nation,tax_year,parameter,value,unit,source\n";

    /** A complete UK year of made-up figures (every required parameter, valid for its unit). */
    private static String completeYear(String year) {
        return completeYear(Country.UK, year);
    }

    /** A complete year of made-up figures for a country, in rows keyed by the country. */
    private static String completeYear(Country country, String year) {
        StringBuilder text = new StringBuilder();
        for (StatutoryParameter p : StatutoryParameter.values()) {
            if (p.requiredIn(country)) {
                text.append(country.key()).append(',').append(year).append(',').append(p.key()).append(",0.5,")
                        .append(p.unit()).append(",test figure\n");
            }
        }
        return text.toString();
    }

    private static String completeYearWithout(String year, StatutoryParameter left) {
        return completeYear(year).lines()
                .filter(l -> !l.contains("," + left.key() + ","))
                .reduce("", (a, l) -> a + l + "\n");
    }

    @Test
    void readsAQuotedSourceContainingCommas() {
        String text = "# comment line, with commas\n" + HEADER
                + completeYearWithout("2025-26", StatutoryParameter.NATIONAL_LIVING_WAGE)
                + "uk,2025-26,national_living_wage,12.21,money/hour,"
                + "\"gov.uk, National Minimum Wage rates, \"\"from 1 April 2025\"\"\"\n";
        StatutoryTables tables = StatutoryTables.parse(text, "test.csv");
        Parameter nlw = tables.pack(Nation.ENGLAND, TaxYear.of("2025-26"))
                .find(StatutoryParameter.NATIONAL_LIVING_WAGE).orElseThrow();
        assertThat(nlw.value()).isEqualTo(12.21);
        assertThat(nlw.source()).isEqualTo("gov.uk, National Minimum Wage rates, \"from 1 April 2025\"");
    }

    @Test
    void nationRowsOverrideUkRowsForThatNationOnly() {
        String text = HEADER + completeYear("2025-26")
                + "wales,2025-26,mileage_rate,0.55,money/mile,test override\n";
        StatutoryTables tables = StatutoryTables.parse(text, "test.csv");
        TaxYear year = TaxYear.of("2025-26");
        assertThat(tables.pack(Nation.WALES, year).value(StatutoryParameter.MILEAGE_RATE)).isEqualTo(0.55);
        assertThat(tables.pack(Nation.WALES, year).find(StatutoryParameter.MILEAGE_RATE).orElseThrow().source())
                .isEqualTo("test override");
        assertThat(tables.pack(Nation.ENGLAND, year).value(StatutoryParameter.MILEAGE_RATE)).isEqualTo(0.5);
    }

    @Test
    void malformedRowNamesItsLine() {
        // Line 1 is the header; the made-up year takes the next lines; the bad row comes after them.
        String good = HEADER + completeYear("2025-26");
        int badLine = (int) good.lines().count() + 1;
        assertRejected(good + "uk,2025-26,national_living_wage,12.21,money/hour\n",
                "line " + badLine, "expected 6 fields");
        assertRejected(good + "ukk,2025-26,national_living_wage,12.21,money/hour,s\n",
                "line " + badLine, "unknown nation 'ukk'");
        assertRejected(good + "uk,2025,national_living_wage,12.21,money/hour,s\n",
                "line " + badLine, "not a tax year");
        assertRejected(good + "uk,2026-27,national_livng_wage,12.21,money/hour,s\n",
                "line " + badLine, "unknown parameter 'national_livng_wage'");
        assertRejected(good + "uk,2026-27,employment_allowance,\"5,000\",money/year,s\n",
                "line " + badLine, "not a plain decimal");
        assertRejected(good + "uk,2026-27,employer_ni_rate,15%,fraction,s\n",
                "line " + badLine, "not a plain decimal");
        assertRejected(good + "uk,2026-27,employer_ni_rate,15,fraction,s\n",
                "line " + badLine, "between 0 and 1");
        assertRejected(good + "uk,2026-27,national_living_wage,12.71,money/year,s\n",
                "line " + badLine, "must be in money/hour");
        assertRejected(good + "uk,2026-27,national_living_wage,12.71,money/hour,  \n",
                "line " + badLine, "no source");
        assertRejected(good + "uk,2025-26,national_living_wage,12.21,money/hour,again\n",
                "line " + badLine, "given twice");
        assertRejected(good + "uk,2026-27,national_living_wage,12.71,money/hour,\"unclosed\n",
                "line " + badLine, "never closed");
    }

    @Test
    void rejectsAWrongHeader() {
        assertRejected("nation,year,parameter,value,unit,source\n" + completeYear("2025-26"),
                "line 1", "header must be");
        assertRejected("# only a comment\n", "no header row");
        assertRejected(HEADER, "no figures");
    }

    @Test
    void rejectsAYearMissingARequiredFigure() {
        assertRejected(HEADER + completeYearWithout("2025-26", StatutoryParameter.SSP_WEEKLY_RATE),
                "2025-26", "ssp_weekly_rate", "england");
    }

    @Test
    void rejectsAGapBetweenYears() {
        assertRejected(HEADER + completeYear("2024-25") + completeYear("2026-27"),
                "no figures for 2025-26");
    }

    @Test
    void optionalFiguresMayBeLeftOut() {
        StatutoryTables tables = StatutoryTables.parse(HEADER + completeYear("2025-26"), "test.csv");
        assertThat(tables.pack(Nation.SCOTLAND, TaxYear.of("2025-26"))
                .find(StatutoryParameter.CARE_SECTOR_PAY_FLOOR)).isEmpty();
    }

    @Test
    void singleYearTableCarriesForwardAndRefusesEarlierYears() {
        StatutoryTables tables = StatutoryTables.parse(HEADER + completeYear("2025-26"), "test.csv");
        assertThat(tables.earliest(Nation.ENGLAND)).isEqualTo(tables.latest(Nation.ENGLAND));
        assertThat(tables.covers(Nation.US_NEW_YORK_CITY)).isFalse();
        assertThat(tables.pack(Nation.ENGLAND, TaxYear.of("2026-27")).carriedForward()).isTrue();
        assertThatThrownBy(() -> tables.pack(Nation.ENGLAND, TaxYear.of("2024-25")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-26");
    }

    @Test
    void usRowsUseCalendarYearsAndJurisdictionRowsOverrideThem() {
        String text = HEADER + completeYear("2025-26") + completeYear(Country.US, "2026")
                + "us-new-york-city,2026,mileage_rate,0.725,money/mile,test override\n";
        StatutoryTables tables = StatutoryTables.parse(text, "test.csv");
        StatutoryPack nyc = tables.pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2026"));
        assertThat(nyc.value(StatutoryParameter.MILEAGE_RATE)).isEqualTo(0.725);
        assertThat(nyc.value(StatutoryParameter.EMPLOYER_NI_RATE)).isEqualTo(0.5);
        // UK-only figures need no US row
        assertThat(nyc.find(StatutoryParameter.REAL_LIVING_WAGE)).isEmpty();
        assertThat(tables.years(Nation.US_NEW_YORK_CITY)).containsExactly(TaxYear.of("2026"));
        assertThat(tables.years(Nation.ENGLAND)).containsExactly(TaxYear.of("2025-26"));
        // the month decides the year by the jurisdiction's calendar
        assertThat(tables.pack(Nation.US_NEW_YORK_CITY, java.time.YearMonth.of(2027, 1)).taxYear())
                .isEqualTo(TaxYear.of("2027"));
        assertThat(tables.pack(Nation.ENGLAND, java.time.YearMonth.of(2026, 3)).taxYear())
                .isEqualTo(TaxYear.of("2025-26"));
        assertThatThrownBy(() -> tables.pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2026-27")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a tax year of us-new-york-city");
    }

    @Test
    void rejectsAYearOfTheWrongKindForItsCountry() {
        assertRejected(HEADER + "us,2026-27,mileage_rate,0.7,money/mile,s\n", "line 2",
                "not a tax year for us", "calendar years");
        assertRejected(HEADER + "uk,2026,mileage_rate,0.45,money/mile,s\n", "line 2",
                "not a tax year for uk", "April to March");
    }

    @Test
    void rejectsAUsYearMissingAFigureOnlyTheUsNeeds() {
        String text = HEADER + completeYear("2025-26") + completeYear(Country.US, "2026").lines()
                .filter(l -> !l.contains(",state_unemployment_wage_base,"))
                .reduce("", (a, l) -> a + l + "\n");
        assertRejected(text, "2026", "state_unemployment_wage_base", "us-new-york-city");
    }

    private static void assertRejected(String text, String... messageParts) {
        assertThatThrownBy(() -> StatutoryTables.parse(text, "test.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.csv")
                .hasMessageContainingAll(messageParts);
    }
}
