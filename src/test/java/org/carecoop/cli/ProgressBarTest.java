package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar on a clock the test moves, and how a terminal is told from a pipe or a file. */
class ProgressBarTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private final long[] now = {0};
    private final ProgressBar bar = new ProgressBar(new PrintWriter(err), "simulate", 1000, "runs", () -> now[0]);

    private void at(double seconds, long done) {
        now[0] = Math.round(seconds * SECOND);
        bar.accept(done);
    }

    @Test
    void drawsInPlaceAndEndsTheLineWhenDone() {
        at(0.6, 100);
        at(2.0, 400);
        at(3.0, 1000);
        // 100 of 1000: 3 of 30 characters; at 2 s with 400 done, 600 more take 2 x 600 / 400 = 3 s; the last line
        // is 12 characters shorter than the one before, and spaces cover what is left of that
        assertThat(err.toString()).isEqualTo(
                "\rsimulate [###...........................] 100 / 1,000 runs  10%  1s"
                + "\rsimulate [############..................] 400 / 1,000 runs  40%  2s, about 3s left"
                + "\rsimulate [##############################] 1,000 / 1,000 runs  100%  3s" + " ".repeat(12) + "\n");
    }

    @Test
    void aQuickRunDrawsNothing() {
        at(0.1, 500);
        at(0.4, 1000);
        assertThat(err.toString()).isEmpty();
        at(5, 1000);
        assertThat(err.toString()).as("nothing after the end").isEmpty();
    }

    @Test
    void redrawsAtMostFiveTimesASecondButAlwaysTheEnd() {
        at(1.0, 100);
        at(1.1, 200);
        at(1.15, 300);
        at(1.25, 400);
        at(1.3, 1000);
        String[] frames = err.toString().split("\r", -1);
        // "" before the first \r, then the frames at 1.0 s, 1.25 s and the end
        assertThat(frames).hasSize(4);
        assertThat(frames[1]).contains(" 100 / 1,000");
        assertThat(frames[2]).contains(" 400 / 1,000");
        assertThat(frames[3]).contains(" 1,000 / 1,000").endsWith("\n");
    }

    @Test
    void longRunsShowMinutes() {
        assertThat(bar.line(500, 125 * SECOND)).endsWith("500 / 1,000 runs  50%  2m05s, about 2m05s left");
    }

    @Test
    void aTerminalIsToldFromAPipeAFileOrNothing() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/console")).isTrue();
        assertThat(Terminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(Terminal.isTerminalDevice("socket:[98765]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/tmp/run.log")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    }
}
