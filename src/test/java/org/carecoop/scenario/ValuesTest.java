package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class ValuesTest {
    /** Percentages are decimal fractions: a thousandth of a percentage point is far below any figure's precision. */
    private static final double EXACT = 1e-12;

    /** A scalar typed as YAML 1.2 types it when written plainly in a scenario. */
    static Node.Scalar yaml(String text) {
        Node.MapNode map = (Node.MapNode) YamlReader.readText("test.yaml", "value: " + text);
        return (Node.Scalar) map.get("value").orElseThrow();
    }

    @Test
    void aPercentageIsAFraction() throws Exception {
        assertThat(Values.percent(yaml("12.07%"))).isCloseTo(0.1207, within(EXACT));
        assertThat(Values.percent(yaml("100%"))).isCloseTo(1.0, within(EXACT));
        assertThat(Values.percent(yaml("0%"))).isZero();
        assertThat(Values.percent(yaml("\"28.5%\""))).isCloseTo(0.285, within(EXACT));
    }

    @Test
    void aBareFractionUpToOneIsTakenAsIs() throws Exception {
        assertThat(Values.percent(yaml("0.5"))).isEqualTo(0.5);
        assertThat(Values.percent(yaml("1"))).isEqualTo(1.0);
        assertThat(Values.percent(yaml("0"))).isZero();
    }

    @Test
    void aBareNumberAboveOneInAPercentageFieldIsRefusedWithTheFixSuggested() {
        assertThatThrownBy(() -> Values.percent(yaml("5")))
                .isInstanceOf(Values.Invalid.class)
                .hasMessageContaining("5 is above 1 in a percentage field")
                .extracting(e -> ((Values.Invalid) e).expected(), InstanceOfAssertFactories.STRING)
                .contains("write 5%");
    }

    @Test
    void aPercentageThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> Values.percent(yaml("abc%"))).hasMessage("'abc%' is not a percentage");
    }

    @Test
    void plainNumbers() throws Exception {
        assertThat(Values.number(yaml("24.10"))).isEqualTo(24.10);
        assertThat(Values.number(yaml("-3"))).isEqualTo(-3.0);
        assertThat(Values.number(yaml("1e3"))).isEqualTo(1000.0);
        assertThat(Values.number(yaml("\"24.10\""))).as("quoted, as spreadsheet exports write numbers").isEqualTo(24.10);
        assertThatThrownBy(() -> Values.number(yaml("ten"))).hasMessage("expected a number, found text 'ten'");
    }

    @Test
    void thousandsSeparatorsAreRefusedWithTheNumberWithoutThem() {
        assertThatThrownBy(() -> Values.number(yaml("1,000")))
                .hasMessage("'1,000' has thousands separators")
                .extracting(e -> ((Values.Invalid) e).expected(), InstanceOfAssertFactories.STRING)
                .isEqualTo("a plain number without commas: 1000");
        assertThatThrownBy(() -> Values.number(yaml("1,234,567.89"))).hasMessageContaining("thousands separators");
    }

    @Test
    void currencySignsAreRefusedWithTheNumberWithoutThem() {
        assertThatThrownBy(() -> Values.number(yaml("£24")))
                .hasMessage("'£24' has a currency sign")
                .extracting(e -> ((Values.Invalid) e).expected(), InstanceOfAssertFactories.STRING)
                .isEqualTo("a plain number without the sign: 24");
        assertThatThrownBy(() -> Values.number(yaml("$24.10"))).hasMessageContaining("currency sign");
        assertThatThrownBy(() -> Values.number(yaml("€3600"))).hasMessageContaining("currency sign");
    }

    @Test
    void aDecimalCommaIsRefusedWithTheDecimalPointVersion() {
        assertThatThrownBy(() -> Values.number(yaml("24,10")))
                .hasMessage("'24,10' uses a decimal comma")
                .extracting(e -> ((Values.Invalid) e).expected(), InstanceOfAssertFactories.STRING)
                .isEqualTo("a decimal point: 24.10");
    }

    @Test
    void aPercentageInANumberFieldIsRefused() {
        assertThatThrownBy(() -> Values.number(yaml("5%"))).hasMessageContaining("this is not a percentage field");
    }

    @Test
    void notANumberAndInfinityAreRefused() {
        assertThatThrownBy(() -> Values.number(yaml(".nan"))).hasMessage("'.nan' is not a finite number");
        assertThatThrownBy(() -> Values.number(yaml(".inf"))).hasMessage("'.inf' is not a finite number");
        assertThatThrownBy(() -> Values.number(yaml("-.inf"))).hasMessage("'-.inf' is not a finite number");
        assertThatThrownBy(() -> Values.number(yaml("1e400"))).hasMessage("'1e400' is not a finite number");
    }

    @Test
    void wholeNumbers() throws Exception {
        assertThat(Values.wholeNumber(yaml("12"))).isEqualTo(12);
        assertThatThrownBy(() -> Values.wholeNumber(yaml("10.5"))).hasMessage("10.5 is not a whole number");
    }

    @Test
    void booleansAreTrueOrFalseOnly() throws Exception {
        assertThat(Values.bool(yaml("true"))).isTrue();
        assertThat(Values.bool(yaml("false"))).isFalse();
        // YAML 1.2: yes, no and on are text, so they cannot silently mean true
        assertThatThrownBy(() -> Values.bool(yaml("yes"))).hasMessage("expected true or false, found text 'yes'");
    }

    @Test
    void months() throws Exception {
        assertThat(Values.month(yaml("2027-04"))).isEqualTo(YearMonth.of(2027, 4));
        assertThat(Values.month(yaml("2027-4"))).isEqualTo(YearMonth.of(2027, 4));
        assertThatThrownBy(() -> Values.month(yaml("2027-13"))).hasMessage("there is no month 13 in '2027-13'");
        assertThatThrownBy(() -> Values.month(yaml("April 2027"))).hasMessage("expected a month, found text 'April 2027'");
        assertThatThrownBy(() -> Values.month(yaml("1985-04"))).hasMessage("the year 1985 is out of range");
    }

    @Test
    void numbersAreShownAsAUserWouldWriteThem() {
        assertThat(Values.format(0.1207, true)).isEqualTo("12.07%");
        assertThat(Values.format(0.285, true)).isEqualTo("28.5%");
        assertThat(Values.format(24.1, false)).isEqualTo("24.1");
        assertThat(Values.format(1e7, false)).isEqualTo("10000000");
        assertThat(Values.money(24.1)).isEqualTo("24.10");
        assertThat(Values.money(40000)).isEqualTo("40000");
    }
}
