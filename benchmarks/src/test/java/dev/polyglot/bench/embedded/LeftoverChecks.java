package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

/** What an embedded engine may leave behind after close, for this module's and the cli's tests. */
public final class LeftoverChecks {
    private LeftoverChecks() {}

    /** True when something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** True when a running process has {@code directory} on its command line (a postgres left running on it). */
    public static boolean processUses(Path directory) {
        return ProcessHandle.allProcesses().flatMap(p -> p.info().commandLine().stream()).anyMatch(cmd -> cmd.contains(directory.toString()));
    }
}
