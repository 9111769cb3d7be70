package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.Goal;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.Solver;
import org.carecoop.report.SolveReport;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Parameterised;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Finds the value of one parameter that meets a goal. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Find the value of one parameter that meets a goal.",
            "For example the lowest council fee that breaks even at the Real Living Wage "
                    + "(--for clients[council].fee_per_hour --target break-even), the highest wage a fee can pay "
                    + "(--for care_workers.wage_per_hour), the clients needed (--for clients[council].target), or the "
                    + "share raise that keeps cash above a buffer (--for funding.community_shares.raise "
                    + "--target cash>=20000)."})
final class SolveCommand implements Callable<Integer> {
    enum Format { table, json }

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--for", required = true, paramLabel = "PATH", description = "The parameter to find, by its path.")
    String path;

    @Option(names = "--target", required = true, paramLabel = "GOAL",
            description = "break-even, surplus-margin=5%, cash>=0, cash>=BUFFER or break-even-by=YYYY-MM.")
    String target;

    @Option(names = "--range", paramLabel = "LOW:HIGH",
            description = "Values to search (default: from the lowest allowed to ten times the current value).")
    String range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = scenario.load();
        Parameterised parameter = Parameterised.of(loaded, path);
        Goal goal = Goal.parse(target, loaded.scenario().start(),
                loaded.scenario().start().plusYears(loaded.scenario().years()).minusMonths(1));
        double[] bounds = bounds(parameter);
        double step = parameter.whole() ? 1 : parameter.percent() ? 0.0001 : 0.01;
        String label = loaded.variantLabel();
        Solver.Solution solution = Solver.solve(x -> RunResult.of(parameter.at(x), label), goal, bounds[0], bounds[1], step);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? SolveReport.json(parameter.path(), parameter.unit(), goal, solution, parameter::display)
                : SolveReport.text(parameter.path(), parameter.unit(), parameter.current(), parameter.note(), goal, solution,
                parameter::display));
        out.flush();
        return solution.met() ? Errors.OK : Errors.INVALID_INPUT;
    }

    private double[] bounds(Parameterised parameter) {
        if (range != null) {
            String[] parts = range.split(":");
            try {
                double low = Double.parseDouble(parts[0].trim());
                double high = Double.parseDouble(parts[1].trim());
                if (parts.length != 2 || !(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                    throw new NumberFormatException();
                }
                if (parameter.percent() && high > 1) {
                    throw new CarecoopException("solve: --range for a percentage is written as fractions, as in 0:0.5");
                }
                double from = Math.max(low, parameter.min());
                double to = Math.min(high, parameter.max());
                if (!(from < to)) {
                    throw new CarecoopException("solve: --range '" + range + "' lies outside the values " + parameter.path()
                            + " can take (from " + parameter.display(parameter.min())
                            + (Double.isFinite(parameter.max()) ? " to " + parameter.display(parameter.max()) : " up") + ")");
                }
                return new double[] {from, to};
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new CarecoopException("solve: --range '" + range + "' is not LOW:HIGH with LOW below HIGH, as in 15:40");
            }
        }
        double low = parameter.min();
        double current = parameter.current();
        double high = Double.isFinite(parameter.max()) ? parameter.max()
                : Double.isFinite(current) && current > 0 ? current * 10 : 1000;
        return new double[] {low, high};
    }
}
