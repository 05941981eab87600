package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reclaims what a killed run (SIGKILL, the OOM killer) leaves behind: a {@code polyglot-postgres-*} directory whose
 * {@link OwnerRecord} names a JVM that is gone, and the postgres still serving from it. Its postmaster is stopped
 * (immediate shutdown through pg_ctl, SIGKILL if that fails) and the directory deleted. A directory without an owner
 * record, or whose owner runs, is never touched, and nothing else in the temporary directory is looked at.
 */
final class OrphanReaper {
    static final String DIRECTORY_PREFIX = "polyglot-postgres-";
    private static final long STOP_SECONDS = 10;

    private OrphanReaper() {}

    /**
     * Reclaims every orphan directly under {@code temp}.
     *
     * @param user  who runs pg_ctl (the user the embedded servers run as)
     * @param bin   the PostgreSQL bin directory holding pg_ctl
     * @param notes receives one line per orphan reclaimed, or per orphan that could not be
     */
    static void reclaim(Path temp, ServerUser user, Path bin, Consumer<String> notes) {
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(temp)) {
            candidates = entries.filter(p -> p.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException unreadable) {
            return; // nothing can be reclaimed where nothing can be listed; the start goes on
        }
        for (Path directory : candidates) {
            OwnerRecord.readFrom(directory).filter(owner -> !owner.isAlive()).ifPresent(owner -> {
                try {
                    reclaim(directory, user, bin);
                    notes.accept("reclaimed an orphaned embedded postgres from a killed run (pid " + owner.pid() + "): " + directory);
                } catch (IOException e) {
                    notes.accept("could not reclaim the orphaned embedded postgres in " + directory + " (pid " + owner.pid() + " was killed): " + e.getMessage());
                }
            });
        }
    }

    private static void reclaim(Path directory, ServerUser user, Path bin) throws IOException {
        Path data = directory.resolve("data");
        Optional<ProcessHandle> postmaster = postmasterOf(data);
        if (postmaster.isPresent()) stop(postmaster.get(), data, directory, user, bin);
        DirectoryTree.delete(directory);
    }

    private static void stop(ProcessHandle postmaster, Path data, Path directory, ServerUser user, Path bin) throws IOException {
        try {
            ChildProcesses.run(user.command(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate",
                    "-w", "-t", Long.toString(STOP_SECONDS))), directory.resolve("reclaim.log"));
        } catch (IOException pgCtlFailed) {
            postmaster.destroyForcibly();
        }
        try {
            postmaster.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException("its postgres (pid " + postmaster.pid() + ") did not stop within " + STOP_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping its postgres (pid " + postmaster.pid() + ")");
        }
    }

    /**
     * The live postmaster serving {@code data}: the pid on the first line of its postmaster.pid, if that process is
     * still a postgres started with {@code -D data} (a pid recycled by anything else is left alone).
     */
    static Optional<ProcessHandle> postmasterOf(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            if (lines.isEmpty()) return Optional.empty();
            long pid = Long.parseLong(lines.get(0).strip());
            List<String> args = List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8).split("\0"));
            return servesData(args, data) ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        } catch (IOException | NumberFormatException gone) {
            return Optional.empty(); // no pid file, or no such process: nothing runs from this directory
        }
    }

    private static boolean servesData(List<String> args, Path data) {
        if (args.isEmpty() || !(args.get(0).equals("postgres") || args.get(0).endsWith("/postgres"))) return false;
        int d = args.indexOf("-D");
        return d >= 0 && d + 1 < args.size() && Path.of(args.get(d + 1)).equals(data);
    }
}
