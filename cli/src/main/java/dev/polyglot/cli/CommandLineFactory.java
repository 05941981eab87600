package dev.polyglot.cli;

import java.io.InputStream;
import picocli.AutoComplete;
import picocli.CommandLine;

/** Builds the command line, the same for {@link Main} and for tests. */
public final class CommandLineFactory {
    private CommandLineFactory() {}

    public static CommandLine create() { return create(System.in); }

    /** The command line reading {@code stdin} where a file argument is {@code -}. */
    public static CommandLine create(InputStream stdin) {
        CommandLine cli = new CommandLine(new PolyglotCommand());
        cli.addSubcommand("advise", new AdviseCommand(stdin));
        cli.addSubcommand("check", CheckCommand.standard());
        cli.addSubcommand("engines", new EnginesCommand());
        cli.addSubcommand("schema", new SchemaCommand());
        cli.addSubcommand("bench", new BenchCommand());
        cli.addSubcommand("profile", new ProfileCommand());
        cli.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageFailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
