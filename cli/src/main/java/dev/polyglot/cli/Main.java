package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import java.util.Set;

/** Entry point of the {@code polyglot} command line. */
public final class Main {
    private Main() {}

    /** Subcommands that read the built-in engine catalog (with or without {@code --catalog}). */
    private static final Set<String> READ_THE_CATALOG = Set.of("advise", "check", "engines");

    public static void main(String[] args) {
        if (args.length > 0 && READ_THE_CATALOG.contains(args[0])) readTheCatalogMeanwhile();
        System.exit(CommandLineFactory.forArguments(args).execute(args));
    }

    /**
     * Parses the built-in catalog on a second thread while picocli builds the command line: each takes about a
     * third of a short command's start-up and they share nothing, so on two cores they overlap. The catalog is a
     * lazily initialised holder, so the command that needs it waits for this parse or does it itself, never twice.
     * A built-in catalog that fails to load is a bug of the jar (exit 4) whichever thread meets it first; this
     * thread stays silent and the command reports it.
     */
    private static void readTheCatalogMeanwhile() {
        Thread reader = new Thread(Main::touchTheCatalog, "polyglot-catalog");
        reader.setDaemon(true);
        reader.start();
    }

    private static void touchTheCatalog() {
        try {
            Catalog.builtIn();
        } catch (RuntimeException | Error e) {
            // the command meets the same failure and reports it
        }
    }
}
