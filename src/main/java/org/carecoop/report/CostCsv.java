package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Line;
import org.carecoop.statutory.Nation;
import org.carecoop.statutory.Terms;

/**
 * The cost of a contact hour as CSV (RFC 4180), the same build-up as {@code carecoop cost} and the
 * workbook's Cost per hour sheet: one row per cost line, in order, with the subtotal of care worker costs
 * after the care worker lines, then the price and the full cost before surplus. Columns: {@code line} (a
 * key), {@code label} (in words), {@code plan_mix} (at the plan's own mix of visits), then
 * {@code visits_15_min} and so on for each visit length. Figures are money per contact hour with two
 * decimals, no currency symbol and no thousands separators.
 */
public final class CostCsv {
    /** The care worker lines end here; their subtotal follows. */
    private static final String LAST_CARE_WORKER_LINE = "other_paid_time";

    private CostCsv() {}

    /** The build-up with the UK's names for its lines. */
    public static String render(CostOfCare cost) {
        return render(cost, Nation.ENGLAND.terms());
    }

    /** The build-up with a jurisdiction's names for its lines (the {@code line} keys are the same everywhere). */
    public static String render(CostOfCare cost, Terms terms) {
        List<String> header = new ArrayList<>(List.of("line", "label", "plan_mix"));
        cost.byVisit().forEach(v -> header.add("visits_" + v.minutes() + "_min"));
        List<HourlyCost.BuildUp> columns = new ArrayList<>(List.of(cost.buildUp()));
        cost.byVisit().forEach(v -> columns.add(v.buildUp()));

        StringBuilder out = new StringBuilder(Csv.line(header));
        for (HourlyCost.CostLine line : cost.buildUp().lines()) {
            out.append(row(line.key(), Labels.costLine(line, terms), columns, b -> b.line(line.key())));
            if (line.key().equals(LAST_CARE_WORKER_LINE)) {
                out.append(row("care_worker_costs", "Care worker costs", columns, HourlyCost.BuildUp::careWorkerCost));
            }
        }
        out.append(row("price", "Price per contact hour", columns, HourlyCost.BuildUp::price));
        out.append(row("full_cost", "Full cost before surplus", columns, b -> b.price() - b.surplus()));
        return out.toString();
    }

    private static String row(String key, String label, List<HourlyCost.BuildUp> columns,
                              ToDoubleFunction<HourlyCost.BuildUp> figure) {
        List<String> cells = new ArrayList<>(List.of(key, label));
        columns.forEach(b -> cells.add(RunCsv.number(figure.applyAsDouble(b), Line.Unit.MONEY)));
        return Csv.line(cells);
    }
}
