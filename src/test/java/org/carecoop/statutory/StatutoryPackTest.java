package org.carecoop.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatutoryPackTest {

    private static Parameter nlw(double value) {
        return new Parameter("national_living_wage", value, "money/hour", "gov.uk");
    }

    private static StatutoryPack smallPack() {
        Map<StatutoryParameter, Parameter> map = new HashMap<>();
        map.put(StatutoryParameter.NATIONAL_LIVING_WAGE, nlw(12.21));
        return new StatutoryPack(Nation.ENGLAND, TaxYear.of("2025-26"), map, false);
    }

    @Test
    void withOverrideReturnsANewPackAndLeavesTheOldOneUnchanged() {
        StatutoryPack original = StatutoryTables.load().pack(Nation.ENGLAND, TaxYear.of("2025-26"));
        StatutoryPack changed = original.withOverride(
                StatutoryParameter.NATIONAL_LIVING_WAGE, 13.00, "scenario assumption: pay above the floor");

        assertThat(changed).isNotSameAs(original);
        assertThat(changed.value(StatutoryParameter.NATIONAL_LIVING_WAGE)).isEqualTo(13.00);
        assertThat(changed.find(StatutoryParameter.NATIONAL_LIVING_WAGE).orElseThrow().source())
                .isEqualTo("scenario assumption: pay above the floor");
        assertThat(original.value(StatutoryParameter.NATIONAL_LIVING_WAGE)).isEqualTo(12.21);
        assertThat(original.find(StatutoryParameter.NATIONAL_LIVING_WAGE).orElseThrow().source())
                .contains("gov.uk");
        // Everything else is carried over untouched.
        assertThat(changed.value(StatutoryParameter.EMPLOYER_NI_RATE)).isEqualTo(0.15);
        assertThat(changed.nation()).isEqualTo(original.nation());
        assertThat(changed.taxYear()).isEqualTo(original.taxYear());
        assertThat(changed.carriedForward()).isEqualTo(original.carriedForward());
    }

    @Test
    void withOverrideCanAddAnOptionalFigure() {
        StatutoryPack england = StatutoryTables.load().pack(Nation.ENGLAND, TaxYear.of("2025-26"));
        StatutoryPack withFloor = england.withOverride(StatutoryParameter.CARE_SECTOR_PAY_FLOOR, 12.60, "local pledge");
        assertThat(england.find(StatutoryParameter.CARE_SECTOR_PAY_FLOOR)).isEmpty();
        assertThat(withFloor.value(StatutoryParameter.CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.60);
        assertThat(withFloor.find(StatutoryParameter.CARE_SECTOR_PAY_FLOOR).orElseThrow().unit()).isEqualTo("money/hour");
    }

    @Test
    void withOverrideValidatesTheNewFigure() {
        StatutoryPack pack = smallPack();
        assertThatThrownBy(() -> pack.withOverride(StatutoryParameter.EMPLOYER_NI_RATE, 15, "percent by mistake"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("employer_ni_rate")
                .hasMessageContaining("0.15");
        assertThatThrownBy(() -> pack.withOverride(StatutoryParameter.NATIONAL_LIVING_WAGE, 13, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> pack.withOverride(StatutoryParameter.NATIONAL_LIVING_WAGE, Double.NaN, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valueOfAnAbsentFigureNamesIt() {
        StatutoryPack pack = smallPack();
        assertThatThrownBy(() -> pack.value(StatutoryParameter.SSP_WEEKLY_RATE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ssp_weekly_rate")
                .hasMessageContaining("england")
                .hasMessageContaining("2025-26");
        assertThat(pack.find(StatutoryParameter.SSP_WEEKLY_RATE)).isEmpty();
    }

    @Test
    void copiesAndFreezesItsMap() {
        Map<StatutoryParameter, Parameter> map = new HashMap<>();
        map.put(StatutoryParameter.NATIONAL_LIVING_WAGE, nlw(12.21));
        StatutoryPack pack = new StatutoryPack(Nation.WALES, TaxYear.of("2025-26"), map, false);
        map.put(StatutoryParameter.NATIONAL_LIVING_WAGE, nlw(99));
        assertThat(pack.value(StatutoryParameter.NATIONAL_LIVING_WAGE)).isEqualTo(12.21);
        assertThatThrownBy(() -> pack.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsAnEmptyMap() {
        StatutoryPack pack = new StatutoryPack(Nation.WALES, TaxYear.of("2025-26"), Map.of(), false);
        assertThat(pack.parameters()).isEmpty();
    }

    @Test
    void rejectsFiguresFiledUnderTheWrongParameterOrUnit() {
        assertThatThrownBy(() -> new StatutoryPack(Nation.ENGLAND, TaxYear.of("2025-26"),
                        Map.of(StatutoryParameter.YOUTH_RATE_18_20, nlw(12.21)), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("youth_rate_18_20");
        assertThatThrownBy(() -> new StatutoryPack(Nation.ENGLAND, TaxYear.of("2025-26"),
                        Map.of(StatutoryParameter.NATIONAL_LIVING_WAGE,
                                new Parameter("national_living_wage", 12.21, "money/year", "x")), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("money/hour");
        assertThatThrownBy(() -> new StatutoryPack(null, TaxYear.of("2025-26"), Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parameterRejectsBadFigures() {
        assertThatThrownBy(() -> new Parameter("x", 1, "money/hr", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("money/hr");
        assertThatThrownBy(() -> new Parameter("x", -1, "money/hour", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Parameter("x", 1.5, "fraction", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
        assertThatThrownBy(() -> new Parameter("x", 1, "fraction", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> new Parameter(" ", 1, "fraction", "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
