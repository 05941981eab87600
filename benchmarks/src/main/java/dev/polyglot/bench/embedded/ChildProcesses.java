package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the embedded PostgreSQL's programs: to completion with a log, or detached from the terminal's Ctrl-C. */
public final class ChildProcesses {
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private ChildProcesses() {}

    /**
     * {@code command} in a new session (util-linux setsid, which execs in place since a JVM's child leads no process
     * group), so that Ctrl-C in a terminal, which signals the whole foreground process group, reaches only the JVM:
     * postgres must keep serving while an interrupted bench winds down, and is stopped by {@link EmbeddedPostgresServer#close()} after it.
     */
    public static List<String> inOwnSession(List<String> command) {
        return Executables.find("setsid").map(setsid -> Stream.concat(Stream.of(setsid.toString()), command.stream()).toList()).orElse(command);
    }

    /** Runs {@code command} to completion with its output in {@code log}; a non-zero exit is an IOException quoting the log's end. */
    static void run(List<String> command, Path log) throws IOException {
        String program = command.stream().filter(a -> a.contains("/bin/")).findFirst().orElse(command.get(0));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program + " did not finish within " + COMMAND_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + program, e);
        }
        if (p.exitValue() != 0) throw new IOException(program + " exited with status " + p.exitValue() + ": " + tail(log));
    }

    /** The last few lines of a log, on one line, for an error message. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
