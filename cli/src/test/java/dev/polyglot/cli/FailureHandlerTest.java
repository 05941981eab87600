package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** An exception that escapes a command becomes one line on standard error; the trace only with --stacktrace. */
class FailureHandlerTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Mixin CommonOptions common;

        @Override public Integer call() { throw new IllegalStateException("the engine catalog is corrupt"); }
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Boom());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setErr(new PrintWriter(err));
        cli.execute(args);
        return err.toString();
    }

    @Test
    void withoutStacktraceOptionThereIsNoTrace() {
        assertThat(run()).isEqualTo("polyglot: the engine catalog is corrupt\n(run again with --stacktrace for details)\n");
    }

    @Test
    void withStacktraceOptionTheTraceIsShown() {
        assertThat(run("--stacktrace")).startsWith("polyglot: the engine catalog is corrupt\n")
                .contains("java.lang.IllegalStateException", "at dev.polyglot.cli.FailureHandlerTest$Boom.call");
    }
}
