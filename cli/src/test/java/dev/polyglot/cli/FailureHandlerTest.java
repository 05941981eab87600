package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The one exit path: a user error ends with its own code and message, an unreachable engine with 3, anything else
 * is a bug (exit 4) that says so in one line; the trace only with --stacktrace.
 */
class FailureHandlerTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Mixin CommonOptions common;
        @Option(names = "--kind") String kind = "bug";

        @Override public Integer call() {
            throw switch (kind) {
                case "input" -> UserError.badInput("--rate must be above 0");
                case "environment" -> UserError.environment("the disk is full");
                case "engine" -> new EngineUnavailableException(Engines.require("redis"),
                        Engines.endpoint(Engines.require("redis"), Optional.of("redis://127.0.0.1:1"), Map.of()), "connection refused");
                case "validation" -> new IllegalArgumentException("growth factor must be a finite number above 0, was Infinity");
                default -> new IllegalStateException("the engine catalog is corrupt");
            };
        }
    }

    private record Ran(int exit, String err) {}

    private static Ran run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Boom());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setErr(new PrintWriter(err));
        return new Ran(cli.execute(args), err.toString());
    }

    @Test
    void aBugIsExit4InOneLineThatSaysSo() {
        Ran ran = run();
        assertThat(ran.exit()).isEqualTo(ExitCode.BUG);
        assertThat(ran.err()).isEqualTo("polyglot: internal error, a bug in polyglot: IllegalStateException: the engine catalog is corrupt"
                + " (run again with --stacktrace for the trace, and report it)\n");
    }

    @Test
    void anIllegalArgumentThatEscapesIsABugNotBadInput() {
        Ran ran = run("--kind", "validation");
        assertThat(ran.exit()).as("only a UserError is the user's fault").isEqualTo(ExitCode.BUG);
        assertThat(ran.err()).contains("a bug in polyglot").hasLineCount(1);
    }

    @Test
    void aUserErrorCarriesItsExitCodeAndNoTrace() {
        assertThat(run("--kind", "input")).isEqualTo(new Ran(ExitCode.BAD_INPUT, "polyglot: --rate must be above 0\n"));
        assertThat(run("--kind", "environment")).isEqualTo(new Ran(ExitCode.ENVIRONMENT, "polyglot: the disk is full\n"));
        Ran engine = run("--kind", "engine");
        assertThat(engine.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(engine.err()).contains("127.0.0.1:1", "scripts/engines.sh up redis").hasLineCount(1);
    }

    @Test
    void withStacktraceOptionTheTraceIsShown() {
        Ran ran = run("--stacktrace");
        assertThat(ran.exit()).isEqualTo(ExitCode.BUG);
        assertThat(ran.err()).startsWith("polyglot: internal error, a bug in polyglot: IllegalStateException: the engine catalog is corrupt\n")
                .contains("java.lang.IllegalStateException", "at dev.polyglot.cli.FailureHandlerTest$Boom.call");
    }
}
