package org.carecoop.report.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carecoop.analysis.Comparison;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.report.Findings;
import org.carecoop.report.Input;

/**
 * Everything the workbook shows, gathered by the command: the base plan and its variants, each run and
 * costed, and the inputs behind them. The writer only lays these figures out; it computes nothing the
 * model has not.
 *
 * @param scenarioName the scenario's name, for titles and the document's title
 * @param scenarioFile the scenario's file name as the user named it (no folders), for the document's properties
 * @param currency     ISO code (GBP, USD, EUR) for number formats
 * @param variants     the base plan first, then each variant; at least one
 * @param assumptions  every input, in the scenario's order, with a value per variant
 * @param comparison   the runs compared, entry for entry as in {@code variants} (as {@code carecoop compare} shows
 *                     them), for the Compare sheet; null when there is one run, or no comparison to show (a run
 *                     with no income has no shares of it)
 */
public record WorkbookData(String scenarioName, String scenarioFile, String currency, List<Variant> variants,
                           List<Assumption> assumptions, Comparison comparison) {

    public WorkbookData {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(currency, "currency");
        variants = List.copyOf(variants);
        assumptions = List.copyOf(assumptions);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one run");
        }
        Set<String> labels = new HashSet<>();
        for (Variant v : variants) {
            if (!labels.add(v.label())) {
                throw new IllegalArgumentException("two runs are labelled '" + v.label() + "'");
            }
        }
        for (Assumption a : assumptions) {
            if (a.valuesByVariant().size() != variants.size()) {
                throw new IllegalArgumentException("assumption " + a.path() + " has " + a.valuesByVariant().size()
                        + " values for " + variants.size() + " runs");
            }
        }
        if (comparison != null) {
            List<Comparison.Entry> entries = comparison.entries();
            if (entries.size() != variants.size()) {
                throw new IllegalArgumentException("the comparison has " + entries.size() + " entries for "
                        + variants.size() + " runs");
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).run() != variants.get(i).run()) {
                    throw new IllegalArgumentException("comparison entry " + i + " is not the run of '"
                            + variants.get(i).label() + "'");
                }
            }
        }
    }

    /** The runs side by side for the Compare sheet, or none when there is only one run or no comparison. */
    public Optional<Comparison> compared() {
        return variants.size() > 1 ? Optional.ofNullable(comparison) : Optional.empty();
    }

    /**
     * One run shown in the workbook.
     *
     * @param label    "base" or the variant's name
     * @param run      the projection and its headline metrics
     * @param cost     the cost of a contact hour in the chosen plan year
     * @param findings plain-language warnings about this run (results and, if wanted, loading warnings)
     */
    public record Variant(String label, RunResult run, CostOfCare cost, List<String> findings) {
        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(cost, "cost");
            findings = List.copyOf(findings);
        }

        /** A run with the report's standard findings about its results. */
        public static Variant of(String label, RunResult run, CostOfCare cost) {
            return new Variant(label, run, cost, Findings.of(run.scenario(), run.metrics()));
        }
    }

    /**
     * One input as the Assumptions sheet lists it.
     *
     * @param path            the parameter path, e.g. {@code clients[council].fee_per_hour}
     * @param unit            its unit as {@code carecoop params} prints it ("" when none)
     * @param origin          where the base plan's value came from (a file line, "default", the statutory pack)
     * @param source          the published source of a default or statutory figure ("" when none)
     * @param valuesByVariant the value as displayed, one per variant in {@link WorkbookData#variants()} order;
     *                        "" where a variant does not have the input
     */
    public record Assumption(String path, String unit, String origin, String source, List<String> valuesByVariant) {
        public Assumption {
            Objects.requireNonNull(path, "path");
            unit = unit == null ? "" : unit;
            origin = origin == null ? "" : origin;
            source = source == null ? "" : source;
            valuesByVariant = List.copyOf(valuesByVariant);
        }

        /** True when the variants do not all have the same value. */
        public boolean differs() {
            return valuesByVariant.stream().distinct().count() > 1;
        }

        /** The first path segment without its item, e.g. "clients" for {@code clients[council].fee_per_hour}. */
        public String section() {
            return Input.section(path);
        }

        /**
         * Merges each variant's list of inputs (as {@code carecoop params} lists them) into one row per
         * path. Paths keep the base plan's order; a path only some variants have is placed after the path
         * it follows in the first variant that has it, with "" for the others.
         */
        public static List<Assumption> merge(List<List<Input>> byVariant) {
            List<String> order = new ArrayList<>();
            Map<String, Input> first = new LinkedHashMap<>();
            for (List<Input> inputs : byVariant) {
                String previous = null;
                for (Input in : inputs) {
                    if (!first.containsKey(in.path())) {
                        first.put(in.path(), in);
                        order.add(previous == null ? 0 : order.indexOf(previous) + 1, in.path());
                    }
                    previous = in.path();
                }
            }
            List<Map<String, String>> values = new ArrayList<>();
            for (List<Input> inputs : byVariant) {
                Map<String, String> byPath = new LinkedHashMap<>();
                inputs.forEach(in -> byPath.put(in.path(), in.value()));
                values.add(byPath);
            }
            List<Assumption> rows = new ArrayList<>();
            for (String path : order) {
                Input in = first.get(path);
                List<String> vs = values.stream().map(m -> m.getOrDefault(path, "")).toList();
                rows.add(new Assumption(path, in.unit(), in.origin(), in.source(), vs));
            }
            return rows;
        }
    }
}
