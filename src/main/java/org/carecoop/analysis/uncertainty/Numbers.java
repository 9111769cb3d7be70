package org.carecoop.analysis.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Small number helpers shared by the package: checks with readable messages, and short formatting. */
final class Numbers {
    private Numbers() {}

    /** A number as a person would write it: no trailing zeros, at most ten significant digits. */
    static String show(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** Throws unless every value is a finite number. */
    static void finite(String name, double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " needs finite numbers, found " + show(v));
            }
        }
    }

    /** A share as a whole percentage, for sentences: "41%". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
