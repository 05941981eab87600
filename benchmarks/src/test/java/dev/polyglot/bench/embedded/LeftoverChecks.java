package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** The child servers' homes ({@code polyglot-ENGINE-*}) in the temporary directory now. */
    public static Set<Path> homes(String engine) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("polyglot-" + engine + "-")).collect(Collectors.toSet());
        }
    }

    /** True when a running process has a {@code polyglot-ENGINE-*} home on its command line that is not one of {@code before}. */
    public static boolean processUsesAHomeOtherThan(String engine, Set<Path> before) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir"), "polyglot-" + engine + "-").toString();
        return ProcessHandle.allProcesses().flatMap(p -> p.info().commandLine().stream())
                .filter(cmd -> cmd.contains(tmp)).anyMatch(cmd -> before.stream().noneMatch(h -> cmd.contains(h.toString())));
    }
}
