package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.CatalogOutcome;
import dev.polyglot.advisor.catalog.CatalogReader;
import dev.polyglot.workloads.EngineIdResolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** The engine catalog a command runs with: the built-in one, or a user's {@code --catalog FILE} merged over it. */
final class CatalogInput {
    private CatalogInput() {}

    /** The catalog, or empty after printing every problem (the caller exits {@link ExitCode#BAD_INPUT}). */
    static Optional<Catalog> load(Path overrides, PrintWriter err) {
        if (overrides == null) return Optional.of(Catalog.builtIn());
        if (!Files.isRegularFile(overrides)) {
            err.println("polyglot: cannot read catalog " + overrides + ": no such file");
            err.flush();
            return Optional.empty();
        }
        CatalogOutcome outcome = CatalogReader.withOverrides(overrides);
        if (outcome instanceof CatalogOutcome.Loaded loaded) return Optional.of(loaded.catalog());
        var problems = ((CatalogOutcome.Rejected) outcome).problems();
        problems.forEach(err::println);
        err.println("polyglot: " + overrides + " is not a valid engine catalog (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
        err.flush();
        return Optional.empty();
    }

    /** Engine ids in workloads files resolved against this catalog (aliases and added engines included). */
    static EngineIdResolver resolver(Catalog catalog) {
        return new EngineIdResolver() {
            @Override public Optional<String> canonical(String text) { return catalog.canonical(text); }

            @Override public Collection<String> knownIds() {
                TreeSet<String> ids = new TreeSet<>(catalog.ids());
                catalog.engines().forEach(e -> ids.addAll(e.aliases()));
                return ids;
            }
        };
    }
}
