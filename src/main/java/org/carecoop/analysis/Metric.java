package org.carecoop.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.carecoop.model.Metrics;

/**
 * The outcomes a sensitivity analysis can be run on, by the names {@code run --format json} uses
 * for them ({@code --metric lowest_cash}).
 */
public enum Metric {
    SURPLUS_BEFORE_TAX("surplus before tax over the plan", Kind.MONEY, Metrics::surplusBeforeTax),
    SURPLUS_MARGIN("surplus margin", Kind.SHARE, Metrics::surplusMargin),
    LOWEST_CASH("lowest cash", Kind.MONEY, Metrics::lowestCash),
    FUNDING_NEEDED("funding needed to stay above zero", Kind.MONEY, Metrics::fundingNeeded),
    CLOSING_CASH("cash at the end", Kind.MONEY, Metrics::closingCash),
    COST_PER_CONTACT_HOUR("cost per contact hour", Kind.PER_HOUR, Metrics::costPerContactHour),
    AVERAGE_EFFECTIVE_PAY("care workers' pay per working hour", Kind.PER_HOUR, Metrics::averageEffectivePay),
    FRONTLINE_PAY_SHARE("care workers' pay as a share of income", Kind.SHARE, Metrics::frontlinePayShare),
    BREAK_EVEN_MONTH("operating break-even month (from the plan's start; never is past the end)", Kind.MONTHS,
            m -> m.operatingBreakEvenMonth() < 0 ? Double.POSITIVE_INFINITY : m.operatingBreakEvenMonth());

    /** How values of the metric are shown. */
    public enum Kind { MONEY, PER_HOUR, SHARE, MONTHS }

    private final String label;
    private final Kind kind;
    private final ToDoubleFunction<Metrics> value;

    Metric(String label, Kind kind, ToDoubleFunction<Metrics> value) {
        this.label = label;
        this.kind = kind;
        this.value = value;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public double of(Metrics metrics) {
        return value.applyAsDouble(metrics);
    }

    public double of(RunResult run) {
        return of(run.metrics());
    }

    public static Optional<Metric> fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key.trim().replace('-', '_'))).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Metric::key).toList();
    }
}
