package dev.polyglot.cli;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;

/** Builds the command line, the same for {@link Main} and for tests. */
public final class CommandLineFactory {
    private CommandLineFactory() {}

    /** The completion script lists every subcommand, so it always needs the whole tree. */
    private static final String COMPLETION = "generate-completion";

    /** Every subcommand, by name, in the order the usage help lists them; {@code stdin} is read where a file is {@code -}. */
    private static Map<String, Supplier<Object>> subcommands(InputStream stdin) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("advise", () -> new AdviseCommand(stdin));
        all.put("check", CheckCommand::standard);
        all.put("engines", EnginesCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("bench", BenchCommand::new);
        all.put("calibrate", CalibrateCommand::new);
        all.put("profile", ProfileCommand::new);
        all.put(COMPLETION, AutoComplete.GenerateCompletion::new);
        return all;
    }

    /** The whole command line, every subcommand included. */
    public static CommandLine create() { return create(System.in); }

    /** The whole command line reading {@code stdin} where a file argument is {@code -}. */
    public static CommandLine create(InputStream stdin) { return build(subcommands(stdin)); }

    /** {@link #forArguments(InputStream, String...)} on the process's standard input. */
    public static CommandLine forArguments(String... args) { return forArguments(System.in, args); }

    /**
     * The command line {@code args} need: when the first argument names a subcommand, only that subcommand is built.
     * picocli reads each subcommand's annotations by reflection as it is added, which is a large part of a short
     * command's start-up; the answer is the same, since a subcommand's parsing never consults its siblings.
     */
    public static CommandLine forArguments(InputStream stdin, String... args) {
        Map<String, Supplier<Object>> all = subcommands(stdin);
        if (args.length == 0 || COMPLETION.equals(args[0]) || !all.containsKey(args[0])) return build(all);
        return build(Map.of(args[0], all.get(args[0])));
    }

    private static CommandLine build(Map<String, Supplier<Object>> subcommands) {
        CommandLine cli = new CommandLine(new PolyglotCommand());
        subcommands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageFailureHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
