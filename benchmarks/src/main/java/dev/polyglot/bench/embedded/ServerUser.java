package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Who an embedded server's processes run as. PostgreSQL (initdb, postgres, pg_ctl) and OpenSearch refuse uid 0, so a
 * JVM running as root starts them as an unprivileged account ({@code nobody}, or a system account made for the engine)
 * through util-linux {@code setpriv} (or {@code runuser}); any other user starts them as itself.
 */
public sealed interface ServerUser {
    /** The command line that runs {@code command} as this user. */
    List<String> command(List<String> command);

    /** Makes {@code path} (a file or directory this JVM created) owned by this user. */
    void own(Path path) throws IOException;

    /** Makes {@code root} and everything under it (all created by this JVM, no symbolic links) owned by this user. */
    default void ownTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) own(p);
        }
    }

    /** This JVM's own user (an ordinary one, or root for an engine that accepts root): commands run unchanged. */
    record Self() implements ServerUser {
        @Override public List<String> command(List<String> command) { return command; }
        @Override public void own(Path path) { /* already ours */ }
    }

    /**
     * An unprivileged account, entered through {@code prefix}.
     *
     * @param prefix the privilege-dropping command, ending in {@code --}
     * @param uid    the account's user id, above 0
     * @param gid    its primary group id, at least 0
     */
    record Unprivileged(List<String> prefix, int uid, int gid) implements ServerUser {
        public Unprivileged {
            prefix = List.copyOf(prefix);
            if (uid <= 0) throw new IllegalArgumentException("uid must be above 0 (not root), was " + uid);
            if (gid < 0) throw new IllegalArgumentException("gid must be at least 0, was " + gid);
        }

        @Override public List<String> command(List<String> command) {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(command);
            return all;
        }

        @Override public void own(Path path) throws IOException {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * The user for this JVM to run PostgreSQL as: itself, or {@code nobody} when it runs as root.
     *
     * @throws EngineUnavailableException as root when there is no {@code nobody} account or neither setpriv nor runuser
     */
    static ServerUser forPostgres() {
        return forUid(EffectiveUid.current(), "postgres", "nobody", passwdEntry("nobody"), Executables::find);
    }

    /**
     * The user for this JVM to run {@code engine} as: itself, or as root the system account {@code account}, created
     * (no home, no login shell, as {@code scripts/engines.sh} creates it) when missing.
     *
     * @throws EngineUnavailableException as root when the account cannot be created or neither setpriv nor runuser exists
     */
    static ServerUser systemAccount(String engine, String account) {
        int euid = EffectiveUid.current();
        if (euid == 0 && passwdEntry(account).isEmpty()) {
            Path log = null;
            try {
                log = Files.createTempFile("polyglot-useradd-", ".log");
                ChildProcesses.run(List.of(Executables.find("useradd").map(Path::toString).orElse("useradd"), "--system", "--no-create-home",
                        "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", account), log);
            } catch (IOException e) {
                // another run may have created it meanwhile: only a still missing account is a failure
                if (passwdEntry(account).isEmpty()) throw cannot(engine, account, "could not create the system user '" + account + "': " + e.getMessage());
            } finally {
                if (log != null) log.toFile().delete();
            }
        }
        return forUid(euid, engine, account, passwdEntry(account), Executables::find);
    }

    /**
     * The user for a JVM running as {@code euid}.
     *
     * @param engine  the engine's id, for messages
     * @param account the unprivileged account root runs it as
     * @param entry   the fields of {@code account}'s /etc/passwd line, if there is one
     * @param which   finds an executable by name
     */
    static ServerUser forUid(int euid, String engine, String account, Optional<String[]> entry, Function<String, Optional<Path>> which) {
        if (euid != 0) return new Self();
        String[] fields = entry.orElseThrow(() -> cannot(engine, account, "there is no user '" + account + "' in /etc/passwd"));
        int uid = Integer.parseInt(fields[2]);
        int gid = Integer.parseInt(fields[3]);
        Optional<Path> setpriv = which.apply("setpriv");
        if (setpriv.isPresent()) {
            return new Unprivileged(List.of(setpriv.get().toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"), uid, gid);
        }
        return which.apply("runuser").map(runuser -> new Unprivileged(List.of(runuser.toString(), "-u", account, "--"), uid, gid))
                .orElseThrow(() -> cannot(engine, account, "neither setpriv nor runuser (util-linux) is installed"));
    }

    private static EngineUnavailableException cannot(String engine, String account, String why) {
        return new EngineUnavailableException("--embedded cannot start " + engine + " as root: " + engine + " refuses uid 0 and " + why
                + " to run it as '" + account + "'; install util-linux, run polyglot as an ordinary user, or start a server with"
                + " scripts/engines.sh up " + engine + " and run without --embedded");
    }

    /** The fields of {@code user}'s /etc/passwd line (name:password:uid:gid:...). */
    private static Optional<String[]> passwdEntry(String user) {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            return lines.map(l -> l.split(":", -1)).filter(f -> f.length >= 4 && f[0].equals(user)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
