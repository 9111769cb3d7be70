package org.carecoop.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The identities every projection must satisfy, whatever its inputs. Each check returns the
 * breaches it finds as sentences, so a failing test names the scenario, the month and the figures.
 */
final class Invariants {
    /** A thousandth of a penny: the tolerance of every money identity (DESIGN.md, conventions). */
    static final double MONEY = 0.001;

    private Invariants() {}

    static List<String> breaches(Projection p) {
        List<String> found = new ArrayList<>();
        int n = p.months();
        double opening = p.scenario().funding().openingCash();
        for (Line line : Line.values()) {
            for (int m = 0; m < n; m++) {
                double v = p.at(line, m);
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    found.add(line + " is " + v + " in month " + m);
                }
            }
        }
        for (int m = 0; m < n; m++) {
            double open = p.at(Line.OPENING_CASH, m);
            double in = p.at(Line.CASH_IN, m);
            double out = p.at(Line.CASH_OUT, m);
            double close = p.at(Line.CLOSING_CASH, m);
            // closing cash = opening cash + cash in - cash out
            check(found, m, "closing cash = opening + in - out", close, open + in - out);
            // opening cash of month m+1 = closing cash of month m (and month 0 opens with the opening cash)
            check(found, m, "opening cash follows on", open, m == 0 ? opening : p.at(Line.CLOSING_CASH, m - 1));
            // cash in and out are the sums of their lines
            check(found, m, "cash in = sum of its lines", in, p.at(Line.RECEIPTS, m) + p.at(Line.GRANTS_RECEIVED, m)
                    + p.at(Line.SHARE_CAPITAL_IN, m) + p.at(Line.LOANS_IN, m));
            check(found, m, "cash out = sum of its lines", out, p.at(Line.PAYROLL_PAID, m) + p.at(Line.COSTS_PAID, m)
                    + p.at(Line.INTEREST_PAID, m) + p.at(Line.LOAN_REPAYMENTS, m) + p.at(Line.SHARE_WITHDRAWALS, m)
                    + p.at(Line.TAX_PAID, m) + p.at(Line.DIVIDENDS_PAID, m));
            // the balance check: what the provider holds = what it was given, owes and kept
            double assets = close + p.at(Line.RECEIVABLES, m);
            double sources = opening + p.at(Line.LOAN_BALANCE, m) + p.at(Line.TAX_OWED, m)
                    + p.at(Line.SHARE_CAPITAL, m) + p.at(Line.RETAINED_SURPLUS, m);
            check(found, m, "cash + receivables = opening cash + loans + tax owed + share capital + retained surplus",
                    assets, sources);
            // the surplus lines add up
            check(found, m, "operating surplus = income - operating costs", p.at(Line.OPERATING_SURPLUS, m),
                    p.at(Line.INCOME, m) - p.at(Line.OPERATING_COSTS, m));
            check(found, m, "surplus after tax = before tax - tax", p.at(Line.SURPLUS_AFTER_TAX, m),
                    p.at(Line.SURPLUS_BEFORE_TAX, m) - p.at(Line.TAX, m));
            if (p.at(Line.CONTACT_HOURS, m) > p.at(Line.HOURS_DEMANDED, m) + 1e-9) {
                found.add("month " + m + ": " + p.at(Line.CONTACT_HOURS, m) + " contact hours delivered, more than the "
                        + p.at(Line.HOURS_DEMANDED, m) + " demanded");
            }
            for (Line count : List.of(Line.CARE_WORKERS, Line.CARE_WORKERS_NEEDED, Line.HIRES, Line.LEAVERS,
                    Line.OFFICE_STAFF, Line.CLIENTS)) {
                if (p.at(count, m) < 0) {
                    found.add("month " + m + ": " + count + " is negative (" + p.at(count, m) + ")");
                }
            }
        }
        return found;
    }

    private static void check(List<String> found, int m, String identity, double actual, double expected) {
        if (!(Math.abs(actual - expected) <= MONEY)) {
            found.add("month " + m + ": " + identity + " fails: " + actual + " against " + expected
                    + " (off by " + (actual - expected) + ")");
        }
    }
}
