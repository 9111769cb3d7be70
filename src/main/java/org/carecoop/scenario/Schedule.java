package org.carecoop.scenario;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A figure that may change over time, as written: one number for the whole plan, dated values
 * ({@code {2027-04: 12.60, 2028-04: 13.45}}, each holding until the next), or a word naming a
 * figure of the statutory pack (for example {@code real-living-wage}), which then follows the pack
 * each tax year.
 */
public record Schedule(Double constant, NavigableMap<YearMonth, Double> dated, String word) {
    public Schedule {
        int forms = (constant != null ? 1 : 0) + (dated != null && !dated.isEmpty() ? 1 : 0) + (word != null ? 1 : 0);
        if (forms != 1) {
            throw new IllegalArgumentException("a schedule is one number, dated numbers, or a word");
        }
        dated = dated == null ? null : java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(dated));
    }

    public static Schedule of(double value) {
        return new Schedule(value, null, null);
    }

    public static Schedule dated(Map<YearMonth, Double> values) {
        return new Schedule(null, new TreeMap<>(values), null);
    }

    public static Schedule word(String word) {
        return new Schedule(null, null, word);
    }

    public boolean isWord() {
        return word != null;
    }

    /** The first month with a value, or null when the value holds from the start of any plan. */
    public YearMonth firstMonth() {
        return dated == null ? null : dated.firstKey();
    }

    /** The value in force in a month; not for words, which the resolver looks up in the statutory pack. */
    public double valueAt(YearMonth month) {
        if (word != null) {
            throw new IllegalStateException("'" + word + "' is looked up in the statutory pack");
        }
        if (constant != null) {
            return constant;
        }
        Map.Entry<YearMonth, Double> entry = dated.floorEntry(month);
        if (entry == null) {
            throw new IllegalStateException("no value before " + dated.firstKey());
        }
        return entry.getValue();
    }

    /** As a user would write it, for {@code params}. */
    public String display(boolean percent) {
        return display(v -> Values.format(v, percent));
    }

    /** As a user would write money: 24.10 rather than 24.1. */
    public String displayMoney() {
        return display(Values::money);
    }

    private String display(java.util.function.DoubleFunction<String> format) {
        if (word != null) {
            return word;
        }
        if (constant != null) {
            return format.apply(constant);
        }
        StringBuilder text = new StringBuilder("{");
        dated.forEach((month, value) -> text.append(text.length() > 1 ? ", " : "").append(month).append(": ")
                .append(format.apply(value)));
        return text.append('}').toString();
    }
}
