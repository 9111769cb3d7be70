package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carecoop.analysis.charter.Change;
import org.carecoop.analysis.charter.CharterResult;
import org.carecoop.analysis.charter.Finding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan checked against a charter: the checklist (each requirement met or not, with the gap in the user's terms)
 * and the cost of meeting it, for the terminal, as JSON and as CSV. The figures are the analysis's; this only
 * lays them out.
 */
public final class CharterReport {
    private CharterReport() {}

    /** The terminal report. {@code charterFile} is the charter as the user named it. */
    public static String text(CharterResult r, String charterFile) {
        String c = r.base().scenario().currency();
        StringBuilder out = new StringBuilder();
        out.append(r.charter().name()).append(" (").append(charterFile).append(")\n");
        out.append("Plan: ").append(r.base().scenario().name()).append(" (").append(r.base().variant())
                .append("); yearly figures for plan year ").append(r.year()).append(" (")
                .append(Formats.planYear(r.yearFrom())).append("), money in ").append(c).append(".\n");
        out.append("Source: ").append(r.charter().source()).append("\n\n");
        TextTable checklist = new TextTable(List.of("Requirement", "Stage", "Met", "What the plan does"));
        for (Finding f : r.findings()) {
            checklist.add(List.of(f.requirement().name(), f.requirement().stage(), f.met() ? "yes" : "NO", f.found()));
        }
        out.append(checklist.render());
        out.append(r.met()).append(" of ").append(r.findings().size()).append(" requirements met.\n");
        List<Finding> unmet = r.findings().stream().filter(f -> !f.met()).toList();
        if (!unmet.isEmpty()) {
            out.append("\nThe gaps:\n");
            for (Finding f : unmet) {
                out.append("- ").append(f.requirement().name()).append(": ").append(f.gap()).append(".\n");
            }
        }
        CharterResult.Costing k = r.costing();
        if (k == null) {
            out.append("\nThe plan meets the charter as it is: nothing to cost.\n");
            return out.toString();
        }
        out.append("\nThe cost of meeting the charter, plan year ").append(r.year()).append(" (")
                .append(Formats.planYear(r.yearFrom())).append("):\n");
        TextTable cost = new TextTable(List.of("", "As it is", "Compliant", "Change"));
        row(cost, "Cost per contact hour", k.base().year().costPerContactHour(), k.compliant().year().costPerContactHour(),
                v -> Formats.pence(c, v));
        row(cost, "Operating costs in the year", k.base().year().operatingCosts(), k.compliant().year().operatingCosts(),
                v -> Formats.money(c, v));
        row(cost, "Contact hours in the year", k.base().year().contactHours(), k.compliant().year().contactHours(),
                v -> Formats.number(v, 0));
        row(cost, "Pay per hour of working time", k.base().payPerWorkingHour(), k.compliant().payPerWorkingHour(),
                v -> Formats.pence(c, v));
        row(cost, "Pay per care worker in the year", k.base().year().payPerCareWorker(),
                k.compliant().year().payPerCareWorker(), v -> Formats.money(c, v));
        cost.add(List.of("Surplus margin over the plan", Formats.percent(k.base().run().metrics().surplusMargin()),
                Formats.percent(k.compliant().run().metrics().surplusMargin()), ""));
        out.append(cost.render());
        out.append("Meeting the charter costs ").append(Formats.pence(c, k.extraPerContactHour()))
                .append(" more per contact hour, ").append(Formats.money(c, k.extraPerYear()))
                .append(" more in the year; each care worker is paid ").append(Formats.money(c, k.payPerCareWorkerChange()))
                .append(" more in the year.\n");
        CharterResult.FeeRise fee = k.fee();
        if (fee.found()) {
            out.append("To stay viable at the same surplus margin (").append(Formats.percent(fee.margin()))
                    .append(" of income over the plan), every fee must rise by ").append(Formats.pence(c, fee.rise()))
                    .append(" an hour in every month of the plan (").append(planSpan(r)).append("):");
            for (CharterResult.GroupFee g : fee.groups()) {
                out.append(' ').append(g.name()).append(' ').append(Formats.pence(c, g.fee())).append(" -> ")
                        .append(Formats.pence(c, g.needed())).append(';');
            }
            out.setLength(out.length() - 1);
            out.append(" (").append(r.yearFrom()).append("). Extra paid for care in the year: ")
                    .append(Formats.money(c, fee.extraSpend())).append(".\n");
            String shortOfYear = feeShortOfYear(r);
            if (!shortOfYear.isEmpty()) {
                out.append(shortOfYear).append('\n');
            }
        } else {
            out.append("No fee rise up to twice the highest fee brings the compliant plan back to the base plan's margin.\n");
        }
        if (!k.stillUnmet().isEmpty()) {
            out.append("The compliant plan still does not meet: ").append(String.join(", ", k.stillUnmet()))
                    .append(" (no parameter change makes it).\n");
        }
        if (!k.byRequirement().isEmpty()) {
            out.append("\nEach unmet requirement alone (changes interact, so these need not add up to the whole):\n");
            TextTable alone = new TextTable(List.of("Requirement", "Extra per contact hour", "Extra in the year",
                    "More contact hours", "Pay per care worker"));
            for (CharterResult.RequirementCost a : k.byRequirement()) {
                alone.add(List.of(a.requirement(), signed(Formats.pence(c, a.extraPerContactHour()), a.extraPerContactHour()),
                        signed(Formats.money(c, a.extraPerYear()), a.extraPerYear()),
                        signed(Formats.number(a.extraContactHours(), 0), a.extraContactHours()),
                        signed(Formats.money(c, a.payPerCareWorkerChange()), a.payPerCareWorkerChange())));
            }
            out.append(alone.render());
        }
        out.append("\nThe compliant plan is the plan with these changes (each usable as --set PATH=VALUE):\n");
        TextTable changes = new TextTable(List.of("Change", "What it does"));
        for (Change ch : k.changes()) {
            changes.add(List.of(ch.override(), ch.why()));
        }
        out.append(changes.render());
        return out.toString();
    }

    /** The plan's months, first to last: "2025-04 to 2027-03". */
    public static String planSpan(CharterResult r) {
        var s = r.base().scenario();
        return s.start() + " to " + s.month(s.months() - 1);
    }

    /**
     * A warning, or "" when none is due, that the fee rise brings in less than the year's extra cost: the rise is
     * the same in every month and keeps the margin over the whole plan, so a charter whose cost grows (a wage floor
     * that rises, or starts, in a later year) is under-funded in the year reported, and over-funded before it.
     */
    public static String feeShortOfYear(CharterResult r) {
        CharterResult.Costing k = r.costing();
        if (k == null || !k.fee().found() || !(k.fee().extraSpend() < k.extraPerYear())) {
            return "";
        }
        String c = r.base().scenario().currency();
        return "In plan year " + r.year() + " that is less than the year's extra cost of "
                + Formats.money(c, k.extraPerYear()) + ": the margin is kept over the whole plan, not in each year, so "
                + "the fee for this year alone would have to rise by more.";
    }

    private static void row(TextTable table, String label, double base, double compliant,
                            java.util.function.DoubleFunction<String> show) {
        table.add(List.of(label, show.apply(base), show.apply(compliant), signed(show.apply(compliant - base), compliant - base)));
    }

    private static String signed(String shown, double value) {
        return value > 0 && !shown.startsWith("-") && !shown.matches("\\D*0(\\.0+)?") ? "+" + shown : shown;
    }

    /** The JSON: charter, plan, checklist, costing (null when met). */
    public static String json(CharterResult r, String charterFile) {
        ObjectNode root = RunJson.object();
        root.put("charter", r.charter().name());
        root.put("charter_file", charterFile);
        root.put("charter_source", r.charter().source());
        root.put("scenario", r.base().scenario().name());
        root.put("variant", r.base().variant());
        root.put("currency", r.base().scenario().currency());
        root.put("year", r.year());
        root.put("year_from", r.yearFrom().toString());
        root.put("met", r.met());
        root.put("requirements_count", r.findings().size());
        ArrayNode list = root.putArray("requirements");
        for (Finding f : r.findings()) {
            ObjectNode item = list.addObject();
            item.put("name", f.requirement().name());
            item.put("stage", f.requirement().stage());
            item.put("says", f.requirement().says());
            item.put("source", f.requirement().source());
            item.put("met", f.met());
            item.put("found", f.found());
            item.put("gap", f.gap());
            ObjectNode figures = item.putObject("figures");
            for (Map.Entry<String, Double> e : f.figures().entrySet()) {
                RunJson.number(figures, e.getKey(), e.getValue());
            }
            changes(item.putArray("changes"), f.changes());
        }
        CharterResult.Costing k = r.costing();
        if (k == null) {
            root.putNull("costing");
            return RunJson.text(root);
        }
        ObjectNode costing = root.putObject("costing");
        RunJson.number(costing, "extra_per_contact_hour", k.extraPerContactHour());
        RunJson.number(costing, "extra_per_year", k.extraPerYear());
        RunJson.number(costing, "pay_per_care_worker_change", k.payPerCareWorkerChange());
        side(costing.putObject("base"), k.base());
        side(costing.putObject("compliant"), k.compliant());
        ObjectNode fee = costing.putObject("fee");
        fee.put("found", k.fee().found());
        fee.put("applies_to", "every client group's fee, the same rise per hour");
        RunJson.number(fee, "surplus_margin", k.fee().margin());
        RunJson.number(fee, "rise_per_hour", k.fee().rise());
        RunJson.number(fee, "extra_spend_in_year", k.fee().extraSpend());
        ArrayNode groups = fee.putArray("groups");
        for (CharterResult.GroupFee g : k.fee().groups()) {
            ObjectNode group = groups.addObject();
            group.put("name", g.name());
            RunJson.number(group, "fee", g.fee());
            RunJson.number(group, "needed", g.needed());
        }
        ArrayNode alone = costing.putArray("by_requirement");
        for (CharterResult.RequirementCost a : k.byRequirement()) {
            ObjectNode item = alone.addObject();
            item.put("requirement", a.requirement());
            RunJson.number(item, "extra_per_contact_hour", a.extraPerContactHour());
            RunJson.number(item, "extra_per_year", a.extraPerYear());
            RunJson.number(item, "extra_contact_hours", a.extraContactHours());
            RunJson.number(item, "pay_per_care_worker_change", a.payPerCareWorkerChange());
        }
        changes(costing.putArray("changes"), k.changes());
        ArrayNode still = costing.putArray("still_unmet");
        k.stillUnmet().forEach(still::add);
        return RunJson.text(root);
    }

    private static void side(ObjectNode node, CharterResult.Side s) {
        RunJson.number(node, "cost_per_contact_hour", s.year().costPerContactHour());
        RunJson.number(node, "operating_costs", s.year().operatingCosts());
        RunJson.number(node, "income", s.year().income());
        RunJson.number(node, "contact_hours", s.year().contactHours());
        RunJson.number(node, "care_workers", s.year().careWorkers());
        RunJson.number(node, "pay_per_care_worker", s.year().payPerCareWorker());
        RunJson.number(node, "pay_per_working_hour", s.payPerWorkingHour());
        RunJson.number(node, "surplus_margin", s.run().metrics().surplusMargin());
        ObjectNode lines = node.putObject("cost_of_an_hour");
        s.cost().buildUp().lines().forEach(l -> RunJson.number(lines, l.key(), l.perHour()));
        RunJson.number(lines, "price", s.cost().buildUp().price());
    }

    private static void changes(ArrayNode array, List<Change> changes) {
        for (Change ch : changes) {
            ObjectNode item = array.addObject();
            item.put("path", ch.path());
            item.put("value", ch.value());
            item.put("why", ch.why());
        }
    }

    /** CSV: a row per requirement, with each unmet one's cost alone. */
    public static String csv(CharterResult r) {
        StringBuilder out = new StringBuilder(Csv.line(List.of("requirement", "stage", "met", "found", "gap",
                "extra_per_contact_hour_alone", "extra_per_year_alone", "changes")));
        for (Finding f : r.findings()) {
            List<String> row = new ArrayList<>(List.of(f.requirement().name(), f.requirement().stage(),
                    f.met() ? "yes" : "no", f.found(), f.gap()));
            CharterResult.RequirementCost alone = r.costing() == null ? null : r.costing().byRequirement().stream()
                    .filter(a -> a.requirement().equals(f.requirement().name())).findFirst().orElse(null);
            row.add(alone == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", alone.extraPerContactHour()));
            row.add(alone == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", alone.extraPerYear()));
            row.add(String.join("; ", f.changes().stream().map(Change::override).toList()));
            out.append(Csv.line(row));
        }
        return out.toString();
    }
}
