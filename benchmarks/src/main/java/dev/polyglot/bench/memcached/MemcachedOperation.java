package dev.polyglot.bench.memcached;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SyntheticData;
import java.util.concurrent.TimeoutException;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.exception.MemcachedException;

/** One worker's client: {@code get} for a read, {@code set} of a new 200-byte payload for a write. */
final class MemcachedOperation implements Operation {
    private final MemcachedClient client;
    private long writes;

    MemcachedOperation(MemcachedClient client) { this.client = client; }

    @Override public Outcome execute(OpKind kind, long k) {
        try {
            if (kind == OpKind.READ) {
                client.get(MemcachedBinding.key(k));
            } else {
                byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];
                SyntheticData.payload(k, (int) (writes++ & 3) + 1, value);
                if (!client.set(MemcachedBinding.key(k), MemcachedBinding.TTL_S, value)) return Outcome.SERVER_ERROR;
            }
            return Outcome.OK;
        } catch (TimeoutException | MemcachedException | InterruptedException | IllegalStateException e) {
            return outcomeOf(e, client);
        }
    }

    /** What a failed Xmemcached call came to (an interrupt is kept as the thread's interrupt status). */
    static Outcome outcomeOf(Exception e, MemcachedClient client) {
        if (e instanceof TimeoutException) return Outcome.TIMEOUT;
        if (e instanceof MemcachedException) return client.getAvailableServers().isEmpty() ? Outcome.CONNECTION_LOST : Outcome.SERVER_ERROR;
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return Outcome.TIMEOUT;
        }
        return Outcome.CONNECTION_LOST;  // Xmemcached's IllegalStateException "no available connection" after the server went away
    }

    @Override public void close() { MemcachedBinding.shutdownQuietly(client); }
}
