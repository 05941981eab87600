package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JVM that owns an embedded PostgreSQL directory, kept in the directory's {@value #FILE_NAME} file as two lines:
 * the pid and the process's start instant (ISO-8601). The start instant tells a recycled pid from the owner.
 *
 * @param pid     the owner's process id, above 0
 * @param started when the owner process started, as the kernel reports it
 */
record OwnerRecord(long pid, Instant started) {
    static final String FILE_NAME = "polyglot-owner";

    OwnerRecord {
        if (pid <= 0) throw new IllegalArgumentException("pid must be above 0, was " + pid);
    }

    /** This JVM; the kernel always reports the start of a Linux process, which is where the embedded server runs. */
    static OwnerRecord ofThisProcess() { return of(ProcessHandle.current()); }

    /** {@code process}, which must still be alive (its start instant is read from the kernel). */
    static OwnerRecord of(ProcessHandle process) {
        Instant started = process.info().startInstant()
                .orElseThrow(() -> new IllegalStateException("the start time of process " + process.pid() + " is unknown"));
        return new OwnerRecord(process.pid(), started);
    }

    /** Writes this record into {@code directory}, replacing an earlier one. */
    void writeInto(Path directory) throws IOException {
        Files.write(directory.resolve(FILE_NAME), List.of(Long.toString(pid), started.toString()));
    }

    /**
     * The record in {@code directory}; empty when there is none, it is not a plain file, it cannot be read, or it is
     * not two lines as {@link #writeInto} writes them (such a directory was not made by us, or not finished).
     */
    static Optional<OwnerRecord> readFrom(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() != 2) return Optional.empty();
            return Optional.of(new OwnerRecord(Long.parseLong(lines.get(0).strip()), Instant.parse(lines.get(1).strip())));
        } catch (IOException | NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * True while the owner runs: its pid is alive, not a zombie, and started at {@link #started}. A live pid whose
     * start the kernel does not report counts as the owner, so that doubt never reclaims a directory in use.
     */
    boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> !isZombie(p.pid()))
                .map(p -> p.info().startInstant().map(started::equals).orElse(true)).orElse(false);
    }

    /**
     * True when {@code pid} has exited but its parent has not reaped it yet (state Z or X in /proc/PID/stat), as a
     * JVM killed under a shell that is busy elsewhere: Java still counts such a process alive.
     */
    static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) state ...": comm may hold spaces and parentheses, so the state follows the last ')'
            String state = stat.substring(stat.lastIndexOf(')') + 1).strip();
            return state.startsWith("Z") || state.startsWith("X");
        } catch (IOException | RuntimeException gone) {
            return false; // no /proc entry: ProcessHandle already says whether it lives
        }
    }
}
