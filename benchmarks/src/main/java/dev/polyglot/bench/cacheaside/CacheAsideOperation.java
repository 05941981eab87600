package dev.polyglot.bench.cacheaside;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SyntheticData;

/**
 * One worker's cache-aside pair: its cache connection and its Postgres point-lookup operation. On a miss the row's
 * bytes are regenerated from the key (the data set is deterministic), so the cache gets a value of the row's size
 * without the Operation interface carrying values.
 */
final class CacheAsideOperation implements Operation {
    private final CacheClient cache;
    private final Operation source;
    private final byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];

    CacheAsideOperation(CacheClient cache, Operation source) {
        this.cache = cache;
        this.source = source;
    }

    @Override public Outcome execute(OpKind kind, long k) {
        try {
            if (kind == OpKind.READ) {
                if (cache.contains(k)) return Outcome.OK;
                Outcome read = source.execute(OpKind.READ, k);
                if (read != Outcome.OK) return read;
                SyntheticData.payload(k, 0, value);
                cache.put(k, value);
                return Outcome.OK;
            }
            Outcome write = source.execute(OpKind.WRITE, k);
            if (write != Outcome.OK) return write;
            cache.evict(k);
            return Outcome.OK;
        } catch (CacheClient.Failure e) {
            return e.outcome();
        }
    }

    @Override public void close() {
        source.close();
        cache.close();
    }
}
