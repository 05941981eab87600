package dev.polyglot.advisor.model;

import java.util.Locale;

/** Short human forms of the model's numbers, shared by reasons, triggers and reports. */
public final class Numbers {
    private Numbers() {}

    /** 0.25, 3.4, 46, 1200, 35k, 1.2M, 3B: about three significant digits. */
    public static String amount(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) return trim(v / 1e9) + "B";
        if (a >= 1e6) return trim(v / 1e6) + "M";
        if (a >= 1e4) return trim(v / 1e3) + "k";
        return trim(v);
    }

    /** A latency in ms as people write it: 0.8 ms, 46 ms, 3.4 s, 2.1 min. */
    public static String latency(double ms) {
        if (Double.isInfinite(ms)) return "unbounded (saturated)";
        if (ms >= 60_000) return trim(ms / 60_000) + " min";
        if (ms >= 1_000) return trim(ms / 1_000) + " s";
        return trim(ms) + " ms";
    }

    /** A duration in seconds: 5s, 30s, 2m, 24h. */
    public static String duration(double seconds) {
        if (seconds >= 3600) return trim(seconds / 3600) + "h";
        if (seconds >= 60) return trim(seconds / 60) + "m";
        return trim(seconds) + "s";
    }

    /** "3.1x" for a ratio above 1, "+12%" below 2x. */
    public static String over(double ratio) {
        if (Double.isInfinite(ratio)) return "unbounded";
        return ratio >= 2 ? trim(ratio) + "x" : "+" + Math.round((ratio - 1) * 100) + "%";
    }

    /** A share 0..1 as a whole percentage: 0.98 is "98%". */
    public static String percent(double share) { return Math.round(share * 100) + "%"; }

    /** Rounds to about three significant digits and drops a trailing .0 (no String.format: this runs per estimate). */
    public static String trim(double v) {
        double a = Math.abs(v);
        if (a >= 100) return Long.toString(Math.round(v));
        if (a < 0.001) return a == 0 ? "0" : String.format(Locale.ROOT, "%.2g", v);
        double scale = a >= 10 ? 10 : a >= 0.1 ? 100 : 1000;
        String s = Double.toString(Math.round(v * scale) / scale);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Rounds to one decimal, for JSON figures. */
    public static double round1(double v) { return Math.round(v * 10) / 10.0; }

    /** Rounds to two decimals, for JSON latencies under 10 ms. */
    public static double roundMs(double v) { return v >= 10 ? round1(v) : Math.round(v * 100) / 100.0; }
}
