package dev.polyglot.cli;

import dev.polyglot.workloads.EngineIdResolver;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the workloads file a command was given, the same way for every command: a file that cannot be read gets
 * one message; an invalid file gets every problem as {@code FILE:LINE:COLUMN: message} and a summary line. Both
 * map to exit code {@link ExitCode#BAD_INPUT}. Nothing is thrown.
 */
public final class WorkloadsInput {
    /** What loading gave. */
    public sealed interface Outcome {
        /** The file read and validated. */
        record Loaded(WorkloadsFile file) implements Outcome {}

        /** The file was refused and the reasons already printed; exit with {@code exitCode}. */
        record Failed(int exitCode) implements Outcome {}
    }

    private WorkloadsInput() {}

    public static Outcome load(Path file, PrintWriter err) { return load(file, err, EngineIdResolver.STANDARD); }

    /** As {@link #load(Path, PrintWriter)}, accepting the engine ids {@code engines} knows in prefer and exclude. */
    public static Outcome load(Path file, PrintWriter err, EngineIdResolver engines) {
        String unreadable = unreadable(file);
        if (unreadable != null) {
            err.println("polyglot: cannot read " + file + ": " + unreadable);
            err.flush();
            return new Outcome.Failed(ExitCode.BAD_INPUT);
        }
        ParseOutcome outcome = WorkloadsReader.read(file, engines);
        if (outcome instanceof ParseOutcome.Parsed parsed) return new Outcome.Loaded(parsed.file());
        var problems = ((ParseOutcome.Rejected) outcome).problems();
        for (Problem problem : problems) err.println(problem);
        err.println("polyglot: " + file + " is not a valid workloads file (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "); see docs/workloads-format.md");
        err.flush();
        return new Outcome.Failed(ExitCode.BAD_INPUT);
    }

    /** Why the file cannot be read, or null when it can. */
    private static String unreadable(Path file) {
        if (!Files.exists(file)) return "no such file";
        if (Files.isDirectory(file)) return "it is a directory, not a workloads file";
        if (!Files.isReadable(file)) return "permission denied";
        return null;
    }
}
