package org.carecoop.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldMayHoldCommas() {
        List<CsvReader.Row> rows = CsvReader.parse("a,b,\"HMRC, Rates and thresholds, 2025 to 2026\"\n");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).fields()).containsExactly("a", "b", "HMRC, Rates and thresholds, 2025 to 2026");
    }

    @Test
    void doubledQuoteIsOneQuote() {
        List<CsvReader.Row> rows = CsvReader.parse("\"the \"\"real\"\" Living Wage\",x");
        assertThat(rows.get(0).fields()).containsExactly("the \"real\" Living Wage", "x");
    }

    @Test
    void quotedFieldMayHoldLineBreaksAndLineNumbersFollowThem() {
        List<CsvReader.Row> rows = CsvReader.parse("a,\"line one\nline two\"\nb,c\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "line one\nline two");
        assertThat(rows.get(0).line()).isEqualTo(1);
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        List<CsvReader.Row> rows = CsvReader.parse("# a comment, with a comma\r\n\r\nh1,h2\r\n# another\r\nv1,v2");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(3);
        assertThat(rows.get(0).fields()).containsExactly("h1", "h2");
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).fields()).containsExactly("v1", "v2");
    }

    @Test
    void keepsEmptyFieldsAndSpaces() {
        List<CsvReader.Row> rows = CsvReader.parse("a,, b ,\n");
        assertThat(rows.get(0).fields()).containsExactly("a", "", " b ", "");
    }

    @Test
    void ignoresByteOrderMark() {
        assertThat(CsvReader.parse("\uFEFFa,b").get(0).fields()).containsExactly("a", "b");
    }

    @Test
    void reportsQuoteLeftOpenAtTheLineItOpened() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\nc,\"never closed\nmore\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("never closed");
    }

    @Test
    void reportsTextAfterClosingQuote() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"x\"y,z\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void reportsStrayQuoteInUnquotedField() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\"c\n"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessageContaining("line 1");
    }
}
