package org.carecoop.report;

import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.Line;
import org.carecoop.model.Projection;
import org.carecoop.model.Scenario;

/**
 * A short report of a run in Markdown, for a steering group to paste into a paper: what was
 * modelled, the headline measures, the table by year, the warnings, and a reminder to check the
 * scenario's assumptions. It shows the same figures as the terminal summary.
 */
public final class RunMarkdown {
    private RunMarkdown() {}

    public static String render(RunResult run) {
        Scenario s = run.scenario();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(s.name()));
        if (!"base".equals(run.variant())) {
            out.append(" (variant: ").append(escape(run.variant())).append(')');
        }
        out.append("\n\n");

        out.append("## What was modelled\n\n").append(modelled(run)).append("\n\n");

        out.append("## Headline measures\n\n");
        table(out, List.of("Measure", "Value"), RunText.headline(run), false);

        out.append("\n## By year\n\n");
        table(out, RunText.YEAR_HEADERS, RunText.yearRows(run), true);

        out.append("\n## Warnings\n\n");
        List<String> findings = Findings.of(s, run.metrics());
        if (findings.isEmpty()) {
            out.append("None.\n");
        } else {
            findings.forEach(f -> out.append("- ").append(upperFirst(f)).append(".\n"));
        }

        out.append("\n## Before relying on these figures\n\n")
                .append("Figures marked \"assumption\" in the scenario are the plan's own choices, not published ")
                .append("sources: check each one, and replace it with your own evidence, before relying on these ")
                .append("results. Statutory rates (wage floors, National Insurance, pension, tax) come from carecoop's ")
                .append("packs, each with its source; `carecoop params` lists every figure used and where it came from.\n");
        return out.toString();
    }

    /** One paragraph: the period, the provider, the client groups and the pay at the start. */
    private static String modelled(RunResult run) {
        Scenario s = run.scenario();
        Projection p = run.projection();
        String c = s.currency();
        int last = s.months() - 1;
        StringBuilder text = new StringBuilder();
        text.append("A monthly projection over ").append(plural(s.months(), "month")).append(", from ")
                .append(s.start()).append(" to ").append(s.month(last)).append(", in ").append(c).append(". ");
        text.append("The provider model is ").append(s.provider().model().key()).append(": ")
                .append(s.provider().model().meaning()).append(". ");
        List<String> groups = new ArrayList<>();
        for (Scenario.ClientGroup g : s.clients()) {
            int start = Math.max(0, Math.min(g.startMonth(), last));
            String stream = g.name().equals(g.stream().key()) ? "" : " (" + g.stream().key() + ")";
            groups.add(escape(g.name()) + stream + ": from " + figure(g.clientsAtStart()) + " to " + figure(g.target())
                    + " clients, starting " + s.month(start) + " over " + plural(g.rampMonths(), "month") + ", "
                    + figure(g.hoursPerWeek()) + " hours a week each at " + Formats.pence(c, g.fee().at(start))
                    + " an hour");
        }
        text.append(groups.isEmpty() ? "No client groups are modelled. "
                : "Clients come in " + plural(groups.size(), "group") + ": " + String.join("; ", groups) + ". ");
        text.append("Care workers are paid ").append(Formats.pence(c, s.careWorkers().wage().at(0)))
                .append(" an hour at the start, on ").append(s.careWorkers().contract().key()).append(" contracts. ");
        text.append("By ").append(s.month(last)).append(" the plan serves ")
                .append(Formats.number(p.at(Line.CLIENTS, last), 0)).append(" clients with ")
                .append(Formats.number(p.at(Line.CARE_WORKERS, last), 1)).append(" care workers.");
        return text.toString();
    }

    private static void table(StringBuilder out, List<String> headers, List<List<String>> rows, boolean rightAlign) {
        row(out, headers);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            rule.add(rightAlign && i > 0 ? "---:" : "---");
        }
        out.append('|').append(String.join("|", rule)).append("|\n");
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(cell.replace("|", "\\|")).append(" |"));
        out.append('\n');
    }

    /** Text from the scenario, with the characters Markdown would act on escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch == '\n' || ch == '\r' ? ' ' : ch);
        }
        return out.toString();
    }

    /** A scenario's own figure as written: 9, 7.5 (to at most two decimals). */
    private static String figure(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? Formats.number(value, 0)
                : Formats.number(value, 2).replaceAll("0$", "");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
