package org.carecoop.analysis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.carecoop.CarecoopException;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;

/**
 * What a solver aims for. Each goal measures a run by a gap that is zero or more exactly when the
 * goal is met, so a solver looks for where the gap crosses zero.
 */
public sealed interface Goal {

    /** Zero or more when the run meets the goal. */
    double gap(RunResult run);

    /** The goal in words, for the answer. */
    String describe();

    /** The goal as written on the command line. */
    String text();

    /** Surplus before tax over the whole plan at least zero. */
    record BreakEven() implements Goal {
        public double gap(RunResult run) {
            return run.metrics().surplusBeforeTax();
        }

        public String describe() {
            return "the surplus before tax over the plan is zero or more";
        }

        public String text() {
            return "break-even";
        }
    }

    /** Surplus before tax at least this share of fee income. */
    record SurplusMargin(double margin) implements Goal {
        public double gap(RunResult run) {
            return run.metrics().surplusBeforeTax() - margin * run.metrics().income();
        }

        public String describe() {
            return "the surplus before tax is at least " + percent(margin) + " of fee income";
        }

        public String text() {
            return "surplus-margin=" + percent(margin);
        }
    }

    /** Cash never below a buffer. */
    record CashAtLeast(double buffer) implements Goal {
        public double gap(RunResult run) {
            return run.metrics().lowestCash() - buffer;
        }

        public String describe() {
            return buffer == 0 ? "cash never falls below zero" : "cash never falls below " + plain(buffer);
        }

        public String text() {
            return "cash>=" + plain(buffer);
        }
    }

    /** Several goals at once: met when every one is, so the gap is the least of their gaps. */
    record AllOf(java.util.List<Goal> goals) implements Goal {
        public AllOf {
            if (goals.isEmpty()) {
                throw new IllegalArgumentException("AllOf needs at least one goal");
            }
            goals = java.util.List.copyOf(goals);
        }

        public double gap(RunResult run) {
            double least = Double.POSITIVE_INFINITY;
            for (Goal g : goals) {
                least = Math.min(least, g.gap(run));
            }
            return least;
        }

        public String describe() {
            return String.join(" and ", goals.stream().map(Goal::describe).toList());
        }

        public String text() {
            return String.join(",", goals.stream().map(Goal::text).toList());
        }
    }

    /** Surplus before tax in one plan year (from 1) at least an amount. */
    record SurplusInYear(int year, double surplus) implements Goal {
        public double gap(RunResult run) {
            return run.metrics().years().get(year - 1).surplusBeforeTax() - surplus;
        }

        public String describe() {
            return "the surplus before tax in plan year " + year + " is at least " + plain(surplus);
        }

        public String text() {
            return "surplus-in-year-" + year + ">=" + plain(surplus);
        }
    }

    /** Surplus before tax in one plan year (from 1) at least this share of that year's fee income. */
    record SurplusMarginInYear(int year, double margin) implements Goal {
        public double gap(RunResult run) {
            var y = run.metrics().years().get(year - 1);
            return y.surplusBeforeTax() - margin * y.income();
        }

        public String describe() {
            return "the surplus before tax in plan year " + year + " is at least " + percent(margin)
                    + " of that year's fee income";
        }

        public String text() {
            return "surplus-margin-in-year-" + year + "=" + percent(margin);
        }
    }

    /** Cash never below a buffer at any month's end in one plan year (from 1). */
    record CashAtLeastInYear(int year, double buffer) implements Goal {
        public double gap(RunResult run) {
            Projection p = run.projection();
            double least = Double.POSITIVE_INFINITY;
            for (int m = (year - 1) * 12; m < Math.min(year * 12, p.months()); m++) {
                least = Math.min(least, p.at(Line.CLOSING_CASH, m));
            }
            return least - buffer;
        }

        public String describe() {
            return (buffer == 0 ? "cash never falls below zero" : "cash never falls below " + plain(buffer))
                    + " in plan year " + year;
        }

        public String text() {
            return "cash-in-year-" + year + ">=" + plain(buffer);
        }
    }

    /** Every month's operating surplus zero or more from the given month to the end of the plan. */
    record BreakEvenBy(YearMonth month) implements Goal {
        public double gap(RunResult run) {
            Projection p = run.projection();
            int from = (int) ChronoUnit.MONTHS.between(p.scenario().start(), month);
            double least = Double.POSITIVE_INFINITY;
            for (int m = Math.max(0, from); m < p.months(); m++) {
                least = Math.min(least, p.at(Line.OPERATING_SURPLUS, m));
            }
            return least;
        }

        public String describe() {
            return "every month from " + month + " on has an operating surplus (break-even by " + month + ")";
        }

        public String text() {
            return "break-even-by=" + month;
        }
    }

    /**
     * Reads a goal: {@code break-even}, {@code surplus-margin=5%}, {@code cash>=0},
     * {@code cash>=20000}, {@code break-even-by=2029-04}.
     */
    static Goal parse(String text, YearMonth start, YearMonth end) {
        String t = text.trim().replace(" ", "");
        if (t.equals("break-even")) {
            return new BreakEven();
        }
        if (t.startsWith("surplus-margin=")) {
            String v = t.substring("surplus-margin=".length());
            double margin = v.endsWith("%") ? number(v.substring(0, v.length() - 1), text) / 100 : number(v, text);
            if (margin <= -1 || margin >= 1) {
                throw bad(text, "a margin such as surplus-margin=5%");
            }
            return new SurplusMargin(margin);
        }
        if (t.startsWith("cash>=")) {
            return new CashAtLeast(number(t.substring("cash>=".length()), text));
        }
        if (t.startsWith("break-even-by=")) {
            try {
                YearMonth month = YearMonth.parse(t.substring("break-even-by=".length()));
                if (month.isBefore(start) || month.isAfter(end)) {
                    throw bad(text, "a month in the plan, from " + start + " to " + end);
                }
                return new BreakEvenBy(month);
            } catch (DateTimeParseException e) {
                throw bad(text, "a month written YYYY-MM, as in break-even-by=2029-04");
            }
        }
        throw bad(text, "one of break-even, surplus-margin=5%, cash>=0, cash>=20000, break-even-by=YYYY-MM");
    }

    private static double number(String v, String text) {
        try {
            double value = Double.parseDouble(v);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw bad(text, "a plain number, as in cash>=20000");
        }
    }

    private static CarecoopException bad(String text, String expected) {
        return new CarecoopException("solve: --target '" + text + "' is not a goal carecoop knows (" + expected + ")");
    }

    private static String percent(double share) {
        return new java.math.BigDecimal(Double.toString(share * 100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
