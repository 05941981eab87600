package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --catalog FILE}, mixed into every command that reads the engine catalog (advise, check, bench): one option, one meaning. */
public final class CatalogOption {
    @Option(names = "--catalog", paramLabel = "FILE", description = "An engine catalog merged over the built-in one (e.g. from polyglot calibrate); use the same for advise, check and bench.")
    Path file;

    /** The catalog, or empty after printing every problem (exit {@link ExitCode#BAD_INPUT}). */
    Optional<Catalog> load(PrintWriter err) { return CatalogInput.load(file, err); }
}
