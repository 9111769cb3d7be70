package org.carecoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.carecoop.CarecoopException;

/** Guards for output files, so no command overwrites what the user wrote. */
final class Outputs {
    private Outputs() {}

    /** Refuses to write over the scenario itself or any YAML file. */
    static void refuseScenarioTarget(Path output, Path scenario) {
        refuseYamlName(output);
        try {
            if (Files.exists(output) && Files.exists(scenario) && Files.isSameFile(output, scenario)) {
                throw new CarecoopException("refusing to write output over the scenario " + scenario);
            }
        } catch (IOException e) {
            throw new CarecoopException("cannot check " + output + ": " + e.getMessage());
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
}
