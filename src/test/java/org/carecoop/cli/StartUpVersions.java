package org.carecoop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Versions of the README's start-up plan that the Monte Carlo and Sobol tests run, written into a test folder. */
final class StartUpVersions {
    static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    private StartUpVersions() {}

    /** The plan as shipped, up to (not including) its uncertainty section. */
    private static String head() throws IOException {
        String text = Files.readString(Path.of(START_UP));
        return text.substring(0, text.indexOf("\nuncertainty:") + 1);
    }

    /**
     * The plan with only the council fee uncertain, uniform(24, 26): the plan makes a loss over that range and
     * its surplus is linear in the fee.
     */
    static Path feeOnly(Path dir) throws IOException {
        return Files.writeString(dir.resolve("fee-only.yaml"),
                head() + "uncertainty:\n  clients[council].fee_per_hour: uniform(24, 26)\n");
    }

    /** The plan with no uncertainty section. */
    static Path certain(Path dir) throws IOException {
        return Files.writeString(dir.resolve("certain.yaml"), head());
    }
}
