package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.analysis.RunResult;
import org.carecoop.analysis.charter.Charter;
import org.carecoop.analysis.charter.CharterAnalysis;
import org.carecoop.analysis.charter.CharterResult;
import org.carecoop.model.SickPayScheme;
import org.carecoop.report.AtomicFiles;
import org.carecoop.report.CharterReport;
import org.carecoop.report.workbook.CharterData;
import org.carecoop.report.workbook.WorkbookWriter;
import org.carecoop.scenario.CharterFile;
import org.carecoop.scenario.CharterReader;
import org.carecoop.scenario.CharterReference;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Resolver;
import org.carecoop.scenario.ScenarioLoader;
import org.carecoop.scenario.Schedule;
import org.carecoop.statutory.Nation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A plan checked against a fair-pay charter, and the cost of meeting it. */
@Command(name = "charter", mixinStandardHelpOptions = true,
        description = {"Check a plan against a fair-pay charter and cost meeting it.",
            "For each requirement: met or not, and the gap in plain terms. Then the compliant version of the plan "
                    + "(every unmet requirement's changes, made as --set would make them): the extra cost per contact "
                    + "hour and per year, the fee in that year three ways (the extra cost passed through, the provider's "
                    + "current margin kept, viable at its target margin), and what it "
                    + "means for each care worker's pay.",
            "Built-in charters: minimum-wage (UK), new-york-home-care-minimum (New York City), real-living-wage and "
                    + "ethical-care-charter (UK); or a charter file you wrote (docs/charters.md; 'carecoop charter --show "
                    + "ethical-care-charter' prints one to start from). A charter for another country's plan is refused."})
