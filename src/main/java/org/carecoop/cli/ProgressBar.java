package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.carecoop.report.Formats;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A progress bar for long runs on standard error, redrawn in place:
 * {@code simulate [#########.....................] 31,000 / 100,000 runs  31%  4s, about 9s left}.
 * It is drawn only when standard error is a terminal (see {@link #on}): piped or redirected, a run prints nothing
 * extra; and only once a run has taken half a second, so a quick one does not flicker. It is told the work done so
 * far from one thread at a time, as the analyses do after each chunk.
 */
final class ProgressBar implements LongConsumer {
    /** Characters of the bar itself. */
    static final int WIDTH = 30;
    /** Draw nothing until a run has taken this long. */
    static final long SHOW_AFTER_NANOS = 500_000_000L;
    /** Redraw at most five times a second, so a fast run does not flood the terminal. */
    static final long REDRAW_NANOS = 200_000_000L;
    /** Guess the time left only after this long, when the pace is known. */
    static final long ESTIMATE_AFTER_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final String unit;
    private final LongSupplier clock;
    private final long started;
    /** When the bar was last drawn, or null before the first time. */
    private Long drawn;
    /** The longest line drawn so far: a shorter one is padded to cover it. */
    private int longest;
    private boolean finished;

    /**
     * @param label what is running, such as "simulate"
     * @param total the work in all, in {@code unit}
     * @param unit  what is counted, such as "runs"
     * @param clock nanoseconds, as {@link System#nanoTime}
     */
    ProgressBar(PrintWriter err, String label, long total, String unit, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.unit = unit;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /**
     * A bar on the command's standard error when the command line was told it is a terminal; otherwise null, which
     * the analyses take as "no progress reports".
     */
    static LongConsumer on(CommandSpec spec, String label, long total, String unit) {
        Object root = spec.root().userObject();
        if (!(root instanceof CarecoopCommand c) || !c.errIsTerminal()) {
            return null;
        }
        return new ProgressBar(spec.commandLine().getErr(), label, total, unit, c.clock());
    }

    @Override
    public void accept(long done) {
        if (finished) {
            return;
        }
        long now = clock.getAsLong();
        boolean last = done >= total;
        if (drawn == null ? now - started < SHOW_AFTER_NANOS : !last && now - drawn < REDRAW_NANOS) {
            finished = last;
            return;
        }
        drawn = now;
        String line = line(Math.min(done, total), now - started);
        int pad = Math.max(0, longest - line.length());
        longest = Math.max(longest, line.length());
        err.print("\r" + line + " ".repeat(pad) + (last ? "\n" : ""));
        err.flush();
        finished = last;
    }

    /** The bar's text with {@code done} of the work done after {@code elapsed} nanoseconds. */
    String line(long done, long elapsed) {
        int filled = (int) (WIDTH * done / total);
        StringBuilder text = new StringBuilder();
        text.append(label).append(" [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                .append(Formats.number(done, 0)).append(" / ").append(Formats.number(total, 0)).append(' ').append(unit)
                .append("  ").append(done * 100 / total).append("%  ").append(seconds(elapsed));
        if (done < total && done > 0 && elapsed >= ESTIMATE_AFTER_NANOS) {
            text.append(", about ").append(seconds((long) (elapsed * (double) (total - done) / done))).append(" left");
        }
        return text.toString();
    }

    private static String seconds(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s < 60 ? s + "s" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
