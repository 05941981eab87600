package dev.polyglot.bench.report;

import java.util.Locale;

/** Whether a run met its budget: {@code pass}, {@code fail}, or {@code inconclusive} when the client could not hold the rate. */
public enum Verdict {
    PASS, FAIL, INCONCLUSIVE;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
