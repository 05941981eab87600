package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface for embedded engines. */
public final class LoopbackPort {
    private LoopbackPort() {}

    /** A loopback port nobody listens on right now (the OS picks it; a race with another process is possible but unlikely). */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** A free loopback port other than {@code taken} (a server that listens on two ports needs two different ones). */
    public static int freeOtherThan(int taken) {
        int port = free();
        while (port == taken) port = free();
        return port;
    }
}
