package org.carecoop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.Problem;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks scenario files, the base plan and every variant, and reports every problem found. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files and every variant in them.",
            "Prints 'FILE: ok', or each problem as FILE:LINE:COLUMN: path.to.field: what is wrong (what is expected). "
                    + "Exit code 2 if any file has a problem."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Check with this override applied (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        for (Path file : files) {
            try {
                List<LoadedScenario> loaded = ScenarioLoader.loadAll(file, overrides);
                int variants = loaded.size() - 1;
                out.println(file + ": ok" + (variants > 0 ? " (base plan and " + variants + " variant"
                        + (variants == 1 ? "" : "s") + ")" : ""));
                loaded.stream().flatMap(l -> l.warnings().stream()).distinct()
                        .forEach(w -> out.println(warning(w)));
            } catch (ScenarioException e) {
                e.lines().forEach(out::println);
                failed = true;
            }
        }
        out.flush();
        return failed ? Errors.INVALID_INPUT : Errors.OK;
    }

    static String warning(Problem w) {
        return new Problem(w.source(), w.path(), "warning: " + w.message(), w.expected()).format();
    }
}
