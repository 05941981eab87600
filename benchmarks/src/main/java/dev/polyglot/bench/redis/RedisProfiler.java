package dev.polyglot.bench.redis;

import dev.polyglot.bench.profile.SampleWindow;
import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.redis.RedisBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Drafts workloads from Redis: {@code INFO commandstats} read twice gives each command's calls in the sample, a
 * bounded SCAN sample of the keys (or of those matching {@code --match}) gives the key families, and
 * {@link RedisKeyWorkloads} makes one workload per family with the commands of its type, with the latencies of
 * {@code INFO latencystats}. Refuses a sample across a restart or a {@code CONFIG RESETSTAT}; changes nothing.
 */
public final class RedisProfiler {
    private RedisProfiler() {}

    public static Draft profile(ProfileRequest request) throws InterruptedException {
        try (Jedis jedis = RedisBinding.connect(request.endpoint())) {
            String runId = RedisInfo.text(jedis.info("server"), "run_id");
            SampleWindow.Reading<Map<String, Long>> first = SampleWindow.Reading.take(() -> RedisInfo.calls(jedis.info("commandstats")));
            Thread.sleep(request.sample().toMillis());
            SampleWindow.Reading<Map<String, Long>> second = SampleWindow.Reading.take(() -> RedisInfo.calls(jedis.info("commandstats")));
            SampleWindow window = new SampleWindow(first.at(), second.at());
            refuseBrokenWindow(request, runId, RedisInfo.text(jedis.info("server"), "run_id"), first.value(), second.value());
            Map<String, Long> calls = new LinkedHashMap<>();
            second.value().forEach((command, n) -> calls.put(command, n - first.value().getOrDefault(command, 0L)));
            String glob = request.scope().orElse("*");
            RedisKeySample sample = RedisKeySample.take(jedis, glob, window.seconds());
            List<String> notes = new ArrayList<>();
            notes.add("Read from redis at " + request.endpoint() + request.scopeNote() + ": INFO commandstats at " + window.start()
                    + " and " + window.end() + " (rates are server-wide), INFO latencystats, and a SCAN MATCH " + glob + " sample of "
                    + sample.scanned() + " keys" + (sample.complete() ? " (all of them)" : " (stopped early: counts scaled by DBSIZE)")
                    + " with TYPE, PTTL, OBJECT ENCODING, OBJECT IDLETIME and MEMORY USAGE.");
            long dbsize = request.scope().isPresent() ? sample.scanned() : jedis.dbSize();
            List<DraftWorkload> workloads = RedisKeyWorkloads.of(sample, calls, RedisInfo.latencies(jedis.info("latencystats")), dbsize,
                    window.seconds(), notes);
            return new Draft(request.system(), RedisDriver.ENGINE, workloads, notes, Optional.of(window));
        } catch (JedisException e) {
            throw new EngineUnavailableException(RedisDriver.ENGINE, request.endpoint(), "connection lost while reading INFO");
        }
    }

    private static void refuseBrokenWindow(ProfileRequest request, String runBefore, String runAfter, Map<String, Long> before, Map<String, Long> after) {
        String why = !runBefore.equals(runAfter) ? "the server restarted (run_id changed)"
                : before.entrySet().stream().anyMatch(e -> after.getOrDefault(e.getKey(), 0L) < e.getValue())
                ? "its command statistics were reset (CONFIG RESETSTAT)" : "";
        if (!why.isEmpty()) {
            throw new EngineUnavailableException("redis at " + request.endpoint() + ": the counters cannot be compared across the sample: " + why
                    + "; nothing drafted (profile again; polyglot never resets statistics)");
        }
    }
}
