package dev.polyglot.bench.engine;

import dev.polyglot.bench.clickhouse.ClickHouseClaim;
import dev.polyglot.bench.postgres.PostgresClaim;
import dev.polyglot.bench.redis.RedisClaim;

/**
 * An exclusive claim on the bench's namespace in one engine, taken before a run touches the namespace and released
 * when it ends, so two runs against one engine never load, run on or drop each other's data. A claim left by a run
 * that died goes away by itself (how depends on the engine), so it never blocks forever. Claims only ever touch
 * objects inside the bench namespace.
 */
public interface NamespaceClaim extends AutoCloseable {
    /** No claim: for a run with no second engine. */
    NamespaceClaim NONE = () -> { };

    /**
     * Claims the namespace on {@code engine} for {@code me}.
     *
     * @throws NamespaceBusyException     when another run holds it
     * @throws EngineUnavailableException when the engine cannot be reached
     */
    static NamespaceClaim take(Engine engine, Endpoint endpoint, Claimant me) {
        return switch (engine) {
            case POSTGRES -> PostgresClaim.take(endpoint, me);
            case REDIS -> RedisClaim.take(endpoint, me, RedisClaim.TTL_MS);
            case CLICKHOUSE -> ClickHouseClaim.take(endpoint, me, ClickHouseClaim.STALE_AFTER_S);
        };
    }

    /** Gives the claim up if it is still this run's; never throws (a claim that cannot be released lapses). */
    @Override void close();
}
