package org.carecoop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Metrics;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;
import org.carecoop.model.Series;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run as one JSON object, for other programs: the headline metrics, the table by year, each
 * client group, the warnings and every line of every month. Keys are snake_case and always in the
 * same order; months are {@code YYYY-MM} and a month that never comes is null; numbers are plain
 * JSON numbers rounded to six decimal places (far below a penny, enough to drop floating-point noise
 * such as 1234.5600000000002), and an undefined figure (no hours, no income) is null, never NaN.
 * The same run gives the same bytes.
 */
public final class RunJson {
    /** Decimal places kept: a ten-thousandth of a penny, below anything a report shows. */
    static final int DECIMALS = 6;

    /** The lines each month shows first, under the names the issue asked for; the rest follow in order. */
    private static final Set<Line> FIRST = EnumSet.of(Line.CLIENTS, Line.CONTACT_HOURS, Line.CARE_WORKERS, Line.INCOME,
            Line.CASH_IN, Line.CASH_OUT, Line.CLOSING_CASH);

    // Unix line ends and "key": value whatever the platform, so the bytes do not depend on where it runs
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance()))
            .build();

    private RunJson() {}

    /** The run as pretty-printed JSON text ending in a newline. */
    public static String render(RunResult run) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(run)) + "\n";
    }

    /** Any JSON tree as text, formatted as every carecoop JSON output is. */
    public static String text(ObjectNode tree) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }

    /** An empty object to build on, from the same mapper. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The run as a JSON tree. */
    public static ObjectNode tree(RunResult run) {
        Scenario s = run.scenario();
        Projection p = run.projection();
        Metrics m = run.metrics();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", s.name());
        root.put("variant", run.variant());
        root.put("currency", s.currency());
        root.put("provider", s.provider().model().key());
        root.put("start", s.start().toString());
        root.put("end", s.month(s.months() - 1).toString());
        metrics(root.putObject("metrics"), s, m);
        years(root.putArray("years"), m);
        groups(root.putArray("groups"), p);
        ArrayNode warnings = root.putArray("warnings");
        Findings.of(s, m).forEach(warnings::add);
        months(root.putArray("months"), s, p);
        return root;
    }

    /** The headline metrics under their snake_case names: the same object in every JSON output. */
    public static void metrics(ObjectNode node, Scenario s, Metrics m) {
        number(node, "income", m.income());
        number(node, "operating_costs", m.operatingCosts());
        number(node, "surplus_before_tax", m.surplusBeforeTax());
        number(node, "surplus_after_tax", m.surplusAfterTax());
        number(node, "surplus_margin", m.surplusMargin());
        number(node, "contact_hours", m.contactHours());
        number(node, "unmet_hours", m.unmetHours());
        number(node, "cost_per_contact_hour", m.costPerContactHour());
        number(node, "income_per_contact_hour", m.incomePerContactHour());
        number(node, "frontline_pay_share", m.frontlinePayShare());
        number(node, "average_effective_pay", m.averageEffectivePay());
        number(node, "lowest_effective_pay", m.lowestEffectivePay());
        month(node, "lowest_effective_pay_month", s, m.lowestEffectivePayMonth());
        node.put("months_below_wage_floor", m.monthsBelowWageFloor());
        // break-even is the operating one, as the terminal summary shows it
        month(node, "break_even_month", s, m.operatingBreakEvenMonth());
        month(node, "cumulative_break_even_month", s, m.cumulativeBreakEvenMonth());
        number(node, "lowest_cash", m.lowestCash());
        month(node, "lowest_cash_month", s, m.lowestCashMonth());
        month(node, "first_month_below_zero", s, m.firstMonthBelowZero());
        node.put("months_below_zero", m.monthsBelowZero());
        number(node, "funding_needed", m.fundingNeeded());
        number(node, "closing_cash", m.closingCash());
        number(node, "worker_dividends", m.workerDividends());
        number(node, "owner_dividends", m.ownerDividends());
        number(node, "turnover_cost", m.turnoverCost());
    }

    private static void years(ArrayNode array, Metrics m) {
        for (Metrics.Year y : m.years()) {
            ObjectNode node = array.addObject();
            node.put("year", y.year());
            node.put("from", y.from().toString());
            node.put("label", Formats.planYear(y.from()));
            number(node, "income", y.income());
            number(node, "operating_costs", y.operatingCosts());
            number(node, "operating_surplus", y.operatingSurplus());
            number(node, "surplus_before_tax", y.surplusBeforeTax());
            number(node, "tax", y.tax());
            number(node, "surplus_after_tax", y.surplusAfterTax());
            number(node, "dividends", y.dividends());
            number(node, "closing_cash", y.closingCash());
            number(node, "contact_hours", y.contactHours());
            number(node, "clients", y.clients());
            number(node, "care_workers", y.careWorkers());
            number(node, "pay_per_care_worker", y.payPerCareWorker());
            number(node, "cost_per_contact_hour", y.costPerContactHour());
        }
    }

    /** Each client group as arrays parallel to {@code months}. */
    private static void groups(ArrayNode array, Projection p) {
        for (Projection.GroupLines g : p.groups()) {
            ObjectNode node = array.addObject();
            node.put("name", g.name());
            node.put("stream", g.stream().key());
            series(node.putArray("clients"), g.clients());
            series(node.putArray("contact_hours"), g.contactHours());
            series(node.putArray("income"), g.income());
            series(node.putArray("fee_per_hour"), g.fee());
        }
    }

    private static void months(ArrayNode array, Scenario s, Projection p) {
        for (int i = 0; i < p.months(); i++) {
            ObjectNode node = array.addObject();
            node.put("month", s.month(i).toString());
            number(node, "clients", p.at(Line.CLIENTS, i));
            number(node, "contact_hours", p.at(Line.CONTACT_HOURS, i));
            number(node, "care_workers", p.at(Line.CARE_WORKERS, i));
            number(node, "income", p.at(Line.INCOME, i));
            number(node, "costs", costs(p, i));
            number(node, "surplus", p.at(Line.SURPLUS_BEFORE_TAX, i));
            number(node, "cash_in", p.at(Line.CASH_IN, i));
            number(node, "cash_out", p.at(Line.CASH_OUT, i));
            number(node, "closing_cash", p.at(Line.CLOSING_CASH, i));
            for (Line line : Line.values()) {
                if (!FIRST.contains(line)) {
                    number(node, line.key(), p.at(line, i));
                }
            }
        }
    }

    /** A month's costs as the JSON defines them: operating costs plus interest. */
    static double costs(Projection p, int month) {
        return p.at(Line.OPERATING_COSTS, month) + p.at(Line.INTEREST, month);
    }

    private static void series(ArrayNode array, Series series) {
        for (int i = 0; i < series.length(); i++) {
            BigDecimal value = decimal(series.at(i));
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        }
    }

    public static void number(ObjectNode node, String key, double value) {
        BigDecimal decimal = decimal(value);
        if (decimal == null) {
            node.putNull(key);
        } else {
            node.put(key, decimal);
        }
    }

    private static void month(ObjectNode node, String key, Scenario s, int index) {
        if (index < 0) {
            node.putNull(key);
        } else {
            node.put(key, s.month(index).toString());
        }
    }

    /** The value rounded for JSON, or null when it is not a number (NaN or infinite). */
    static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        // a whole number keeps no exponent: 1200, not 1.2E+3
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
