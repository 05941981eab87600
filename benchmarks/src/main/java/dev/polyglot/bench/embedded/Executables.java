package dev.polyglot.bench.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds system tools (util-linux setpriv, runuser, setsid) that the embedded PostgreSQL is started through. */
final class Executables {
    private Executables() {}

    /** The executable {@code name} on PATH, or in the system directories that a root or service PATH may lack. */
    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/bin:/sbin";
        return Stream.of(path.split(":")).filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }
}
