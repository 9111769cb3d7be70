package org.carecoop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs the command line as main does, with captured streams and no System.exit. */
final class Cli {
    private Cli() {}

    /** One run: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {
        /** Everything printed, standard output first. */
        String all() {
            return out + err;
        }

        /** The non-blank lines printed, standard output first. */
        List<String> lines() {
            return Arrays.stream(all().split("\\R")).filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The JSON a successful run printed. */
    static tools.jackson.databind.JsonNode json(Run run) {
        org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.toString()).isZero();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    }
}
