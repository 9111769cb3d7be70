package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCsvTest {
    @TempDir
    Path dir;

    @Test
    void hasAHeaderAndOneRowPerMonth() throws Exception {
        RunResult run = RunFixture.run(RunFixture.write(dir));
        String csv = RunCsv.render(run);
        assertThat(csv).endsWith("\r\n");
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows).hasSize(1 + 12 * RunFixture.YEARS);
        assertThat(rows.get(0)).startsWith("month,clients,");
        assertThat(rows.get(0).split(",")).hasSize(1 + Line.values().length);
        assertThat(rows.get(0).split(",")[1 + Line.CLOSING_CASH.ordinal()]).isEqualTo("closing_cash");
        for (int m = 0; m < 12 * RunFixture.YEARS; m++) {
            String[] cells = rows.get(m + 1).split(",", -1);
            assertThat(cells).hasSize(1 + Line.values().length);
            assertThat(cells[0]).isEqualTo(run.scenario().month(m).toString());
            String closing = cells[1 + Line.CLOSING_CASH.ordinal()];
            assertThat(closing).matches("-?\\d+\\.\\d\\d");
            assertThat(Double.parseDouble(closing)).isCloseTo(run.projection().at(Line.CLOSING_CASH, m),
                    org.assertj.core.api.Assertions.within(0.005 + 1e-9));
        }
    }

    @Test
    void roundsMoneyToThePennyAndOtherFiguresToTwoPlaces() {
        assertThat(RunCsv.number(1234.5, Line.Unit.MONEY)).isEqualTo("1234.50");
        assertThat(RunCsv.number(1234567.125, Line.Unit.MONEY)).isEqualTo("1234567.13");
        assertThat(RunCsv.number(-0.001, Line.Unit.MONEY)).isEqualTo("0.00");
        assertThat(RunCsv.number(12.5, Line.Unit.COUNT)).isEqualTo("12.5");
        assertThat(RunCsv.number(40, Line.Unit.HOURS)).isEqualTo("40");
        assertThat(RunCsv.number(1.0 / 3, Line.Unit.HOURS)).isEqualTo("0.33");
        assertThat(RunCsv.number(Double.NaN, Line.Unit.MONEY)).isEmpty();
    }
}
