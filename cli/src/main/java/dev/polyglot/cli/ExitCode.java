package dev.polyglot.cli;

/** The exit codes of every command, fixed by the command-line contract (docs/cli.md). */
public final class ExitCode {
    private ExitCode() {}

    /** Every workload served, every check passed, every budget met. */
    public static final int OK = 0;
    /** The answer is "no": a workload unserved, a check failed, a budget missed. */
    public static final int NO = 1;
    /** The input is wrong: bad arguments, unreadable or invalid files. */
    public static final int BAD_INPUT = 2;
    /** The environment failed: an engine unreachable, a connection lost mid-run. */
    public static final int ENVIRONMENT = 3;
    /** polyglot itself failed: a bug, reported in one line (the stack trace with {@code --stacktrace}). */
    public static final int BUG = 4;
}
