package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.workloads.Suggestions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyglot engines [ENGINE]}: the catalog, or one engine's capabilities with the source of every figure. */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = "List the engine catalog, or show one engine's capabilities and the sources of its figures.")
public final class EnginesCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ENGINE", arity = "0..1", completionCandidates = Completions.CatalogEngines.class, description = "An engine id or alias, e.g. postgres or valkey.")
    String engine;

    @Mixin CatalogOption catalogOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Completions.ListingFormats.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean json = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw UserError.badInput("unknown --format '" + format + "'; use text or json");
        };
        Optional<Catalog> catalog = catalogOption.load(err);
        if (catalog.isEmpty()) return ExitCode.BAD_INPUT;
        PrintWriter out = spec.commandLine().getOut();
        if (engine == null) {
            out.print(json ? EngineListingJson.all(catalog.get()) : EngineListing.all(catalog.get()));
        } else {
            var spec = catalog.get().engine(engine);
            if (spec.isEmpty()) throw UserError.badInput("no engine '" + engine + "' in the catalog" + Suggestions.didYouMean(engine, catalog.get().ids()));
            out.print(json ? EngineListingJson.one(spec.get()) : EngineListing.one(spec.get()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
