package dev.polyglot.bench;

import dev.polyglot.bench.cassandra.CassandraDriver;
import dev.polyglot.bench.clickhouse.ClickHouseDriver;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.duckdb.DuckDbDriver;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.memcached.MemcachedDriver;
import dev.polyglot.bench.mysql.MysqlDriver;
import dev.polyglot.bench.neo4j.Neo4jDriver;
import dev.polyglot.bench.opensearch.OpenSearchDriver;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.workloads.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The engines the bench drives: one driver per engine package, registered here and nowhere else. */
public final class Engines {
    private Engines() {}

    /** Every driver, in the order messages list them. */
    public static final List<EngineDriver> DRIVERS = List.of(
            new PostgresDriver(),
            new RedisDriver(),
            new ClickHouseDriver(),
            new MysqlDriver(),
            new MemcachedDriver(),
            new DuckDbDriver(),
            new CassandraDriver(),
            new Neo4jDriver(),
            new OpenSearchDriver());

    /** The engine an id or alias names ({@code postgresql}, {@code valkey}), matched the way workloads files match ids. */
    public static Optional<Engine> parse(String text) {
        String wanted = Identifiers.normalize(text);
        return DRIVERS.stream().filter(d -> d.engine().id().equals(wanted) || d.aliases().contains(wanted)).map(EngineDriver::engine).findFirst();
    }

    /** An {@code --engine} value, or IllegalArgumentException naming the engines that can be driven. */
    public static Engine require(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("unknown --engine '" + text + "'; expected " + listed(d -> true)));
    }

    /** The driver of {@code engine}, one of {@link #DRIVERS}. */
    public static EngineDriver driver(Engine engine) {
        return DRIVERS.stream().filter(d -> d.engine().equals(engine)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no driver for " + engine.id()));
    }

    /** Where {@code engine} is: {@code url} when given, else its standard local port, with credentials from {@code env}. */
    public static Endpoint endpoint(Engine engine, Optional<String> url, Map<String, String> env) { return driver(engine).endpoint(url, env); }

    /** The profiler of {@code engine} reading {@code source}, or IllegalArgumentException saying which engines and sources can be profiled. */
    public static Profiler profiler(Engine engine, ProfileSource source) {
        Profiler profiler = driver(engine).profiler().orElseThrow(() -> new IllegalArgumentException(
                "profile cannot read " + engine.id() + "'s statistics; it reads " + listed(d -> d.profiler().isPresent())));
        if (!profiler.sources().contains(source)) {
            throw new IllegalArgumentException("--from " + source.id() + " applies to --engine " + listed(d -> d.profiler().map(p -> p.sources().contains(source)).orElse(false))
                    + " only; " + engine.id() + " has one source of statistics (leave --from out, or give auto)");
        }
        return profiler;
    }

    /** The ids of the drivers {@code which} accepts, as {@code a, b or c}. */
    public static String listed(java.util.function.Predicate<EngineDriver> which) {
        List<String> ids = DRIVERS.stream().filter(which).map(d -> d.engine().id()).collect(Collectors.toList());
        if (ids.size() <= 1) return String.join("", ids);
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}
