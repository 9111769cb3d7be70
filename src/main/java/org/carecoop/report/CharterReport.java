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
        row(cost, "Surplus before tax in the year", k.base().year().surplusBeforeTax(),
                k.compliant().year().surplusBeforeTax(), v -> Formats.money(c, v));
        cost.add(List.of("Surplus margin in the year", Formats.percent(k.base().margin()),
                Formats.percent(k.compliant().margin()), ""));
        out.append(cost.render());
        out.append("Meeting the charter costs ").append(Formats.pence(c, k.extraPerContactHour()))
                .append(" more per contact hour, ").append(Formats.money(c, k.extraPerYear()))
                .append(" more in the year; each care worker is paid ").append(Formats.money(c, k.payPerCareWorkerChange()))
                .append(" more in the year.\n");
        out.append('\n').append(feeHeading(r)).append('\n');
        List<String> headers = new ArrayList<>(List.of("", "Rise an hour"));
        for (String group : groupNames(r)) {
            headers.add(group + " fee");
        }
        headers.addAll(List.of("Extra paid in the year", "Surplus before tax in the year"));
        TextTable fees = new TextTable(headers);
        List<String> now = new ArrayList<>(List.of("As it is", ""));
        for (double fee : feesNow(r)) {
            now.add(Formats.pence(c, fee));
        }
        now.addAll(List.of("", surplusWords(c, k.fees().baseSurplus(), k.fees().baseMargin())));
        fees.add(now);
        for (CharterResult.FeeAnswer a : k.fees().answers()) {
            List<String> line = new ArrayList<>(List.of(feeLabel(k.fees(), a.basis()),
                    a.found() ? signed(Formats.pence(c, a.rise()), a.rise()) : "n/a"));
            for (int g = 0; g < groupNames(r).size(); g++) {
                line.add(a.found() ? Formats.pence(c, a.groups().get(g).needed()) : "n/a");
            }
            line.add(a.found() ? Formats.money(c, a.extraSpend()) : "n/a");
            line.add(a.found() ? surplusWords(c, a.surplus(), a.margin()) : "n/a");
            fees.add(line);
        }
        out.append(fees.render());
        for (String note : feeNotes(r)) {
            out.append("- ").append(note).append('\n');
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

    /** "£31,245 (2.2%)". */
    private static String surplusWords(String c, double surplus, double margin) {
        return Formats.money(c, surplus) + " (" + Formats.percent(margin) + ")";
    }

    /** The heading over the fee table: which year, which fees, and what the rise applies to. */
    public static String feeHeading(CharterResult r) {
        return "The fee in plan year " + r.year() + " (" + Formats.planYear(r.yearFrom()) + "), the same rise an hour on "
                + "every client group's fee in that year's months (fees as in " + r.yearFrom() + "):";
    }

    /** The client groups' names, in the plan's order. */
    public static List<String> groupNames(CharterResult r) {
        return r.base().scenario().clients().stream().map(g -> g.name()).toList();
    }

    /** Each client group's fee as it is, in the chosen year's first month. */
    public static List<Double> feesNow(CharterResult r) {
        int first = (r.year() - 1) * 12;
        return r.base().scenario().clients().stream().map(g -> g.fee().at(first)).toList();
    }

    /** A basis in a few words, for a row of the fee table. */
    public static String feeLabel(CharterResult.Fees fees, CharterResult.Basis basis) {
        return switch (basis) {
            case PASS_THROUGH -> "The extra cost passed through";
            case CURRENT_MARGIN -> fees.baseMargin() < 0
                    ? "The provider's current loss kept (" + Formats.percent(fees.baseMargin()) + ")"
                    : "The provider's current margin kept (" + Formats.percent(fees.baseMargin()) + ")";
            case VIABLE -> "Viable (" + Formats.percent(fees.targetMargin()) + " target margin, cash never below 0)";
        };
    }

    /** A basis in two or three words, for a column heading; {@link #feeLabel} and the notes say it in full. */
    public static String feeShortLabel(CharterResult.Basis basis) {
        return switch (basis) {
            case PASS_THROUGH -> "Extra cost passed through";
            case CURRENT_MARGIN -> "Current margin kept";
            case VIABLE -> "Viable";
        };
    }

    /** What each fee means, a sentence each, so that none is quoted for another. */
    public static List<String> feeNotes(CharterResult r) {
        String c = r.base().scenario().currency();
        CharterResult.Fees fees = r.costing().fees();
        List<String> notes = new ArrayList<>();
        List<Double> earlier = List.of();
        for (CharterResult.FeeAnswer a : fees.answers()) {
            String label = feeLabel(fees, a.basis());
            if (!a.found()) {
                notes.add(label + ": no fee found; " + a.whyNot() + ".");
                continue;
            }
            earlier = a.earlierRises();
            double more = a.surplus() - fees.baseSurplus();
            notes.add(switch (a.basis()) {
                case PASS_THROUGH -> label + ": the council and clients pay what meeting the charter costs in the year "
                        + "and no more; the provider's surplus before tax stays as it is now, "
                        + Formats.money(c, fees.baseSurplus()) + " (a little more with the rise rounded up to the penny).";
                case CURRENT_MARGIN -> fees.baseMargin() < 0
                        ? label + ": at this fee the provider still loses money, as it does now: not a fee at which it "
                                + "is viable, shown only for comparison."
                        : label + ": the provider keeps " + Formats.percent(fees.baseMargin()) + " of a larger fee, so "
                                + "its surplus before tax " + (more >= 0 ? "rises by " + Formats.money(c, more)
                                + ": that part pays for more profit, not for the charter." : "falls by "
                                + Formats.money(c, -more) + ".");
                case VIABLE -> label + ": the lowest fee at which the compliant plan makes the provider's target margin "
                        + "(provider.target_margin) in the year, with cash never below zero at a month's end in the "
                        + "year: the rule 'carecoop commission' applies to a contract, here to one year" + (a.rise() < 0
                        ? "; it is below "
                        + "today's fee: at its target margin the provider could meet the charter for less than it is "
                        + "paid now" : "") + (a.caveat().isEmpty() ? "." : ". But " + a.caveat() + ".");
            });
        }
        if (!earlier.isEmpty()) {
            List<String> years = new ArrayList<>();
            for (int y = 0; y < earlier.size(); y++) {
                years.add("plan year " + (y + 1) + " " + signed(Formats.pence(c, earlier.get(y)), earlier.get(y)));
            }
            notes.add("Each fee assumes the fees of the years before are raised by their own extra cost ("
                    + String.join(", ", years) + " an hour), so that the provider comes to plan year " + r.year()
                    + " with the cash it has now.");
        }
        return notes;
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
        ObjectNode fees = costing.putObject("fees");
        fees.put("year", r.year());
        fees.put("applies_to", "every client group's fee in the plan year's months, the same rise per hour");
        RunJson.number(fees, "base_surplus_in_year", k.fees().baseSurplus());
        RunJson.number(fees, "base_margin_in_year", k.fees().baseMargin());
        RunJson.number(fees, "target_margin", k.fees().targetMargin());
        for (CharterResult.FeeAnswer a : k.fees().answers()) {
            ObjectNode fee = fees.putObject(a.basis().name().toLowerCase(java.util.Locale.ROOT));
            fee.put("means", feeLabel(k.fees(), a.basis()));
            fee.put("found", a.found());
            RunJson.number(fee, "rise_per_hour", a.rise());
            RunJson.number(fee, "extra_spend_in_year", a.extraSpend());
            RunJson.number(fee, "surplus_in_year", a.surplus());
            RunJson.number(fee, "margin_in_year", a.margin());
            ArrayNode earlier = fee.putArray("earlier_years_rise_per_hour");
            a.earlierRises().forEach(earlier::add);
            ArrayNode groups = fee.putArray("groups");
            for (CharterResult.GroupFee g : a.groups()) {
                ObjectNode group = groups.addObject();
                group.put("name", g.name());
                RunJson.number(group, "fee", g.fee());
                RunJson.number(group, "needed", g.needed());
            }
            fee.put("why_not", a.whyNot());
            fee.put("caveat", a.caveat());
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
        RunJson.number(node, "surplus_before_tax", s.year().surplusBeforeTax());
        RunJson.number(node, "surplus_margin", s.margin());
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
