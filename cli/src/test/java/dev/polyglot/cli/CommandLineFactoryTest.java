package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main builds only the subcommand it runs; the answer and the help must not change for it. */
class CommandLineFactoryTest {
    @Test
    void aNamedSubcommandIsBuiltAlone() {
        assertThat(CommandLineFactory.forArguments("advise", "x.yml").getSubcommands()).containsOnlyKeys("advise");
        assertThat(CommandLineFactory.forArguments("bench", "--help").getSubcommands()).containsOnlyKeys("bench");
    }

    @Test
    void withoutASubcommandOrForCompletionEveryOneIsBuilt() {
        var all = CommandLineFactory.create().getSubcommands().keySet();
        assertThat(all).contains("advise", "check", "engines", "schema", "bench", "profile", "generate-completion");
        assertThat(CommandLineFactory.forArguments().getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(CommandLineFactory.forArguments("--help").getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(CommandLineFactory.forArguments("advize").getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(CommandLineFactory.forArguments("generate-completion").getSubcommands().keySet()).containsExactlyElementsOf(all);
    }

    @Test
    void theLoneSubcommandAnswersAsTheWholeTreeDoes() {
        for (String[] args : new String[][] {
                {"advise", "../examples/walletkart.yml", "--format", "json"},
                {"advise", "--help"},
                {"advise", "--no-such-option"},
                {"engines", "clickhouse"}}) {
            assertThat(run(CommandLineFactory.forArguments(args), args)).isEqualTo(run(CommandLineFactory.create(), args));
        }
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
