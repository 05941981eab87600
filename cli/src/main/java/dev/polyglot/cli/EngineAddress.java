package dev.polyglot.cli;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --url URL}, mixed into the commands that talk to a live engine (bench, profile). */
public final class EngineAddress {
    @Option(names = "--url", paramLabel = "URL", description = "Engine address, e.g. postgresql://user@host:5432/db (credentials never printed).")
    String url;

    /**
     * Where {@code engine} is: {@code --url}, else its standard port on 127.0.0.1, with credentials from the URL or
     * the engine's usual environment variables.
     *
     * @throws UserError for a malformed {@code --url} (exit 2)
     */
    Endpoint of(Engine engine) { return resolve(engine, Optional.ofNullable(url)); }

    /** Where {@code engine} is, given the {@code --url} text if any; as {@link #of}. */
    static Endpoint resolve(Engine engine, Optional<String> url) { return UserError.validated(() -> Engines.endpoint(engine, url, System.getenv())); }

    /** An {@code --engine} value, or a {@link UserError} naming the engines that can be driven (exit 2). */
    static Engine engine(String id) {
        return UserError.validated(() -> Engines.require(id));
    }

    /** The ids {@code --engine} accepts, for picocli's {@code ${COMPLETION-CANDIDATES}} in help. */
    static final class Ids implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return Engines.DRIVERS.stream().map(d -> d.engine().id()).iterator(); }
    }
}
