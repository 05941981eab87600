package dev.polyglot.bench;

import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.engine.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The embedded engines of one {@code --embedded} invocation: one per engine the requests need (PostgreSQL too when
 * Redis runs cache-aside in front of it), started before the first run and stopped together at the end.
 */
public final class EmbeddedEngines implements AutoCloseable {
    private final Map<Engine, EmbeddedServer> running = new LinkedHashMap<>();
    private final Consumer<String> notes;

    private EmbeddedEngines(Consumer<String> notes) { this.notes = notes; }

    /**
     * Starts what {@code requests} need and returns them pointed at the embedded engines.
     *
     * @param notes receives one line per engine started ("embedded redis on 127.0.0.1:PORT", then ", data in DIR" when it keeps data),
     *              and one per orphaned PostgreSQL of a killed run reclaimed before starting ours
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when one cannot start; those already started are stopped
     */
    public static Started start(List<BenchRequest> requests, Consumer<String> notes) {
        EmbeddedEngines engines = new EmbeddedEngines(notes);
        try {
            List<BenchRequest> redirected = new ArrayList<>();
            for (BenchRequest r : requests) {
                redirected.add(new BenchRequest(r.engine(), engines.of(r.engine()).endpoint(), r.workload(), r.dataset(), r.plan(), r.budget(),
                        r.keep(), r.cacheAsideOver().map(pg -> engines.of(PostgresDriver.ENGINE).endpoint())));
            }
            return new Started(engines, List.copyOf(redirected));
        } catch (RuntimeException e) {
            engines.close();
            throw e;
        }
    }

    /** The running engines (close to stop them) and the requests that use them. */
    public record Started(EmbeddedEngines engines, List<BenchRequest> requests) {}

    private EmbeddedServer of(Engine engine) {
        EmbeddedServer e = running.get(engine);
        if (e == null) {
            e = Engines.driver(engine).embedding().orElseThrow(() -> new EngineUnavailableException("--embedded has no " + engine.id()
                    + " (it starts " + Engines.listed(d -> d.embedding().isPresent()) + ");"
                    + " start a server with " + engine.startHint() + " and run without --embedded")).start(notes);
            running.put(engine, e);
            notes.accept("embedded " + engine + " on " + e.endpoint() + e.dataDirectory().map(d -> ", data in " + d).orElse("")
                    + " (stopped" + (e.dataDirectory().isPresent() ? " and removed" : "") + " at the end)");
        }
        return e;
    }

    /** Stops every engine started; a failure to stop one is reported and does not keep the others running. */
    @Override public void close() {
        for (EmbeddedServer e : running.values()) {
            try {
                e.close();
            } catch (RuntimeException ex) {
                notes.accept("could not stop an embedded engine: " + ex.getMessage());
            }
        }
        running.clear();
    }

    /** The engines started so far, for tests. */
    Optional<EmbeddedServer> running(Engine engine) { return Optional.ofNullable(running.get(engine)); }
}
