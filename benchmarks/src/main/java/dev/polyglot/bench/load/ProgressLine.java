package dev.polyglot.bench.load;

import java.io.PrintStream;
import java.util.Locale;

/** The live one-line progress on a terminal: rate, p50, p99, errors, time left; rewritten in place each second. */
public final class ProgressLine implements ProgressSink {
    private final PrintStream out;
    private final String label;

    public ProgressLine(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override public void interval(IntervalSample s, long secondsLeft) {
        out.printf(Locale.ROOT, "\r%s %s %6d ops/s  p50 %8.3f ms  p99 %8.3f ms  errors %d  %3ds left   ",
                label, s.warmup() ? "warm-up" : "       ", s.ops(), s.p50Ms(), s.p99Ms(), s.errors(), secondsLeft);
        out.flush();
    }

    @Override public void finish() {
        out.print("\r\033[K");
        out.flush();
    }
}
