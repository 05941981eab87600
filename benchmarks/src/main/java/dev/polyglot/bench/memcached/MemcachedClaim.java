package dev.polyglot.bench.memcached;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import net.rubyeye.xmemcached.GetsResponse;
import net.rubyeye.xmemcached.MemcachedClient;

/**
 * The claim on key prefix {@value MemcachedBinding#PREFIX}: key {@value #KEY}, created with {@code add} (which fails
 * when it exists) for {@value #TTL_S} s, holding {@code token host/pid, since TIME}. A daemon thread renews it every
 * third of that while it is still ours ({@code gets} + {@code cas}); release deletes it only if it is still ours. A
 * run that dies stops renewing, so its claim lapses after at most the time to live.
 */
public final class MemcachedClaim implements NamespaceClaim {
    static final String KEY = MemcachedBinding.PREFIX + "lock";
    static final int TTL_S = 15;

    private final MemcachedClient client;
    private final String value;
    private final int ttlS;
    private final Heartbeat heartbeat;

    private MemcachedClaim(MemcachedClient client, String value, int ttlS) {
        this.client = client;
        this.value = value;
        this.ttlS = ttlS;
        this.heartbeat = Heartbeat.start("bench-claim-renewer", ttlS * 1000L / 3, this::renew);
    }

    static MemcachedClaim take(Endpoint endpoint, Claimant me, int ttlS) {
        String value = me.token() + " " + me.describe();
        MemcachedClient client = MemcachedBinding.connect(endpoint);
        try {
            if (client.add(KEY, ttlS, value)) return new MemcachedClaim(client, value, ttlS);
            Object holder = client.get(KEY);
            MemcachedBinding.shutdownQuietly(client);
            String who = holder == null ? "one that comes and goes" : holder.toString().substring(holder.toString().indexOf(' ') + 1);
            throw new NamespaceBusyException(MemcachedDriver.ENGINE, endpoint, who, "a claim lapses " + ttlS + " s after its run dies");
        } catch (NamespaceBusyException e) {
            throw e;
        } catch (Exception e) {
            MemcachedBinding.shutdownQuietly(client);
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("claiming " + MemcachedBinding.PREFIX + " on memcached at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void renew() {
        try {
            GetsResponse<Object> current = client.gets(KEY);
            if (current != null && value.equals(current.getValue())) client.cas(KEY, ttlS, value, current.getCas());
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            // Memcached is away: try again next period; the claim lapses if it stays away.
        }
    }

    @Override public void close() {
        heartbeat.stop();
        try {
            GetsResponse<Object> current = client.gets(KEY);
            if (current != null && value.equals(current.getValue())) client.delete(KEY, current.getCas(), MemcachedBinding.OP_TIMEOUT_MS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            // Memcached is away: the claim lapses after its time to live.
        }
        MemcachedBinding.shutdownQuietly(client);
    }
}
