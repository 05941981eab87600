package dev.polyglot.bench.memcached;

import dev.polyglot.bench.cacheaside.CacheClient;
import dev.polyglot.bench.cacheaside.CacheSide;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import java.util.concurrent.TimeoutException;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.exception.MemcachedException;

/**
 * Memcached as the cache of a cache-aside pair: entries {@value #CACHE_PREFIX}N. Memcached cannot list keys, so the
 * number of records cached is kept under {@value #CACHE_RECORDS} and cold starts and cleanup delete those keys one by
 * one; every entry also expires like the bench's other keys. Nothing is ever flushed.
 */
public final class MemcachedCacheSide implements CacheSide {
    static final String CACHE_PREFIX = MemcachedBinding.PREFIX + "cache:";
    static final String CACHE_RECORDS = MemcachedBinding.PREFIX + "cache-records";

    private final MemcachedBinding binding;
    private final Endpoint endpoint;

    private MemcachedCacheSide(MemcachedBinding binding, Endpoint endpoint) {
        this.binding = binding;
        this.endpoint = endpoint;
    }

    public static MemcachedCacheSide open(Endpoint endpoint) { return new MemcachedCacheSide(MemcachedBinding.open(endpoint), endpoint); }

    static String key(long k) { return CACHE_PREFIX + k; }

    @Override public Engine engine() { return MemcachedDriver.ENGINE; }

    @Override public void makeCold(DatasetSpec spec) {
        withClient("emptying the cache", c -> {
            deleteCached(c);
            c.set(CACHE_RECORDS, MemcachedBinding.TTL_S, Long.toString(spec.records()));
        });
    }

    @Override public CacheClient connect() { return new Client(MemcachedBinding.connect(endpoint)); }

    @Override public void cleanup() {
        withClient("deleting " + CACHE_PREFIX + "*", c -> {
            deleteCached(c);
            c.delete(CACHE_RECORDS);
        });
        binding.cleanup();
    }

    @Override public void close() { binding.close(); }

    private static void deleteCached(MemcachedClient c) throws TimeoutException, InterruptedException, MemcachedException {
        Object records = c.get(CACHE_RECORDS);
        long n = records == null ? 0 : Long.parseLong(records.toString());
        for (long k = 0; k < n; k++) c.deleteWithNoReply(key(k));
    }

    private interface Call {
        void on(MemcachedClient c) throws TimeoutException, InterruptedException, MemcachedException;
    }

    private void withClient(String what, Call call) {
        MemcachedClient c = MemcachedBinding.connect(endpoint);
        try {
            call.on(c);
        } catch (TimeoutException | MemcachedException | RuntimeException e) {
            throw new IllegalStateException(what + " on memcached at " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " on memcached", e);
        } finally {
            MemcachedBinding.shutdownQuietly(c);
        }
    }

    /** get, set and delete on one Xmemcached client. */
    private static final class Client implements CacheClient {
        private final MemcachedClient client;

        Client(MemcachedClient client) { this.client = client; }

        @Override public boolean contains(long k) {
            try {
                return client.get(key(k)) != null;
            } catch (TimeoutException | MemcachedException | InterruptedException | IllegalStateException e) {
                throw new Failure(MemcachedOperation.outcomeOf(e, client), e);
            }
        }

        @Override public void put(long k, byte[] value) {
            try {
                if (!client.set(key(k), MemcachedBinding.TTL_S, value.clone())) throw new Failure(dev.polyglot.bench.engine.Outcome.SERVER_ERROR, null);
            } catch (TimeoutException | MemcachedException | InterruptedException | IllegalStateException e) {
                throw new Failure(MemcachedOperation.outcomeOf(e, client), e);
            }
        }

        @Override public void evict(long k) {
            try {
                client.delete(key(k));
            } catch (TimeoutException | MemcachedException | InterruptedException | IllegalStateException e) {
                throw new Failure(MemcachedOperation.outcomeOf(e, client), e);
            }
        }

        @Override public void close() { MemcachedBinding.shutdownQuietly(client); }
    }
}
