package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV cells: text a spreadsheet would run as a formula is escaped with a leading apostrophe, following the
 * OWASP guidance on CSV injection (cells starting with =, +, -, @, tab or carriage return); numbers keep
 * their sign, and RFC 4180 quoting still applies.
 */
class CsvTest {
    @Test
    void textThatStartsLikeAFormulaIsEscaped() {
        assertThat(Csv.cell("=HYPERLINK(\"http://example.org\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\"");
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        // a carriage return also needs the cell quoted (RFC 4180)
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void numbersKeepTheirSign() {
        assertThat(Csv.cell("-1234.50")).isEqualTo("-1234.50");
        assertThat(Csv.cell("+3")).isEqualTo("+3");
        assertThat(Csv.cell("-12.5%")).isEqualTo("-12.5%");
        assertThat(Csv.cell("-1.5E-3")).isEqualTo("-1.5E-3");
        assertThat(Csv.cell("-.5")).isEqualTo("-.5");
        assertThat(Csv.cell("1234.50")).isEqualTo("1234.50");
    }

    @Test
    void ordinaryTextIsQuotedOnlyWhenItMustBe() {
        assertThat(Csv.cell("council")).isEqualTo("council");
        assertThat(Csv.cell("registration, legal and set-up")).isEqualTo("\"registration, legal and set-up\"");
        assertThat(Csv.cell("the \"lower\" fee")).isEqualTo("\"the \"\"lower\"\" fee\"");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.line(List.of("a", "=b", "-1"))).isEqualTo("a,'=b,-1\r\n");
    }
}
