package org.carecoop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carecoop.report.AtomicFiles;
import org.carecoop.scenario.FormatReference;
import org.carecoop.scenario.JsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the scenario format as a JSON Schema (for editors) or as the Markdown reference. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print a JSON Schema of the scenario format, for editors.",
            "Editors such as VS Code (with the YAML extension) then complete and check scenario files as you type. "
                    + "See README.md."})
final class SchemaCommand implements Callable<Integer> {
    enum Format { json, markdown }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (JSON Schema, default) or markdown (the format reference in docs/).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text = format == Format.json ? JsonSchema.text() : FormatReference.markdown();
        if (output != null) {
            // schema -o my-plan.yaml would otherwise replace a scenario with JSON
            Outputs.refuseScenarioTarget(output, null);
            AtomicFiles.writeText(output, text);
            spec.commandLine().getOut().println("wrote " + output);
        } else {
            spec.commandLine().getOut().print(text);
        }
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }
}
