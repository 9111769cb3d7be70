package org.carecoop.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxYearTest {

    @Test
    void parsesAndPrintsLabels() {
        TaxYear year = TaxYear.of("2025-26");
        assertThat(year.startYear()).isEqualTo(2025);
        assertThat(year.label()).isEqualTo("2025-26");
        assertThat(year).hasToString("2025-26");
        assertThat(TaxYear.of("1999-00").label()).isEqualTo("1999-00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "202", "2025-27", "2025/26", "25-26", "2025-2026", "twenty"})
    void rejectsTextThatIsNotATaxYear(String text) {
        assertThatThrownBy(() -> TaxYear.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-26");
    }

    @Test
    void rejectsMissingLabel() {
        assertThatThrownBy(() -> TaxYear.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aprilStartsTheTaxYear() {
        assertThat(TaxYear.containing(YearMonth.of(2026, 3))).isEqualTo(TaxYear.of("2025-26"));
        assertThat(TaxYear.containing(YearMonth.of(2026, 4))).isEqualTo(TaxYear.of("2026-27"));
        assertThat(TaxYear.containing(YearMonth.of(2026, 1))).isEqualTo(TaxYear.of("2025-26"));
        assertThat(TaxYear.containing(YearMonth.of(2026, 12))).isEqualTo(TaxYear.of("2026-27"));
    }

    @Test
    void firstAndLastMonthsBoundTheYear() {
        TaxYear year = TaxYear.of("2025-26");
        assertThat(year.firstMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(year.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(year.contains(YearMonth.of(2025, 4))).isTrue();
        assertThat(year.contains(YearMonth.of(2026, 3))).isTrue();
        assertThat(year.contains(YearMonth.of(2026, 4))).isFalse();
    }

    @Test
    void nextAndOrdering() {
        assertThat(TaxYear.of("2025-26").next()).isEqualTo(TaxYear.of("2026-27"));
        assertThat(TaxYear.of("2099-00").next().label()).isEqualTo("2100-01");
        assertThat(TaxYear.of("2024-25")).isLessThan(TaxYear.of("2025-26"));
    }

    @Test
    void aFourDigitLabelIsACalendarYear() {
        TaxYear year = TaxYear.of("2026");
        assertThat(year).isEqualTo(TaxYear.calendar(2026));
        assertThat(year.isCalendarYear()).isTrue();
        assertThat(year.label()).isEqualTo("2026");
        assertThat(year.firstMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(year.lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(year.next()).isEqualTo(TaxYear.of("2027"));
        assertThat(TaxYear.of("2025-26").isCalendarYear()).isFalse();
        assertThat(TaxYear.of("2026")).isNotEqualTo(TaxYear.of("2026-27"));
    }

    @Test
    void januaryStartsACalendarYearAndAprilAUkYear() {
        // The US year turns over in January, the UK year in April: December 2026 and January 2027 are in
        // different US years but the same UK year; March and April 2027 the other way round.
        assertThat(Country.US.taxYear(YearMonth.of(2026, 12))).isEqualTo(TaxYear.of("2026"));
        assertThat(Country.US.taxYear(YearMonth.of(2027, 1))).isEqualTo(TaxYear.of("2027"));
        assertThat(Country.US.taxYear(YearMonth.of(2027, 3))).isEqualTo(Country.US.taxYear(YearMonth.of(2027, 4)));
        assertThat(Country.UK.taxYear(YearMonth.of(2026, 12))).isEqualTo(Country.UK.taxYear(YearMonth.of(2027, 1)));
        assertThat(Country.UK.taxYear(YearMonth.of(2027, 3))).isEqualTo(TaxYear.of("2026-27"));
        assertThat(Country.UK.taxYear(YearMonth.of(2027, 4))).isEqualTo(TaxYear.of("2027-28"));
        assertThat(TaxYear.of("2026").contains(YearMonth.of(2026, 12))).isTrue();
        assertThat(TaxYear.of("2026").contains(YearMonth.of(2027, 1))).isFalse();
    }

    @Test
    void onlyAprilAndJanuaryStartAYear() {
        assertThatThrownBy(() -> new TaxYear(2026, java.time.Month.JULY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("April");
    }

    @Test
    void rejectsImplausibleYears() {
        assertThatThrownBy(() -> new TaxYear(225)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationKeys() {
        assertThat(Nation.NORTHERN_IRELAND.key()).isEqualTo("northern-ireland");
        assertThat(Nation.ENGLAND.key()).isEqualTo("england");
        assertThat(Nation.fromKey("northern-ireland")).contains(Nation.NORTHERN_IRELAND);
        assertThat(Nation.fromKey(" Scotland ")).contains(Nation.SCOTLAND);
        assertThat(Nation.fromKey("uk")).isEmpty();
        assertThat(Nation.fromKey("us")).isEmpty();
        assertThat(Nation.fromKey("us-new-york-city")).contains(Nation.US_NEW_YORK_CITY);
        assertThat(Nation.US_NEW_YORK_CITY.country()).isEqualTo(Country.US);
        assertThat(Nation.in(Country.UK)).containsExactly(Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND,
                Nation.NORTHERN_IRELAND);
        assertThat(Country.US.currency()).isEqualTo("USD");
        assertThat(Country.UK.currency()).isEqualTo("GBP");
        assertThat(Nation.fromKey("northern_ireland")).isEmpty();
        assertThat(Nation.fromKey(null)).isEmpty();
    }

    @Test
    void parameterKeys() {
        assertThat(StatutoryParameter.fromKey("national_living_wage")).contains(StatutoryParameter.NATIONAL_LIVING_WAGE);
        assertThat(StatutoryParameter.NATIONAL_LIVING_WAGE.unit()).isEqualTo("money/hour");
        assertThat(StatutoryParameter.NATIONAL_LIVING_WAGE.requiredIn(Country.UK)).isTrue();
        assertThat(StatutoryParameter.NATIONAL_LIVING_WAGE.requiredIn(Country.US)).isTrue();
        assertThat(StatutoryParameter.REAL_LIVING_WAGE.requiredIn(Country.UK)).isTrue();
        assertThat(StatutoryParameter.REAL_LIVING_WAGE.requiredIn(Country.US)).isFalse();
        assertThat(StatutoryParameter.STATE_UNEMPLOYMENT_TAX_RATE.requiredIn(Country.UK)).isFalse();
        assertThat(StatutoryParameter.STATE_UNEMPLOYMENT_TAX_RATE.requiredIn(Country.US)).isTrue();
        assertThat(StatutoryParameter.CARE_SECTOR_PAY_FLOOR.requiredIn(Country.UK)).isFalse();
        assertThat(StatutoryParameter.CARE_SECTOR_PAY_FLOOR.requiredIn(Country.US)).isFalse();
        assertThat(StatutoryParameter.fromKey("no_such_thing")).isEmpty();
        for (StatutoryParameter p : StatutoryParameter.values()) {
            assertThat(Parameter.UNITS).contains(p.unit());
            assertThat(p.description()).isNotBlank();
        }
    }
}
