package dev.polyglot.bench.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who holds a {@link NamespaceClaim}: enough for a person to find the other run ({@code host/pid}, since when), plus a
 * random token that tells two claims of one process apart.
 *
 * @param host  this machine's host name (or {@code localhost} when it has none)
 * @param pid   this process's id
 * @param since when the claim was taken, to the second
 * @param token 16 hex digits, unique per claim
 */
public record Claimant(String host, long pid, Instant since, String token) {
    public Claimant {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
        if (!token.matches("[0-9a-f]{16}")) throw new IllegalArgumentException("token must be 16 hex digits, was " + token);
    }

    /** A new claimant for this process, now. */
    public static Claimant current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return new Claimant(host, ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                String.format("%016x", ThreadLocalRandom.current().nextLong()));
    }

    /** {@code host/pid}: which process, without the time. */
    public String process() { return host + "/" + pid; }

    /** {@code host/pid, since 2026-01-02T03:04:05Z}: what a refused run is told about the holder. */
    public String describe() { return process() + ", since " + since; }
}
