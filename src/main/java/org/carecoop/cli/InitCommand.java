package org.carecoop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.carecoop.CarecoopException;
import org.carecoop.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a commented starter scenario. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a commented starter scenario.", "The starter validates and runs as written. "
                + "An existing file is never overwritten."})
final class InitCommand implements Callable<Integer> {
    /** The templates shipped in the jar, the first being the default. */
    static final List<String> TEMPLATES = List.of("worker-coop", "community-benefit-society", "for-profit");

    @Option(names = "--template", paramLabel = "NAME", defaultValue = "worker-coop", completionCandidates = Templates.class,
            description = "Starter to use: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String template;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file to create (.yaml).")
    Path file;

    @Spec
    CommandSpec spec;

    static final class Templates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return TEMPLATES.iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!TEMPLATES.contains(template)) {
            String hint = org.carecoop.scenario.Suggest.hint(template, TEMPLATES);
            throw new CarecoopException("init: no template '" + template + "'" + (hint.isEmpty() ? "" : " (" + hint + ")")
                    + "; templates: " + String.join(", ", TEMPLATES));
        }
        if (Files.exists(file)) {
            throw new CarecoopException("init: " + file + " already exists; choose another name (nothing was written)");
        }
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new CarecoopException("init: " + file + " should end in .yaml");
        }
        String text;
        try (InputStream in = InitCommand.class.getResourceAsStream("/org/carecoop/templates/" + template + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("template " + template + " is missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AtomicFiles.writeNew(file, text);
        spec.commandLine().getOut().println("wrote " + file + " (" + template + " starter). Next: carecoop validate " + file);
        spec.commandLine().getOut().flush();
        return Errors.OK;
    }
}
