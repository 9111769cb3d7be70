package org.carecoop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Grid;
import org.carecoop.analysis.Metric;
import org.carecoop.analysis.RunResult;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.GridReport;
import org.carecoop.report.workbook.GridData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A two-way table of one metric over two inputs. */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"A two-way table of one result over two inputs, with the break-even frontier marked.",
            "For example the surplus for each council fee and care worker wage: --x 'clients[council].fee_per_hour="
                    + "24:36:7' --y 'care_workers.wage_per_hour=12.71:15.71:7'."})
final class GridCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--x", required = true, paramLabel = "PATH=LOW:HIGH:STEPS", description = "The input across.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "PATH=LOW:HIGH:STEPS", description = "The input down.")
    String y;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "surplus_before_tax",
            description = "The result to show (default ${DEFAULT-VALUE}): surplus_before_tax, surplus_margin, "
                    + "lowest_cash, funding_needed, closing_cash, cost_per_contact_hour, average_effective_pay, "
                    + "frontline_pay_share, break_even_month.")
    String metric;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (.csv or .json), or with FILE.xlsx a spreadsheet with the "
            + "table coloured red to green and the break-even frontier outlined.")
    Path output;

    @Spec
    CommandSpec spec;

    /** One axis as written: a path and its values. */
    private record Axis(String path, double low, double high, int steps) {}

    @Override
    public Integer call() {
        Metric chosen = Choices.metric("grid", metric);
        if (output != null) {
            Outputs.refuseScenarioTarget(output, scenario.file);
            if (format == null) {
                Outputs.requireExtension("grid", output, "the table", ".csv", ".json", ".xlsx");
            }
        }
        LoadedScenario loaded = scenario.load();
        Axis ax = axis("--x", x);
        Axis ay = axis("--y", y);
        if (ax.path().equals(ay.path())) {
            throw new CarecoopException("grid: --x and --y both vary " + ax.path() + "; give two different inputs");
        }
        Parameterised px = Parameterised.of(loaded, ax.path(), "--x");
        Parameterised py = Parameterised.of(loaded, ay.path(), "--y");
        within("--x", x, ax, px);
        within("--y", y, ay, py);
        double[] xs = Grid.steps(ax.low(), ax.high(), ax.steps());
        double[] ys = Grid.steps(ay.low(), ay.high(), ay.steps());
        String label = loaded.variantLabel();
        Grid grid = Grid.of(px.path(), xs, py.path(), ys, chosen, (xv, yv) ->
                RunResult.of(Parameterised.of(px.loadedAt(xv), ay.path()).at(yv), label),
                ProgressBar.on(spec, "grid", (long) xs.length * ys.length, "runs"));
        if (Workbooks.wanted(output)) {
            WorkbookWriter.write(new GridData(loaded.scenario().scenario(), Workbooks.fileName(loaded), loaded.variant(),
                    loaded.scenario().currency(), loaded.scenario().start(), grid, px.percent(), py.percent()), output);
            spec.commandLine().getOut().println("wrote " + output + " (xlsx)");
            spec.commandLine().getOut().flush();
            return Errors.OK;
        }
        Format f = format != null ? format : output == null ? Format.table
                : output.toString().endsWith(".json") ? Format.json : Format.csv;
        String text = switch (f) {
            case table -> GridReport.text(grid, loaded.scenario().currency(), loaded.scenario().start(), px::display,
                    py::display);
            case csv -> GridReport.csv(grid);
            case json -> GridReport.json(grid);
        };
        if (output != null) {
            AtomicFiles.writeText(output, text);
            spec.commandLine().getOut().println("wrote " + output + " (" + f + ")");
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }

    private static Axis axis(String option, String text) {
        int eq = text.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":");
        if (eq <= 0 || parts.length != 3) {
            throw new CarecoopException("grid: " + option + " '" + text + "' should be PATH=LOW:HIGH:STEPS, as in "
                    + "'clients[council].fee_per_hour=24:36:7'");
        }
        try {
            double low = number(parts[0]);
            double high = number(parts[1]);
            int steps = Integer.parseInt(parts[2].trim());
            if (!(low < high) || steps < 2 || steps > 50) {
                throw new CarecoopException("grid: " + option + " '" + text + "' needs LOW below HIGH and 2 to 50 steps");
            }
            return new Axis(text.substring(0, eq).trim(), low, high, steps);
        } catch (NumberFormatException e) {
            throw new CarecoopException("grid: " + option + " '" + text + "': LOW and HIGH are numbers (or percentages "
                    + "such as 15%) and STEPS a whole number");
        }
    }

    /** An axis must stay within the values its parameter can take, or every run of the grid would be refused. */
    private static void within(String option, String text, Axis axis, Parameterised p) {
        if (axis.low() < p.min() || axis.high() > p.max()) {
            throw new CarecoopException("grid: " + option + " '" + text + "': " + p.path() + " takes values from "
                    + p.display(p.min()) + (Double.isFinite(p.max()) ? " to " + p.display(p.max()) : " up")
                    + (p.percent() ? " (write percentages with %, as in 10%:30%:5)" : ""));
        }
    }

    private static double number(String text) {
        String t = text.trim();
        double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100 : Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException();
        }
        return v;
    }
}
