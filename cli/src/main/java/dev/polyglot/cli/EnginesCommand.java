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

    @Parameters(paramLabel = "ENGINE", arity = "0..1", description = "An engine id or alias, e.g. postgres or valkey.")
    String engine;

    @Mixin CatalogOption catalogOption;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Catalog> catalog = catalogOption.load(err);
        if (catalog.isEmpty()) return ExitCode.BAD_INPUT;
        PrintWriter out = spec.commandLine().getOut();
        if (engine == null) {
            out.print(EngineListing.all(catalog.get()));
        } else {
            var spec = catalog.get().engine(engine);
            if (spec.isEmpty()) {
                err.println("polyglot: no engine '" + engine + "' in the catalog" + Suggestions.didYouMean(engine, catalog.get().ids()));
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            out.print(EngineListing.one(spec.get()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
