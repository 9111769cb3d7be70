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
    @ValueSource(strings = {"", "2025", "2025-27", "2025/26", "25-26", "2025-2026", "twenty"})
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
        assertThat(Nation.fromKey("northern_ireland")).isEmpty();
        assertThat(Nation.fromKey(null)).isEmpty();
    }

    @Test
    void parameterKeys() {
        assertThat(StatutoryParameter.fromKey("national_living_wage")).contains(StatutoryParameter.NATIONAL_LIVING_WAGE);
        assertThat(StatutoryParameter.NATIONAL_LIVING_WAGE.unit()).isEqualTo("money/hour");
        assertThat(StatutoryParameter.NATIONAL_LIVING_WAGE.required()).isTrue();
        assertThat(StatutoryParameter.CARE_SECTOR_PAY_FLOOR.required()).isFalse();
        assertThat(StatutoryParameter.fromKey("no_such_thing")).isEmpty();
        for (StatutoryParameter p : StatutoryParameter.values()) {
            assertThat(Parameter.UNITS).contains(p.unit());
            assertThat(p.description()).isNotBlank();
        }
    }
}
