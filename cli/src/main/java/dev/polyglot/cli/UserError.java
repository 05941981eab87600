package dev.polyglot.cli;

import java.util.function.Supplier;

/**
 * A failure the user can act on, carrying the exit code it ends the command with: bad input ({@link ExitCode#BAD_INPUT})
 * or an environment that failed ({@link ExitCode#ENVIRONMENT}). Thrown from anywhere in a command, printed as one
 * line by {@link FailureHandler}; every other exception that escapes a command is a bug ({@link ExitCode#BUG}).
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    private UserError(int exitCode, String message) {
        super(message, null, false, false);  // no stack trace: the message is the whole story
        this.exitCode = exitCode;
    }

    /** Wrong arguments, unreadable or invalid files: exit 2. */
    public static UserError badInput(String message) { return new UserError(ExitCode.BAD_INPUT, message); }

    /** An engine unreachable, a connection lost, a file system that refused: exit 3. */
    public static UserError environment(String message) { return new UserError(ExitCode.ENVIRONMENT, message); }

    /** The exit code this failure ends the command with. */
    public int exitCode() { return exitCode; }

    /**
     * Builds a value whose constructor validates what the user gave (it names the bound it enforces), turning its
     * refusal into bad input; used only around such constructors, so that a bug's exception stays a bug.
     */
    static <T> T validated(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw badInput(e.getMessage());
        }
    }
}
