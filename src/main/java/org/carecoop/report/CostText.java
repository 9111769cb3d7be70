package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.model.Scenario;
import org.carecoop.statutory.Terms;

/** The cost of an hour of care as a terminal table, line by line, by visit length and by fee. */
public final class CostText {
    private CostText() {}

    public static String render(Scenario s, String variant, CostOfCare cost) {
        String c = s.currency();
        HourlyCost.BuildUp b = cost.buildUp();
        StringBuilder out = new StringBuilder();
        out.append("Cost of a contact hour: ").append(s.name()).append(" (").append(variant).append("), plan year ")
                .append(cost.year()).append(" (").append(Formats.planYear(s.month((cost.year() - 1) * 12))).append(")\n")
                .append("Visits average ").append(Formats.number(cost.averageVisitMinutes(), 0))
                .append(" minutes. Care worker costs are for a typical care worker; business costs are the plan's own "
                        + "for the year.\n\n");
        List<String> headers = new ArrayList<>(List.of("line", "per hour", "share"));
        for (CostOfCare.VisitLength v : cost.byVisit()) {
            headers.add(v.minutes() + "-min visits");
        }
        TextTable table = new TextTable(headers);
        Terms terms = Labels.terms(s);
        for (int i = 0; i < b.lines().size(); i++) {
            HourlyCost.CostLine line = b.lines().get(i);
            List<String> row = new ArrayList<>(List.of(Labels.costLine(line, terms), Formats.pence(c, line.perHour()),
                    Formats.percent(line.perHour() / b.price())));
            for (CostOfCare.VisitLength v : cost.byVisit()) {
                row.add(Formats.pence(c, v.buildUp().lines().get(i).perHour()));
            }
            table.add(row);
            if (line.key().equals("other_paid_time")) {
                table.add(totalRow("Care worker costs", b.careWorkerCost(), b.price(), cost, c,
                        HourlyCost.BuildUp::careWorkerCost));
            }
        }
        table.add(totalRow("Price per contact hour", b.price(), b.price(), cost, c, HourlyCost.BuildUp::price));
        out.append(table.render()).append('\n');
        out.append("The price includes a surplus of ").append(Formats.percent(cost.surplusShare()))
                .append(" of the price; the full cost before surplus is ").append(Formats.pence(c, b.price() - b.surplus()))
                .append(".\n\n");
        TextTable fees = new TextTable(List.of("client group", "visit", "fee", "full cost", "surplus per hour"));
        for (CostOfCare.GroupMargin g : cost.groups()) {
            fees.add(List.of(g.name(), Formats.number(g.visitMinutes(), 0) + " min", Formats.pence(c, g.fee()),
                    Formats.pence(c, g.fullCost()), Formats.pence(c, g.marginPerHour())));
        }
        out.append(fees.render());
        for (CostOfCare.GroupMargin g : cost.groups()) {
            if (g.marginPerHour() < 0) {
                out.append("warning: the ").append(g.name()).append(" fee is ").append(Formats.pence(c, -g.marginPerHour()))
                        .append(" an hour below the full cost\n");
            }
        }
        return out.toString();
    }

    private static List<String> totalRow(String label, double value, double price, CostOfCare cost, String c,
                                         java.util.function.ToDoubleFunction<HourlyCost.BuildUp> pick) {
        List<String> row = new ArrayList<>(List.of(label, Formats.pence(c, value), Formats.percent(value / price)));
        for (CostOfCare.VisitLength v : cost.byVisit()) {
            row.add(Formats.pence(c, pick.applyAsDouble(v.buildUp())));
        }
        return row;
    }
}
