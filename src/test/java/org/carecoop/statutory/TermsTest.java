package org.carecoop.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which wage floor the law sets for care workers in each jurisdiction, and what each calls its statutory things.
 * Figures typed from the sources quoted in parameters.csv.
 */
class TermsTest {
    private static final StatutoryTables TABLES = StatutoryTables.load();

    @Test
    void inNewYorkCityTheHomeCareAideMinimumIsTheLegalFloor() {
        // 2025: minimum wage 16.50 (Labor Law 652), home care aide minimum 19.10 (PHL 3614-f(2)(c)(i))
        StatutoryPack pack = TABLES.pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2025"));
        assertThat(pack.value(StatutoryParameter.NATIONAL_LIVING_WAGE)).isEqualTo(16.50);
        assertThat(pack.careWorkerMinimum()).isEqualTo(19.10);
        assertThat(pack.careWorkerMinimumFloor()).isEqualTo(StatutoryParameter.CARE_SECTOR_PAY_FLOOR);
        Terms t = Nation.US_NEW_YORK_CITY.terms();
        assertThat(t.floorName(pack.careWorkerMinimumFloor())).isEqualTo("the New York home care aide minimum wage");
        assertThat(t.floorName(StatutoryParameter.NATIONAL_LIVING_WAGE)).isEqualTo("the New York minimum wage");
    }

    @Test
    void withoutAnAideMinimumNewYorkFallsBackToItsMinimumWage() {
        StatutoryPack pack = TABLES.pack(Nation.US_NEW_YORK_CITY, TaxYear.of("2025"));
        java.util.Map<StatutoryParameter, Parameter> less = new java.util.EnumMap<>(pack.parameters());
        less.remove(StatutoryParameter.CARE_SECTOR_PAY_FLOOR);
        StatutoryPack without = new StatutoryPack(pack.nation(), pack.taxYear(), less, false);
        assertThat(without.careWorkerMinimum()).isEqualTo(16.50);
        assertThat(without.careWorkerMinimumFloor()).isEqualTo(StatutoryParameter.NATIONAL_LIVING_WAGE);
    }

    @Test
    void inScotlandTheCareSectorFloorIsAFundingConditionNotTheLegalFloor() {
        // 2025-26: National Living Wage 12.21; the Scottish Government's adult social care floor 12.60 is paid
        // through council contracts, not required by law
        StatutoryPack pack = TABLES.pack(Nation.SCOTLAND, TaxYear.of("2025-26"));
        assertThat(pack.value(StatutoryParameter.CARE_SECTOR_PAY_FLOOR)).isEqualTo(12.60);
        assertThat(pack.careWorkerMinimum()).isEqualTo(12.21);
        assertThat(Nation.SCOTLAND.terms().floorName(pack.careWorkerMinimumFloor())).isEqualTo("the National Living Wage");
    }

    @Test
    void aKeyNamesAJurisdictionOrItsCountry() {
        assertThat(Nation.ENGLAND.isIn("uk")).isTrue();
        assertThat(Nation.ENGLAND.isIn(" England ")).isTrue();
        assertThat(Nation.ENGLAND.isIn("wales")).isFalse();
        assertThat(Nation.ENGLAND.isIn("us")).isFalse();
        assertThat(Nation.US_NEW_YORK_CITY.isIn("us")).isTrue();
        assertThat(Nation.US_NEW_YORK_CITY.isIn("us-new-york-city")).isTrue();
        assertThat(Nation.US_NEW_YORK_CITY.isIn("uk")).isFalse();
        assertThat(Nation.US_NEW_YORK_CITY.isIn("nowhere")).isFalse();
    }

    @Test
    void everyUkNationSharesTheUksWordsAndNewYorkHasItsOwn() {
        for (Nation n : Nation.in(Country.UK)) {
            assertThat(n.terms()).isSameAs(Terms.UK);
        }
        assertThat(Terms.UK.payrollTax()).isEqualTo("Employer National Insurance");
        assertThat(Terms.UK.payrollTaxShort()).isEqualTo("employer NI");
        assertThat(Nation.US_NEW_YORK_CITY.terms().payrollTax()).isEqualTo("Employer FICA");
        assertThat(Nation.US_NEW_YORK_CITY.terms().sickPay()).isEqualTo("New York paid sick leave");
    }
}
