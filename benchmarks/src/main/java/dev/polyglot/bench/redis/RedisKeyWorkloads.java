package dev.polyglot.bench.redis;

import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.profile.ObservedLatency;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Redis workloads by key family: each family of the key sample ({@link RedisKeySample}) with the commands of its
 * type that ran during the sample. Commandstats count commands server-wide, not per key, so a command is given to
 * the families of its type (EXPIRE and the like: of any type); where several share it, counting commands (INCR ...)
 * go to the int-encoded families and the other string commands to the rest, TTL-setting commands (SETEX, EXPIRE
 * ...) to the families whose keys mostly expire, and what is still shared is split by the keys each family had
 * touched during the sample (OBJECT IDLETIME), else by its key count. The comment says when a split was needed.
 */
final class RedisKeyWorkloads {
    private RedisKeyWorkloads() {}

    /** Calls of one command given to a family. */
    record Share(String command, double calls, boolean split) {}

    /**
     * @param calls     calls per command in the sample
     * @param latencies {p50, p99, p99.9} µs per command, from INFO latencystats
     * @param totalKeys the database's keys (DBSIZE), to scale an incomplete sample
     */
    static List<DraftWorkload> of(RedisKeySample sample, Map<String, Long> calls, Map<String, double[]> latencies, long totalKeys,
                                  double seconds, List<String> notes) {
        Map<RedisKeySample.Family, List<Share>> given = attribute(sample, calls, notes);
        List<DraftWorkload> out = new ArrayList<>();
        double scale = sample.complete() || sample.scanned() == 0 ? 1 : Math.max(1, (double) totalKeys / sample.scanned());
        given.forEach((family, shares) -> {
            if (shares.stream().mapToDouble(Share::calls).sum() > 0) out.add(workload(family, shares, latencies, scale, seconds));
        });
        out.sort(Comparator.comparingDouble((DraftWorkload w) -> -w.opsPerSec().measured()).thenComparing(DraftWorkload::name));
        sample.keys().values().stream().filter(f -> given.get(f).stream().mapToDouble(Share::calls).sum() == 0)
                .forEach(f -> notes.add("Idle in the sample (no command of its type ran): " + f.pattern() + " (" + f.type() + ", "
                        + Math.round(f.keys() * scale) + " keys)."));
        return out;
    }

    /** Each family's share of the calls of the commands of its type. */
    static Map<RedisKeySample.Family, List<Share>> attribute(RedisKeySample sample, Map<String, Long> calls, List<String> notes) {
        Map<RedisKeySample.Family, List<Share>> out = new LinkedHashMap<>();
        sample.keys().values().forEach(f -> out.put(f, new ArrayList<>()));
        calls.forEach((command, n) -> {
            Optional<String> type = RedisCommands.type(command);
            if (n <= 0 || type.isEmpty()) return;
            List<RedisKeySample.Family> candidates = sample.keys().values().stream()
                    .filter(f -> type.get().equals("any") || f.type().equals(type.get())).toList();
            if (candidates.isEmpty()) {
                notes.add(command.toUpperCase(Locale.ROOT) + ": " + n + " calls on " + type.get() + " keys, but no sampled key in scope is one"
                        + " (other databases or scopes, or keys gone): left out.");
                return;
            }
            if (type.get().equals("string") && candidates.size() > 1) {
                boolean counting = RedisCommands.counts(command);
                candidates = narrowed(candidates, f -> (f.intEncoded() * 2 >= f.keys()) == counting);
            }
            if (RedisCommands.expires(command)) candidates = narrowed(candidates, f -> f.expiring() * 2 >= f.keys());
            double weightSum = candidates.stream().mapToDouble(RedisKeyWorkloads::weight).sum();
            for (RedisKeySample.Family f : candidates) {
                double w = weightSum == 0 ? 1.0 / candidates.size() : weight(f) / weightSum;
                out.get(f).add(new Share(command, n * w, candidates.size() > 1));
            }
        });
        return out;
    }

