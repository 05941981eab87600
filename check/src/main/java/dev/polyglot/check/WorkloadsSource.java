package dev.polyglot.check;

import dev.polyglot.workloads.ParseOutcome;
import java.nio.file.Path;

/** Reads a workloads file named by an ADR; in production the workloads module's reader. */
@FunctionalInterface
public interface WorkloadsSource {
    /** Parses an existing, readable file; never throws for bad content (a rejection lists the problems). */
    ParseOutcome read(Path file);
}
