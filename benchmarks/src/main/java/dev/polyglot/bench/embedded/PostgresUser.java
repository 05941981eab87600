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
 * Who the embedded PostgreSQL's processes run as. PostgreSQL's initdb, postgres and pg_ctl refuse uid 0, so a JVM
 * running as root starts them as {@code nobody} through util-linux {@code setpriv} (or {@code runuser}); any other
 * user starts them as itself.
 */
sealed interface PostgresUser {
    /** The command line that runs {@code command} as this user. */
    List<String> command(List<String> command);

    /** Makes {@code path} (a file or directory this JVM created) owned by this user. */
    void own(Path path) throws IOException;

    /** This JVM's own user (not root): commands run unchanged. */
    record Self() implements PostgresUser {
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
    record Unprivileged(List<String> prefix, int uid, int gid) implements PostgresUser {
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
     * The user for this JVM: itself, or {@code nobody} when it runs as root.
     *
     * @throws EngineUnavailableException as root when there is no {@code nobody} account or neither setpriv nor runuser
     */
    static PostgresUser forThisProcess() {
        return forUid(EffectiveUid.current(), passwdEntry("nobody"), Executables::find);
    }

    /**
     * The user for a JVM running as {@code euid}.
     *
     * @param nobody the fields of {@code nobody}'s /etc/passwd line, if there is one
     * @param which  finds an executable by name
     */
    static PostgresUser forUid(int euid, Optional<String[]> nobody, Function<String, Optional<Path>> which) {
        if (euid != 0) return new Self();
        String[] account = nobody.orElseThrow(() -> cannot("there is no user 'nobody' in /etc/passwd"));
        int uid = Integer.parseInt(account[2]);
        int gid = Integer.parseInt(account[3]);
        Optional<Path> setpriv = which.apply("setpriv");
        if (setpriv.isPresent()) {
            return new Unprivileged(List.of(setpriv.get().toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"), uid, gid);
        }
        return which.apply("runuser").map(runuser -> new Unprivileged(List.of(runuser.toString(), "-u", "nobody", "--"), uid, gid))
                .orElseThrow(() -> cannot("neither setpriv nor runuser (util-linux) is installed"));
    }

    private static EngineUnavailableException cannot(String why) {
        return new EngineUnavailableException("--embedded cannot start postgres as root: PostgreSQL refuses uid 0 and " + why
                + " to run it as 'nobody'; install util-linux, run polyglot as an ordinary user, or start a server with "
                + EmbeddedPostgresServer.POSTGRES_START + " and run without --embedded");
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
