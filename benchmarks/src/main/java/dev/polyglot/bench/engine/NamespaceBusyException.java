package dev.polyglot.bench.engine;

/**
 * Another bench run holds the namespace on this engine: this run touched nothing and stops (exit 3). The message
 * names the engine's address and the holder, never credentials.
 */
public final class NamespaceBusyException extends EngineUnavailableException {
    private static final long serialVersionUID = 1L;

    /**
     * @param holder what is known of the other run, e.g. {@code host/pid, since TIME}
     * @param lapse  how a claim left by a run that died goes away, e.g. {@code it lapses 15 s after its run dies}
     */
    public NamespaceBusyException(Engine engine, Endpoint endpoint, String holder, String lapse) {
        super("another polyglot bench is running against " + engine.id() + " at " + endpoint + " (its claim: " + holder
                + "); wait for it to finish, or bench another server with --url (" + lapse + ")");
    }
}
