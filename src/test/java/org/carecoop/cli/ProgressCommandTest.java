package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Long runs draw a progress bar on standard error when it is a terminal, and print nothing extra when it is not.
 * The runs on a terminal keep time by a clock that moves a second a reading, so every report is drawn.
 */
class ProgressCommandTest {
    private static final String START_UP = "scenarios/start-up-worker-coop.yaml";

    /** Standard error holds only the bar: frames redrawn in place, the last one full and ending the line. */
    private static void onlyABarEndingAt(Cli.Run run, String label, String total) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String err = run.err();
        assertThat(err).startsWith("\r" + label + " [").endsWith("\n");
        assertThat(err.indexOf('\n')).as("one line, ended once").isEqualTo(err.length() - 1);
        String last = err.substring(err.lastIndexOf('\r') + 1).stripTrailing();
        assertThat(last).startsWith(label + " [" + "#".repeat(ProgressBar.WIDTH) + "] " + total + " / " + total + " runs  100%");
    }

    @Test
    void simulateDrawsABarOnATerminalAndNothingOtherwise() {
        String[] args = {"simulate", START_UP, "--iterations", "3000", "--seed", "1", "--format", "json"};
        Cli.Run terminal = Cli.runOnTerminal(args);
        onlyABarEndingAt(terminal, "simulate", "3,000");
        assertThat(terminal.err().split("\r").length).as("frames as the chunks finish").isGreaterThan(2);
        Cli.Run piped = Cli.run(args);
        assertThat(piped.err()).isEmpty();
        // the bar changes nothing else
        assertThat(terminal.out()).isEqualTo(piped.out());
    }

    @Test
    void sobolDrawsABarOfItsRunsOnATerminalAndNothingOtherwise() {
        // six uncertain inputs: 600 base samples make 600 x 8 = 4,800 runs
        String[] args = {"sobol", START_UP, "--samples", "600", "--seed", "1", "--format", "json"};
        Cli.Run terminal = Cli.runOnTerminal(args);
        onlyABarEndingAt(terminal, "sobol", "4,800");
        Cli.Run piped = Cli.run(args);
        assertThat(piped.err()).isEmpty();
        assertThat(terminal.out()).isEqualTo(piped.out());
    }

    @Test
    void gridDrawsABarOfItsCellsOnATerminalAndNothingOtherwise() {
        String[] args = {"grid", START_UP, "--x", "clients[council].fee_per_hour=24:36:4",
            "--y", "care_workers.wage_per_hour=12.71:15.71:3", "--format", "json"};
        Cli.Run terminal = Cli.runOnTerminal(args);
        onlyABarEndingAt(terminal, "grid", "12");
        // a frame a cell: the clock moves a second between each
        assertThat(terminal.err().split("\r", -1)).hasSize(1 + 12);
        Cli.Run piped = Cli.run(args);
        assertThat(piped.err()).isEmpty();
        assertThat(terminal.out()).isEqualTo(piped.out());
    }

    @Test
    void aQuickCommandDrawsNoBarEvenOnATerminal() {
        Cli.Run run = Cli.runOnTerminal("cost", START_UP);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
