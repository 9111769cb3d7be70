package org.carecoop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.scenario.LoadedScenario;
import org.carecoop.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads one scenario shares: the file, a variant, overrides. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--variant", paramLabel = "NAME", description = "Use this variant of the scenario.")
    String variant;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one parameter, for example --set clients[council].fee_per_hour=24.10 "
                    + "(repeatable; 'carecoop params FILE' lists the paths).")
    List<String> overrides = new ArrayList<>();

    LoadedScenario load() {
        return ScenarioLoader.load(file, variant, overrides);
    }
}
