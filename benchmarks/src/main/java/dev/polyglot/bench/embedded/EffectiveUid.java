package dev.polyglot.bench.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The effective user id of this JVM, read from the kernel ({@code /proc/self/status}) rather than from
 * {@code user.name}, which a caller can set to anything and which says nothing about privileges.
 */
final class EffectiveUid {
    private static final Path STATUS = Path.of("/proc/self/status");

    private EffectiveUid() {}

    /** The effective uid (0 is root). */
    static int current() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                // "Uid:\treal\teffective\tsaved\tfilesystem"
                if (line.startsWith("Uid:")) return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
            }
            throw new IOException("no Uid: line in " + STATUS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell which user this process runs as", e);
        }
    }

    /** True when this process runs as root, where PostgreSQL's initdb and postgres refuse to start. */
    static boolean isRoot() { return current() == 0; }
}