final class CharterCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--charter", paramLabel = "NAME|FILE",
            description = "A built-in charter (minimum-wage, new-york-home-care-minimum, real-living-wage, "
                    + "ethical-care-charter) or a charter file (default: the legal minimum wage where the plan is: "
                    + "minimum-wage in the UK, new-york-home-care-minimum in New York City).")
    String charter;

    @Option(names = "--variant", paramLabel = "NAME", description = "Use this variant of the scenario.")
    String variant;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one parameter (repeatable), in the plan as it is and in the compliant plan.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--year", paramLabel = "N",
            description = "Plan year for the yearly figures, from 1 (default: the last, when the plan has settled).")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE.xlsx (a Charter sheet: the checklist, the costing and a chart), FILE.json or "
                    + "FILE.csv (a row per requirement).")
    Path output;

    @Option(names = "--list", description = "List the built-in charters and stop.")
    boolean list;

    @Option(names = "--show", paramLabel = "NAME", description = "Print a built-in charter's file, to copy and change.")
    String show;

    @Option(names = "--reference", description = "Print the charter format reference (docs/charters.md) and stop; "
            + "with -o, write it.")
    boolean reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (list) {
            for (String name : CharterReader.BUILT_IN) {
                CharterFile c = CharterReader.builtIn(name).charter();
                out.println(name + ": " + c.charter() + " (" + c.requirements().size()
                        + (c.requirements().size() == 1 ? " requirement)" : " requirements)"));
            }
            out.flush();
            return Errors.OK;
        }
        if (show != null) {
            if (!CharterReader.BUILT_IN.contains(show)) {
                String hint = org.carecoop.scenario.Suggest.hint(show, CharterReader.BUILT_IN);
                throw new CarecoopException("--show " + show + ": no built-in charter '" + show + "' ("
                        + (hint.isEmpty() ? "" : hint + " ") + "built-in charters: "
                        + String.join(", ", CharterReader.BUILT_IN) + ")");
            }
            out.print(CharterReader.builtInText(show));
            out.flush();
            return Errors.OK;
        }
        if (reference) {
            if (output != null) {
                Outputs.refuseYamlName(output);
                AtomicFiles.writeText(output, CharterReference.markdown());
                out.println("wrote " + output + " (markdown)");
            } else {
                out.print(CharterReference.markdown());
            }
            out.flush();
            return Errors.OK;
        }
        if (file == null) {
            throw new CarecoopException("charter: a scenario FILE is needed (or --list, --show NAME, --reference)");
        }
        if (output != null) {
            Outputs.refuseScenarioTarget(output, file);
        }
        CharterReader.Loaded named = charter != null ? CharterReader.read(charter) : null;
        LoadedScenario loaded = ScenarioLoader.load(file, variant, overrides);
        RunResult base = RunResult.of(Resolver.resolve(loaded), loaded.variantLabel());
        Nation nation = base.scenario().statutory().get(0).nation();
        // without --charter, the legal minimum wage of the plan's own jurisdiction
        CharterReader.Loaded read = named != null ? named : CharterReader.builtIn(CharterReader.legalMinimum(nation));
        Charter chosen = charter(read);
        if (!chosen.appliesIn(nation)) {
            throw new CarecoopException("--charter " + charter + ": " + chosen.refusal(nation) + " (for this plan: "
                    + String.join(", ", CharterReader.builtInFor(nation)) + ", or a charter file of your own)");
        }
        int years = base.projection().years();
        int costYear = year == null ? years : year;
        if (costYear < 1 || costYear > years) {
            throw new CarecoopException("charter: --year " + costYear + " is outside the plan (years 1 to " + years + ")");
        }
        CharterResult result = CharterAnalysis.run(chosen, base, costYear, changes -> {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(changes);
            LoadedScenario changed = ScenarioLoader.load(file, variant, all);
            return RunResult.of(Resolver.resolve(changed), loaded.variantLabel());
        });
        String shown = read.shownName();
        if (Workbooks.wanted(output)) {
            WorkbookWriter.write(new CharterData(Workbooks.fileName(loaded), shown, result), output);
            out.println("wrote " + output + " (xlsx)");
            out.print(CharterReport.text(result, shown));
        } else {
            Format as = format != null ? format : output != null ? fromName(output) : Format.table;
            String text = switch (as) {
                case table -> CharterReport.text(result, shown);
                case json -> CharterReport.json(result, shown);
                case csv -> CharterReport.csv(result);
            };
            if (output != null) {
                AtomicFiles.writeText(output, text);
                out.println("wrote " + output + " (" + as + ")");
            } else {
                out.print(text);
            }
        }
        out.flush();
        loaded.warnings().forEach(w -> spec.commandLine().getErr().println(ValidateCommand.warning(w)));
        spec.commandLine().getErr().flush();
        return Errors.OK;
    }

    private static Format fromName(Path output) {
        return Outputs.formatOf("charter", output, java.util.Map.of(".json", Format.json, ".csv", Format.csv),
                ".xlsx, .json or .csv");
    }

    /** The charter as written, as the checks read it. */
    static Charter charter(CharterReader.Loaded read) {
        CharterFile f = read.charter();
        List<Charter.Requirement> requirements = new ArrayList<>();
        for (CharterFile.Requirement r : f.requirements()) {
            String where = read.places().get(r.name()).toString();
            Charter.Check check = switch (r.check()) {
                case PAY_FLOOR -> new Charter.PayFloor(floor(r.floor()), r.countUnpaidWaiting());
                case TRAVEL_TIME_PAID -> new Charter.TravelTimePaid();
                case TRAVEL_COSTS_PAID -> new Charter.TravelCostsPaid(r.mileageRate());
                case MINIMUM_VISIT_MINUTES -> new Charter.MinimumVisitMinutes(r.minutes(),
                        r.lengthen() == CharterFile.Lengthen.SAME_VISITS);
                case SICK_PAY -> new Charter.SickPay(r.sickPay() == null ? SickPayScheme.STATUTORY : r.sickPay());
                case NO_ZERO_HOURS -> new Charter.NoZeroHours(r.guaranteedHoursPerWeek());
                case PAID_TRAINING -> new Charter.PaidTraining(r.trainingHoursPerYear());
                case PAID_MEETINGS -> new Charter.PaidMeetings(r.meetingHoursPerMonth());
            };
            requirements.add(new Charter.Requirement(r.name(), check, r.says(), r.stage(), r.source(), where));
        }
        return new Charter(f.charter(), f.description(), f.source(), requirements, f.jurisdiction());
    }

    private static Charter.Floor floor(Schedule s) {
        if (s.isWord()) {
            return Charter.Floor.word(s.word());
        }
        if (s.constant() != null) {
            return Charter.Floor.of(s.constant());
        }
        NavigableMap<java.time.YearMonth, Double> dated = new TreeMap<>(s.dated());
        return Charter.Floor.dated(dated);
    }
}
