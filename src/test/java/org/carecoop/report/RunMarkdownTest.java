package org.carecoop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.analysis.RunResult;
import org.carecoop.model.CostOfCare;
import org.carecoop.model.HourlyCost;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMarkdownTest {
    @TempDir
    Path dir;

    @Test
    void isAShortReportWithTheTablesWarningsAndAssumptionsNote() throws Exception {
        RunReport report = RunFixture.report(RunFixture.write(dir));
        RunResult run = report.run();
        String md = RunMarkdown.render(report);
        assertThat(md).startsWith("# " + RunFixture.NAME + "\n");
        assertThat(md).contains("## What was modelled", "from 2027-06 to 2029-05", "worker-coop", "council:",
                "private (self-funded):", "7.5 hours a week");
        assertThat(md).contains("## Headline measures", "| Cost per contact hour | "
                + Formats.pence("GBP", run.metrics().costPerContactHour()));
        assertThat(md).contains("## By year", "| year | clients | care workers |", "| 2027-06 to 2028-05 |",
                "| 2028-06 to 2029-05 |");
        assertThat(md).contains("## Warnings", "- Cash falls below zero in ");
        assertThat(md).contains("\"assumption\"", "check");
        // sections in reading order, the long list of inputs last
        assertThat(md.indexOf("## By year")).isLessThan(md.indexOf("## Cost of an hour of care"));
        assertThat(md.indexOf("## Cost of an hour of care")).isLessThan(md.indexOf("## Warnings"));
        assertThat(md.indexOf("## Before relying")).isLessThan(md.indexOf("## Inputs and their sources"));
    }

    @Test
    void showsTheCostOfAnHourAsTheCostPerHourSheetDoes() throws Exception {
        RunReport report = RunFixture.report(RunFixture.write(dir));
        CostOfCare cost = report.cost();
        assertThat(cost.year()).isEqualTo(RunFixture.YEARS);
        String md = RunMarkdown.render(report);
        assertThat(md).contains("## Cost of an hour of care in plan year 2 (2028-06 to 2029-05)",
                "a surplus of 3.0% of the price", "average " + Formats.number(cost.averageVisitMinutes(), 0) + " minutes");
        assertThat(md).contains("| Line | Plan's mix of visits | 15-minute visits | 30-minute visits | 45-minute visits "
                + "| 60-minute visits |\n|---|---:|---:|---:|---:|---:|\n");
        // every line, the care worker subtotal after the care worker lines, the price and the full cost
        for (HourlyCost.CostLine line : cost.buildUp().lines()) {
            assertThat(md).contains(row(line.label(), cost, b -> b.line(line.key())));
        }
        assertThat(md).contains(row("Training, meetings and other paid time", cost, b -> b.line("other_paid_time"))
                + row("Care worker costs", cost, HourlyCost.BuildUp::careWorkerCost));
        assertThat(md).contains(row("Price per contact hour", cost, HourlyCost.BuildUp::price)
                + row("Full cost before surplus", cost, b -> b.price() - b.surplus()));
        // each client group's fee against the full cost
        assertThat(md).contains("### Fees against the full cost", "| Client group | Visit length in minutes | Fee per hour "
                + "| Full cost per hour | Surplus per hour (deficit below zero) |");
        CostOfCare.GroupMargin council = cost.groups().get(0);
        assertThat(md).contains("| council | 45 | £24.10 | " + Formats.pence("GBP", council.fullCost()) + " | "
                + Formats.pence("GBP", council.marginPerHour()) + " |");
    }

    @Test
    void listsEveryInputWithItsSourceUnderPlainHeadings() throws Exception {
        RunReport report = RunFixture.report(RunFixture.write(dir));
        String md = RunMarkdown.render(report);
        String inputs = md.substring(md.indexOf("## Inputs and their sources"));
        assertThat(inputs).contains("### Plan\n", "### Clients\n", "### Care workers\n", "### Statutory\n");
        assertThat(inputs).contains("| Input | Value | Unit | Set at | Source |\n|---|---|---|---|---|\n");
        assertThat(inputs).contains("| `care_workers.wage_per_hour` | 13.45 | GBP/hour | ");
        assertThat(inputs).contains("| `clients[council].fee_per_hour` | 24.10 | GBP/hour | ");
        for (Input in : report.inputs()) {
            assertThat(inputs).contains("| " + "`" + in.path() + "` | ");
        }
        // a statutory figure says where it came from
        Input ni = report.inputs().stream().filter(i -> i.path().startsWith("statutory.")).findFirst().orElseThrow();
        assertThat(ni.source()).isNotEmpty();
        assertThat(inputs).contains(RunMarkdown.escape(ni.source()));
    }

    @Test
    void everyTableIsValidGitHubMarkdownWithAHeaderRow() throws Exception {
        String md = RunMarkdown.render(RunFixture.report(RunFixture.write(dir)));
        List<List<String>> tables = tables(md);
        assertThat(tables).hasSizeGreaterThan(6);
        for (List<String> table : tables) {
            assertThat(table.size()).as(table.get(0)).isGreaterThanOrEqualTo(3);
            assertThat(table.get(1)).as("separator under " + table.get(0)).matches("\\|(:?---:?\\|)+");
            int columns = cells(table.get(0));
            for (String line : table) {
                assertThat(cells(line)).as(line).isEqualTo(columns);
            }
            // a header cell is never empty: a screen reader names each column by it
            assertThat(table.get(0)).doesNotContain("|  |");
        }
        // a blank line before every table, so each is a table and not part of a paragraph
        String[] lines = md.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("|") && !lines[i - 1].startsWith("|")) {
                assertThat(lines[i - 1]).as("line before " + lines[i]).isEmpty();
            }
        }
    }

    @Test
    void namesTheVariant() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(RunFixture.write(dir), "lower-fee", List.of());
        String md = RunMarkdown.render(RunFixture.report(loaded));
        assertThat(md).startsWith("# " + RunFixture.NAME + " (variant: lower-fee)\n").contains("£21.00 an hour");
        assertThat(md).contains("| `clients[council].fee_per_hour` | 21 | GBP/hour | ");
    }

    @Test
    void aPipeInScenarioTextStaysInItsCell() throws Exception {
        RunReport report = RunFixture.report(RunFixture.write(dir));
        RunReport piped = new RunReport(report.run(), report.cost(),
                List.of(new Input("clients[a|b].fee_per_hour", "24 | 25", "GBP/hour", "x.yaml:3", "rate | card")));
        String md = RunMarkdown.render(piped);
        String table = md.substring(md.indexOf("| Input |"));
        assertThat(table).contains("| `clients[a\\|b].fee_per_hour` | 24 \\| 25 | GBP/hour | x.yaml:3 | rate \\| card |");
        for (List<String> t : tables(md)) {
            int columns = cells(t.get(0));
            t.forEach(line -> assertThat(cells(line)).as(line).isEqualTo(columns));
        }
        assertThat(RunMarkdown.pipesEscaped("a|b \\| c")).isEqualTo("a\\|b \\| c");
    }

    @Test
    void escapesScenarioText() {
        assertThat(RunMarkdown.escape("A | b *c* #1")).isEqualTo("A \\| b \\*c\\* \\#1");
    }

    private static String row(String label, CostOfCare cost, java.util.function.ToDoubleFunction<HourlyCost.BuildUp> f) {
        StringBuilder row = new StringBuilder("| " + label + " | " + Formats.pence("GBP", f.applyAsDouble(cost.buildUp())));
        for (CostOfCare.VisitLength v : cost.byVisit()) {
            row.append(" | ").append(Formats.pence("GBP", f.applyAsDouble(v.buildUp())));
        }
        return row.append(" |\n").toString();
    }

    /** Runs of lines that start with a pipe. */
    static List<List<String>> tables(String md) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(line);
            } else {
                current = null;
            }
        }
        return tables;
    }

    /** Cells of a table row: the pipes not escaped with a backslash, less one. */
    static int cells(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }
}
