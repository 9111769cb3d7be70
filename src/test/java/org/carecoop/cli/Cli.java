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
        return run(false, args);
    }

    /**
     * A run whose standard error the command line is told is a terminal, as main would find it at a terminal, on a
     * clock that moves a second each time it is read: every progress report is slow enough to be drawn.
     */
    static Run runOnTerminal(String... args) {
        return run(true, args);
    }

    private static Run run(boolean errIsTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long[] now = {0};
        int code = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), errIsTerminal,
                () -> now[0] += 1_000_000_000L).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The JSON a successful run printed. */
    static tools.jackson.databind.JsonNode json(Run run) {
        org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.toString()).isZero();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    }
}