    /** The candidates that {@code fits}, or all of them when none does. */
    private static List<RedisKeySample.Family> narrowed(List<RedisKeySample.Family> candidates, java.util.function.Predicate<RedisKeySample.Family> fits) {
        List<RedisKeySample.Family> matching = candidates.stream().filter(fits).toList();
        return matching.isEmpty() ? candidates : matching;
    }

    /** Keys the commands touched during the sample, where IDLETIME says; else all of the family's keys. */
    private static double weight(RedisKeySample.Family f) {
        return f.touchedShare().map(s -> s * f.keys()).orElse((double) f.keys());
    }

    private static DraftWorkload workload(RedisKeySample.Family f, List<Share> shares, Map<String, double[]> latencies, double scale, double seconds) {
        double all = shares.stream().mapToDouble(Share::calls).sum();
        double writes = shares.stream().filter(s -> RedisCommands.writes(s.command())).mapToDouble(Share::calls).sum();
        long keys = Math.round(f.keys() * scale);
        long bytes = Math.round(f.bytes() * scale);
        long hot = f.touchedShare().map(s -> Math.round(bytes * s)).orElse(bytes);
        boolean ephemeral = f.keys() > 0 && f.expiring() * 2 >= f.keys();
        List<String> sources = new ArrayList<>();
        sources.add("key family " + f.pattern() + " (" + f.type() + "): " + f.keys() + " sampled keys" + (scale > 1 ? ", scaled to " + keys
                + " by DBSIZE" : "") + "; " + f.expiring() + " of them with a TTL" + (ephemeral ? ": durability ephemeral" : ""));
        sources.add("commands in the sample (INFO commandstats" + (shares.stream().anyMatch(Share::split)
                ? "; shared with other families of the type by the keys each touched, an estimate" : "") + "):");
        for (Share s : shares) sources.add(String.format(Locale.ROOT, "  %s %.0f calls", s.command().toUpperCase(Locale.ROOT), s.calls()));
        sources.add("working_set = MEMORY USAGE of the sampled keys, scaled"
                + f.touchedShare().map(s -> String.format(Locale.ROOT, ", times the %.0f%% touched in the sample (OBJECT IDLETIME)", 100 * s)).orElse(""));
        sources.add("consistency eventual: reads from a cache or replica; TODO: tighten it if this is the source of truth");
        return new DraftWorkload("redis " + f.pattern(), RedisCommands.shape(f.type()), Rate.of(all, seconds), all == 0 ? 1 : (all - writes) / all,
                OptionalLong.of(keys), Optional.of(new ByteSize(hot)), OptionalLong.empty(), Consistency.EVENTUAL,
                ephemeral ? Durability.EPHEMERAL : Durability.DURABLE, sources, Optional.of(new ByteSize(bytes)), latency(shares, latencies));
    }

    /** The slowest of the family's commands by p99, from INFO latencystats (exact percentiles, since the server started). */
    static Optional<ObservedLatency> latency(List<Share> shares, Map<String, double[]> latencies) {
        List<String> parts = new ArrayList<>();
        double p99 = -1;
        for (Share s : shares) {
            double[] p = latencies.get(s.command().toLowerCase(Locale.ROOT));
            if (p == null) continue;
            parts.add(String.format(Locale.ROOT, "%s p50 %s, p99 %s, p99.9 %s µs", s.command().toUpperCase(Locale.ROOT),
                    ObservedLatency.Millis.text(p[0]), ObservedLatency.Millis.text(p[1]), ObservedLatency.Millis.text(p[2])));
            p99 = Math.max(p99, p[1]);
        }
        if (p99 < 0) return Optional.empty();
        return Optional.of(new ObservedLatency(p99 / 1000, false, "INFO latencystats (exact, server-side, since the server started or its "
                + "stats were reset): " + String.join("; ", parts)));
    }
}
