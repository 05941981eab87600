package dev.polyglot.bench.engine;

/**
 * The engine could not be reached or refused the login. The message names the address (never credentials)
 * and how to start a local engine; {@link NamespaceBusyException} is the case of an engine another bench run holds.
 */
public class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(Engine engine, Endpoint endpoint, String why) {
        super("cannot reach " + engine.id() + " at " + endpoint + ": " + why + " (start one with " + engine.startHint() + ")");
    }

    /** An engine that cannot be had at all, e.g. an embedded one that cannot start here; {@code message} says what to do instead. */
    public EngineUnavailableException(String message) {
        super(message);
    }
}
