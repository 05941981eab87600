package dev.polyglot.bench.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An engine started for {@code --embedded} (in this process or as its child), on a free loopback port.
 * {@link #close()} stops it and removes its data.
 */
public interface EmbeddedServer extends AutoCloseable {
    /** Where the engine listens, with the login it accepts. */
    Endpoint endpoint();

    /** The directory holding the engine's data and logs, removed by {@link #close()}; empty when it keeps none. */
    default Optional<Path> dataDirectory() { return Optional.empty(); }

    @Override void close();
}
