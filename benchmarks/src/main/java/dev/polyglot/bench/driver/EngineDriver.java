package dev.polyglot.bench.driver;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.workloads.StandardEngineIds;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Everything the bench and the profiler need of one engine, in that engine's package; the list of drivers is
 * {@code dev.polyglot.bench.Engines}. Adding an engine is one package with one of these, plus one line there.
 */
public interface EngineDriver {
    /** The engine's id, port, shapes and URL forms. */
    Engine engine();

    /**
     * Other spellings {@code --engine} accepts: the workloads format's equivalents of the id (mariadb for mysql,
     * valkey for redis), plus {@link #extraAliases()}.
     */
    default Set<String> aliases() {
        Set<String> aliases = new TreeSet<>(extraAliases());
        StandardEngineIds.EQUIVALENTS.forEach((alias, id) -> { if (id.equals(engine().id())) aliases.add(alias); });
        return aliases;
    }

    /** Spellings the bench accepts that the workloads format does not (e.g. {@code postgresql}); none by default. */
    default Set<String> extraAliases() { return Set.of(); }

    /**
     * Where the engine is: {@code url} when given, else the standard local port, with what the URL leaves out taken
     * from the engine's usual environment variables in {@code env}.
     *
     * @throws IllegalArgumentException for a URL that cannot be read; the message does not repeat the URL
     */
    default Endpoint endpoint(Optional<String> url, Map<String, String> env) { return fromEnvironment(Endpoint.fromUrl(engine(), url), env); }

    /** {@code parsed} with the credentials it lacks from {@code env}, checked for what this engine needs; as is by default. */
    default Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) { return parsed; }

    /**
     * Connects (with short timeouts) and checks the login.
     *
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached
     */
    EngineBinding open(Endpoint endpoint);

    /**
     * Claims the bench's namespace on the engine for {@code me}.
     *
     * @throws dev.polyglot.bench.engine.NamespaceBusyException     when another run holds it
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached
     */
    NamespaceClaim claim(Endpoint endpoint, Claimant me);

    /**
     * Whether the engine's writes wait for as many replicas as {@link dev.polyglot.bench.engine.DatasetSpec#writes()} says
     * ({@code bench --consistency}); no by default, and the level is then refused rather than ignored.
     */
    default boolean takesWriteConsistency() { return false; }

    /**
     * Whether one write appends as many rows as {@link dev.polyglot.bench.engine.DatasetSpec#writeRows()} says
     * ({@code bench --write-rows}); no by default (a write is one row), and the count is then refused rather than ignored.
     */
    default boolean takesWriteRows() { return false; }

    /** The binding that runs this engine as a cache in front of {@code source} (PostgreSQL), when the engine is a cache. */
    default Optional<CacheAside> cacheAside() { return Optional.empty(); }

    /**
     * The server's own version string, e.g. {@code PostgreSQL 15.18}, named in each calibrated figure's source;
     * {@code "ID (version unknown)"} when the server does not say.
     *
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached
     */
    default String serverVersion(Endpoint endpoint) { return engine().id() + " (version unknown)"; }

    /** Drafts a workloads file from the engine's statistics, when it has any to read. */
    default Optional<Profiler> profiler() { return Optional.empty(); }

    /** Starts one for {@code --embedded}, when it ships as a Maven artifact or runs in process. */
    default Optional<Embedding> embedding() { return Optional.empty(); }

    /** Opens a cache-aside binding: this engine in front of PostgreSQL at {@code source}. */
    @FunctionalInterface
    interface CacheAside {
        EngineBinding open(Endpoint cache, Endpoint source);
    }

    /** Starts an embedded server, blocking until it accepts connections. */
    @FunctionalInterface
    interface Embedding {
        /**
         * @param notes receives lines worth telling the user (an orphan of a killed run reclaimed, ...)
         * @throws dev.polyglot.bench.engine.EngineUnavailableException when it cannot start; the message says what to do instead
         */
        EmbeddedServer start(Consumer<String> notes);
    }
}
