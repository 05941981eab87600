package dev.polyglot.bench.memcached;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.workloads.Shape;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.XMemcachedClientBuilder;
import net.rubyeye.xmemcached.exception.MemcachedException;
import net.rubyeye.xmemcached.transcoders.SerializingTranscoder;
import net.rubyeye.xmemcached.utils.AddrUtil;

/**
 * Memcached through Xmemcached (one connection per client, binary payloads stored as is). Keys are
 * {@value #PREFIX}{@code kv:N}; memcached cannot list keys, so cleanup deletes the data set's keys one by one (the
 * keys are a function of the manifest) and never flushes. Entries live {@value #TTL_S} s, like cache entries.
 */
public final class MemcachedBinding implements EngineBinding {
    public static final String PREFIX = "polyglot:bench:";
    static final String MANIFEST = PREFIX + "manifest:point-lookup";
    static final int TTL_S = 86_400;
    /** Sets sent without waiting for a reply between two that wait, while loading (Xmemcached allows 40,000 in flight). */
    static final int LOAD_WINDOW = 1_000;
    /** Per call, milliseconds. */
    static final long OP_TIMEOUT_MS = 2_000;

    private final Endpoint endpoint;
    private final MemcachedClient admin;

    private MemcachedBinding(Endpoint endpoint, MemcachedClient admin) {
        this.endpoint = endpoint;
        this.admin = admin;
    }

    public static MemcachedBinding open(Endpoint endpoint) { return new MemcachedBinding(endpoint, connect(endpoint)); }

    /** A client with short timeouts, checked with a {@code version} round trip. */
    static MemcachedClient connect(Endpoint endpoint) {
        XMemcachedClientBuilder builder = new XMemcachedClientBuilder(AddrUtil.getAddresses(endpoint.host() + ":" + endpoint.port()));
        builder.setConnectTimeout(2_000);
        builder.setOpTimeout(OP_TIMEOUT_MS);
        builder.setConnectionPoolSize(1);
        builder.setFailureMode(false);
        builder.setTranscoder(new SerializingTranscoder());
        MemcachedClient client = null;
        try {
            client = builder.build();
            client.setEnableHeartBeat(false);
            // One worker per client sends one request at a time: merging gets and buffers only delays each reply.
            client.setOptimizeGet(false);
            client.setOptimizeMergeBuffer(false);
            if (client.getAvailableServers().isEmpty() || client.getVersions(OP_TIMEOUT_MS).isEmpty()) throw new IOException("no server answered");
            return client;
        } catch (IOException | TimeoutException | MemcachedException | RuntimeException e) {
            shutdownQuietly(client);
            throw new EngineUnavailableException(MemcachedDriver.ENGINE, endpoint, "connection refused or timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdownQuietly(client);
            throw new EngineUnavailableException(MemcachedDriver.ENGINE, endpoint, "interrupted while connecting");
        }
    }

    static void shutdownQuietly(MemcachedClient client) {
        if (client == null) return;
        try { client.shutdown(); } catch (IOException ignored) { /* the connection may already be gone */ }
    }

    static String key(long k) { return PREFIX + "kv:" + k; }

    @Override public Engine engine() { return MemcachedDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        if (spec.shape() != Shape.POINT_LOOKUP) throw new IllegalArgumentException("memcached has no bench for shape " + spec.shape());
        String manifest = manifestText(spec.manifest());
        try {
            if (manifest.equals(admin.get(MANIFEST))) return new LoadReport(spec.records(), 0, true);
            long start = System.nanoTime();
            byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];
            for (long k = 0; k < spec.records(); k++) {
                SyntheticData.payload(k, 0, value);
                // Every LOAD_WINDOW-th set waits for its reply: the server answers in order, so the no-reply sets
                // before it are done, and the client never holds more than its permits for no-reply operations.
                if ((k + 1) % LOAD_WINDOW == 0) admin.set(key(k), TTL_S, value.clone());
                else admin.setWithNoReply(key(k), TTL_S, value.clone());
            }
            admin.set(MANIFEST, TTL_S - 3_600, manifest);  // expires before the entries it describes
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (TimeoutException | MemcachedException e) {
            throw new IllegalStateException("loading the point-lookup data set into memcached at " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading memcached", e);
        }
    }

    private static String manifestText(Manifest m) { return m.shape() + " " + m.records() + " " + m.version(); }

    @Override public Operation prepare(DatasetSpec spec) { return new MemcachedOperation(connect(endpoint)); }

    @Override public void cleanup() {
        MemcachedClient c = connect(endpoint);  // a fresh one: the admin client may have been cut with the workers'
        try {
            Object manifest = c.get(MANIFEST);
            long records = manifest == null ? 0 : Long.parseLong(manifest.toString().split(" ")[1]);
            for (long k = 0; k < records; k++) c.deleteWithNoReply(key(k));
            c.delete(MANIFEST);
        } catch (TimeoutException | MemcachedException | RuntimeException e) {
            throw new IllegalStateException("deleting " + PREFIX + "* on memcached at " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cleaning memcached up", e);
        } finally {
            shutdownQuietly(c);
        }
    }

    @Override public void close() { shutdownQuietly(admin); }
}
