package dev.polyglot.bench.profile;

/** Runs the profiler of the request's engine. */
public final class Profilers {
    private Profilers() {}

    /**
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached or read
     * @throws InterruptedException when interrupted while waiting between the two samples
     */
    public static Draft profile(ProfileRequest request) throws InterruptedException {
        return switch (request.engine()) {
            case POSTGRES -> PostgresProfiler.profile(request);
            case REDIS -> RedisProfiler.profile(request);
            case CLICKHOUSE -> ClickHouseProfiler.profile(request);
        };
    }
}
