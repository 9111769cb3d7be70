package org.carecoop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;

/**
 * The monthly projection as CSV (RFC 4180): a header row of {@code month} and every {@link Line}
 * key in order, then one row per month. Numbers are plain, with a point and no thousands separators,
 * rounded to 0.01: money always shows two decimals (1234.50), hours and counts drop trailing zeros
 * (12.5). A figure that is not a number is left empty.
 */
public final class RunCsv {
    private RunCsv() {}

    public static String render(RunResult run) {
        Projection p = run.projection();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("month");
        for (Line line : Line.values()) {
            header.add(line.key());
        }
        out.append(Csv.line(header));
        for (int m = 0; m < p.months(); m++) {
            List<String> row = new ArrayList<>();
            row.add(run.scenario().month(m).toString());
            for (Line line : Line.values()) {
                row.add(number(p.at(line, m), line.unit()));
            }
            out.append(Csv.line(row));
        }
        return out.toString();
    }

    /** A figure rounded to 0.01, money with exactly two decimals. */
    static String number(double value, Line.Unit unit) {
        if (!Double.isFinite(value)) {
            return "";
        }
        // half up, as a spreadsheet's ROUND does; BigDecimal has no negative zero, so -0.001 gives 0.00
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (unit != Line.Unit.MONEY) {
            rounded = rounded.stripTrailingZeros();
            if (rounded.scale() < 0) {
                rounded = rounded.setScale(0);
            }
        }
        return rounded.toPlainString();
    }
}
