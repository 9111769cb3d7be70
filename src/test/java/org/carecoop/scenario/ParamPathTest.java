package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamPathTest {

    @Test
    void keysSeparatedByDots() {
        ParamPath path = ParamPath.parse("care_workers.wage_per_hour");
        assertThat(path.segments()).containsExactly(new ParamPath.Segment("care_workers", null),
                new ParamPath.Segment("wage_per_hour", null));
        assertThat(path.text()).isEqualTo("care_workers.wage_per_hour");
        assertThat(path).hasToString("care_workers.wage_per_hour");
    }

    @Test
    void aListItemByName() {
        ParamPath path = ParamPath.parse("clients[council].fee_per_hour");
        assertThat(path.segments()).containsExactly(new ParamPath.Segment("clients", "council"),
                new ParamPath.Segment("fee_per_hour", null));
        assertThat(path.segments().get(0)).hasToString("clients[council]");
    }

    @Test
    void aListItemNestedInABlock() {
        assertThat(ParamPath.parse("funding.loans[CDFI].interest").segments()).containsExactly(
                new ParamPath.Segment("funding", null), new ParamPath.Segment("loans", "CDFI"),
                new ParamPath.Segment("interest", null));
    }

    @Test
    void anItemNameMayHoldSpacesDotsAndBrackets() {
        assertThat(ParamPath.parse("office_staff[registered manager].salary").segments().get(0).item())
                .isEqualTo("registered manager");
        assertThat(ParamPath.parse("overheads[St. John's hall rent].per_month").segments()).containsExactly(
                new ParamPath.Segment("overheads", "St. John's hall rent"), new ParamPath.Segment("per_month", null));
        assertThat(ParamPath.parse("overheads[rent [main office]].per_month").segments().get(0).item())
                .isEqualTo("rent [main office]");
    }

    @Test
    void spacesAroundThePathAndTheItemAreIgnored() {
        ParamPath path = ParamPath.parse("  clients[ council ].target ");
        assertThat(path.text()).isEqualTo("clients[ council ].target");
        assertThat(path.segments().get(0).item()).isEqualTo("council");
    }

    @Test
    void statutoryFiguresAreKeysOfTheStatutoryBlock() {
        assertThat(ParamPath.parse("statutory.national_living_wage").segments()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a..b", ".a", "a.", "1abc", "clients[council", "clients]council[", "fee per hour",
        "care_workers.wage_per_hour=12"})
    void malformedPathsAreRefusedSayingWhy(String text) {
        assertThatThrownBy(() -> ParamPath.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .message().satisfiesAnyOf(m -> assertThat(m).isEqualTo("the path is empty"),
                        m -> assertThat(m).contains("is not a parameter path"));
    }
}
