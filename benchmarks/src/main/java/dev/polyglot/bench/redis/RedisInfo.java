package dev.polyglot.bench.redis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/** Reads the text of Redis's {@code INFO} sections: {@code cmdstat_get:calls=5,usec=...}, {@code db0:keys=3,expires=1,...}. */
final class RedisInfo {
    private RedisInfo() {}

    /** Cumulative calls per command, from {@code INFO commandstats}; subcommands ({@code client|list}) are skipped. */
    static Map<String, Long> calls(String commandstats) {
        Map<String, Long> calls = new LinkedHashMap<>();
        for (String line : commandstats.split("\r?\n")) {
            if (!line.startsWith("cmdstat_") || line.indexOf(':') < 0) continue;
            String command = line.substring("cmdstat_".length(), line.indexOf(':'));
            if (command.contains("|")) continue;
            field(line.substring(line.indexOf(':') + 1), "calls").ifPresent(n -> calls.put(command, n));
        }
        return calls;
    }

    private static OptionalLong field(String fields, String name) {
        for (String kv : fields.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                try {
                    return OptionalLong.of(Long.parseLong(kv.substring(eq + 1).trim()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Per command, its {p50, p99, p99.9} in microseconds from {@code INFO latencystats} (Redis 7+; empty before). */
    static Map<String, double[]> latencies(String latencystats) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : latencystats.split("\r?\n")) {
            if (!line.startsWith("latency_percentiles_usec_") || line.indexOf(':') < 0) continue;
            String command = line.substring("latency_percentiles_usec_".length(), line.indexOf(':'));
            if (command.contains("|")) continue;
            String fields = line.substring(line.indexOf(':') + 1);
            double[] p = {decimal(fields, "p50"), decimal(fields, "p99"), decimal(fields, "p99.9")};
            if (!Double.isNaN(p[1])) out.put(command, p);
        }
        return out;
    }

    private static double decimal(String fields, String name) {
        for (String kv : fields.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                try {
                    return Double.parseDouble(kv.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }

    /** A {@code name:value} line's text, e.g. {@code run_id}; empty text when absent. */
    static String text(String section, String name) {
        for (String line : section.split("\r?\n")) {
            if (line.startsWith(name + ":")) return line.substring(name.length() + 1).trim();
        }
        return "";
    }
}
