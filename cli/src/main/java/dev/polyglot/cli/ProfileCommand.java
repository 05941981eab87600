package dev.polyglot.cli;

import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.DraftYaml;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polyglot profile}: drafts a workloads file from a live engine's statistics (read-only: statistics views
 * and INFO, never user rows). One rule for every engine: a draft describes what ran during the sample, so an engine
 * idle in the sample (whatever its lifetime counters say) exits 1 with nothing drafted. Exit 2 for bad arguments,
 * 3 when the engine is unreachable.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draft a workloads file from a live engine's statistics (read-only).")
public final class ProfileCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--engine", required = true, paramLabel = "ID", completionCandidates = EngineAddress.Ids.class, description = "One of ${COMPLETION-CANDIDATES} (those with statistics to read).")
    String engine;
    @Mixin EngineAddress address;
    @Option(names = "--output", paramLabel = "FILE", description = "Write the draft here instead of standard output.")
    Path output;
    @Option(names = "--system", paramLabel = "NAME", defaultValue = "my-system", description = "The system name in the draft. Default ${DEFAULT-VALUE}.")
    String system;
    @Option(names = "--sample", paramLabel = "DURATION", defaultValue = "10s", description = "Time between the two counter readings. Default ${DEFAULT-VALUE}.")
    String sample;
    @Option(names = {"--schema", "--database", "--match"}, paramLabel = "SCOPE",
            description = "Only this Postgres schema, ClickHouse database, or Redis key glob (e.g. 'app:*').")
    String scope;
    @Option(names = "--from", paramLabel = "SOURCE", defaultValue = "auto",
            description = "Postgres only: statements (pg_stat_statements), tables (pg_stat_user_tables) or auto (statements when readable). Default ${DEFAULT-VALUE}.")
    ProfileSource from;

    @Override public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        OutputPaths.requireWritableFile("--output", output);
        Engine e = EngineAddress.engine(engine);
        Profiler profiler = UserError.validated(() -> Engines.profiler(e, from));
        var sampled = DurationText.parse("--sample", sample);
        ProfileRequest request = UserError.validated(() -> new ProfileRequest(e, address.of(e), sampled, Optional.ofNullable(scope), system, from));
        Draft draft = profiler.profile(request);
        if (draft.workloads().stream().allMatch(w -> w.opsPerSec().measured() == 0)) {
            err.println("polyglot profile: nothing in " + request.engine().id() + " at " + request.endpoint()
                    + request.scope().map(s -> " (scope " + s + ")").orElse("") + " ran during the " + sample
                    + " sample; no workloads to draft (profile while the application runs, or sample longer)");
            if (!draft.workloads().isEmpty()) {
                err.println("  busy before the sample only, so not drafted: "
                        + String.join(", ", draft.workloads().stream().map(DraftWorkload::name).toList()));
            }
            draft.notes().forEach(note -> err.println("  " + note));  // what was read, so the user can tell why
            return ExitCode.NO;
        }
        String yaml = DraftYaml.render(draft);
        if (WorkloadsReader.read("draft", yaml) instanceof ParseOutcome.Rejected rejected) {
            throw new IllegalStateException("the draft does not parse (a bug in profile): " + rejected.problems().get(0));
        }
        return write(yaml, err);
    }

    private int write(String yaml, PrintWriter err) {
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try {
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
            err.println("polyglot profile: wrote " + output);
            return ExitCode.OK;
        } catch (IOException e) {
            throw UserError.badInput("cannot write --output " + output + ": " + OutputPaths.why(e));
        }
    }
}
