package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The built-in charters load, and every requirement in them says where it comes from. */
class CharterReaderTest {

    @Test
    void everyBuiltInCharterLoadsAndCitesASourceForEachRequirement() {
        for (String name : CharterReader.BUILT_IN) {
            CharterReader.Loaded loaded = CharterReader.builtIn(name);
            assertThat(loaded.charter().source()).as(name).isNotBlank();
            assertThat(loaded.charter().requirements()).as(name).isNotEmpty().allSatisfy(r -> {
                assertThat(r.source()).as(name + " " + r.name()).isNotBlank();
                assertThat(r.stage()).as(name + " " + r.name()).isNotBlank();
            });
            assertThat(loaded.places()).containsOnlyKeys(loaded.charter().requirements().stream()
                    .map(CharterFile.Requirement::name).toArray(String[]::new));
        }
    }

    @Test
    void theEthicalCareCharterCoversItsThreeStages() {
        CharterFile ecc = CharterReader.builtIn("ethical-care-charter").charter();
        assertThat(ecc.requirements()).extracting(CharterFile.Requirement::check).contains(
                CharterFile.Check.TRAVEL_TIME_PAID, CharterFile.Check.TRAVEL_COSTS_PAID,
                CharterFile.Check.MINIMUM_VISIT_MINUTES, CharterFile.Check.SICK_PAY, CharterFile.Check.NO_ZERO_HOURS,
                CharterFile.Check.PAID_TRAINING, CharterFile.Check.PAID_MEETINGS, CharterFile.Check.PAY_FLOOR);
        assertThat(ecc.requirements()).extracting(CharterFile.Requirement::stage).containsOnly("1", "2", "3");
        // the assumptions the charter leaves open are labelled as such
        assertThat(ecc.requirements()).filteredOn(r -> r.check() == CharterFile.Check.MINIMUM_VISIT_MINUTES
                || r.check() == CharterFile.Check.NO_ZERO_HOURS || r.check() == CharterFile.Check.PAID_MEETINGS)
                .allSatisfy(r -> assertThat(r.source()).contains("assumption"));
    }

    @Test
    void aReadCharterNamesTheLineOfEachRequirement() {
        CharterReader.Loaded loaded = CharterReader.builtIn("minimum-wage");
        assertThat(loaded.places().get("national-living-wage").toString()).matches("minimum-wage\\.yaml \\(built in\\):\\d+:5");
    }
}
