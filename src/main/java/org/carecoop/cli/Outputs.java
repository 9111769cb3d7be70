package org.carecoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.carecoop.CarecoopException;
import org.carecoop.scenario.Node;
import org.carecoop.scenario.ScenarioException;
import org.carecoop.scenario.YamlReader;

/**
 * Guards for output files, checked before any work is done, so no command overwrites what the user wrote
 * and a long run does not end in a file that cannot be written.
 */
final class Outputs {
    /**
     * Top-level keys only a scenario has (carecoop's own JSON reports, which are YAML too, have none of them at
     * their top): a file holding one is someone's plan, or part of one.
     */
    private static final List<String> SCENARIO_KEYS = List.of("clients", "care_workers", "extends");

    private Outputs() {}

    /**
     * Refuses an output that would overwrite the scenario being read, any .yaml or .yml file, or any existing
     * file that reads as a scenario (a plan saved under another name, or a file it extends); and one whose
     * folder does not exist, or that is a folder, a device or a pipe.
     *
     * @param scenario the scenario read, or null when the command reads none
     */
    static void refuseScenarioTarget(Path output, Path scenario) {
        if (output.toString().isBlank()) {
            throw new CarecoopException("-o needs a file name, as in -o plan.xlsx");
        }
        refuseYamlName(output);
        try {
            if (scenario != null && Files.exists(output) && Files.exists(scenario) && Files.isSameFile(output, scenario)) {
                throw new CarecoopException("refusing to write output over the scenario " + scenario
                        + "; choose another name for -o");
            }
        } catch (IOException e) {
            throw new CarecoopException("cannot check " + output + ": " + e.getMessage());
        }
        if (Files.isDirectory(output)) {
            throw new CarecoopException("cannot write " + output + ": it is a folder; give a file name, as in "
                    + output.resolve("plan.xlsx"));
        }
        if (Files.exists(output) && !Files.isRegularFile(output)) {
            throw new CarecoopException("cannot write " + output + ": it is not a plain file (a device or a pipe); "
                    + "leave out -o to print to the terminal");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CarecoopException("cannot write " + output + ": the folder " + folder + " does not exist");
        }
        if (Files.isRegularFile(output) && readsAsScenario(output)) {
            throw new CarecoopException("refusing to write output over " + output + ": it holds a scenario (it has "
                    + "'clients:', 'care_workers:' or 'extends:' at its top); choose another name for -o");
        }
    }

    /**
     * The format an output file's name asks for: the value of the first ending in {@code endings} (".json",
     * ".md") the name ends with; a name with none is refused, saying which endings {@code command} takes.
     */
    static <F> F formatOf(String command, Path output, java.util.Map<String, F> endings, String use) {
        String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
        for (var ending : endings.entrySet()) {
            if (name.endsWith(ending.getKey())) {
                return ending.getValue();
            }
        }
        throw new CarecoopException(command + ": cannot tell the format from " + output + ": use " + use
                + ", or give --format");
    }

    /** Refuses a YAML name: any .yaml file may be someone's scenario. */
    static void refuseYamlName(Path output) {
        // a root such as / has no file name; writing there fails later with its own message
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            throw new CarecoopException("refusing to write output to " + output
                    + ": it looks like a scenario file; choose a .xlsx, .csv, .json or .md name");
        }
    }

    /**
     * Checks that an output's name ends in one of the given extensions (such as ".json"), so the file's
     * content matches its name.
     *
     * @param what what the command writes there, such as "the JSON report"
     */
    static void requireExtension(String command, Path output, String what, String... extensions) {
        String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return;
            }
        }
        throw new CarecoopException(command + ": -o " + output + ": cannot write " + what + " to a file of that name; "
                + "give a name ending in " + String.join(" or ", extensions));
    }

    /** True when a file is a YAML mapping with a scenario's top-level keys; false for anything else. */
    private static boolean readsAsScenario(Path file) {
        try {
            Node node = YamlReader.readFile(file);
            return node instanceof Node.MapNode map && SCENARIO_KEYS.stream().anyMatch(k -> map.get(k).isPresent());
        } catch (ScenarioException notYaml) {
            // a binary file, a spreadsheet, a report: not a scenario
            return false;
        }
    }
}
