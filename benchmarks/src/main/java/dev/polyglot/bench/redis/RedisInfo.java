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

    /** {@code keys} and {@code expires} of database {@code db} from {@code INFO keyspace}: {@code [keys, expires]}, zeros when absent. */
    static long[] keyspace(String keyspace, int db) {
        for (String line : keyspace.split("\r?\n")) {
            if (line.startsWith("db" + db + ":")) {
                String fields = line.substring(line.indexOf(':') + 1);
                return new long[] {field(fields, "keys").orElse(0), field(fields, "expires").orElse(0)};
            }
        }
        return new long[] {0, 0};
    }

    /** A {@code name:value} line's value as a number, e.g. {@code used_memory}. */
    static OptionalLong number(String section, String name) {
        for (String line : section.split("\r?\n")) {
            if (line.startsWith(name + ":")) {
                try {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length() + 1).trim()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
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
}
