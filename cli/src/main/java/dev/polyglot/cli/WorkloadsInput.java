package dev.polyglot.cli;

import dev.polyglot.workloads.EngineIdResolver;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the workloads file a command was given, the same way for every command: a file that cannot be read gets
 * one message; an invalid file gets every problem as {@code FILE:LINE:COLUMN: message} and a summary line. Both
 * map to exit code {@link ExitCode#BAD_INPUT}. Nothing is thrown. The file {@value #STDIN} is standard input, named
 * {@value #STDIN_NAME} in problems, so {@code polyglot profile ... | polyglot advise -} works.
 */
public final class WorkloadsInput {
    /** What loading gave. */
    public sealed interface Outcome {
        /** The file read and validated. */
        record Loaded(WorkloadsFile file) implements Outcome {}

        /** The file was refused and the reasons already printed; exit with {@code exitCode}. */
        record Failed(int exitCode) implements Outcome {}
    }

    /** The file argument that means standard input. */
    public static final String STDIN = "-";
    /** How standard input is named in problems ({@code <stdin>:LINE:COLUMN: ...}). */
    public static final String STDIN_NAME = "<stdin>";

    private WorkloadsInput() {}

    public static Outcome load(Path file, PrintWriter err) { return load(file, err, EngineIdResolver.STANDARD); }

    /** As {@link #load(Path, PrintWriter)}, accepting the engine ids {@code engines} knows in prefer and exclude. */
    public static Outcome load(Path file, PrintWriter err, EngineIdResolver engines) { return load(file, System.in, err, engines); }

    /** As {@link #load(Path, PrintWriter, EngineIdResolver)}, reading {@code stdin} when the file is {@value #STDIN}. */
    public static Outcome load(Path file, InputStream stdin, PrintWriter err, EngineIdResolver engines) {
        if (file.toString().equals(STDIN)) return rejectedOrLoaded(STDIN_NAME, readStdin(stdin, err), err, engines);
        String unreadable = unreadable(file);
        if (unreadable != null) {
            err.println("polyglot: cannot read " + file + ": " + unreadable);
            err.flush();
            return new Outcome.Failed(ExitCode.BAD_INPUT);
        }
        return outcome(file.toString(), WorkloadsReader.read(file, engines), err);
    }

    private static Outcome rejectedOrLoaded(String name, Optional<String> text, PrintWriter err, EngineIdResolver engines) {
        if (text.isEmpty()) return new Outcome.Failed(ExitCode.BAD_INPUT);
        return outcome(name, WorkloadsReader.read(name, text.get(), engines), err);
    }

    private static Outcome outcome(String name, ParseOutcome outcome, PrintWriter err) {
        if (outcome instanceof ParseOutcome.Parsed parsed) return new Outcome.Loaded(parsed.file());
        var problems = ((ParseOutcome.Rejected) outcome).problems();
        for (Problem problem : problems) err.println(problem);
        err.println("polyglot: " + name + " is not a valid workloads file (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "); see docs/workloads-format.md");
        err.flush();
        return new Outcome.Failed(ExitCode.BAD_INPUT);
    }

    /** Standard input as UTF-8 text (at most the reader's limit, plus one byte so it can refuse more), or empty after saying why. */
    private static Optional<String> readStdin(InputStream stdin, PrintWriter err) {
        try {
            byte[] bytes = stdin.readNBytes((int) WorkloadsReader.MAX_FILE_BYTES + 1);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            err.println("polyglot: cannot read " + STDIN_NAME + ": it is not UTF-8 text");
        } catch (IOException e) {
            err.println("polyglot: cannot read " + STDIN_NAME + ": " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }

    /** Why the file cannot be read, or null when it can. */
    private static String unreadable(Path file) {
        if (!Files.exists(file)) return "no such file";
        if (Files.isDirectory(file)) return "it is a directory, not a workloads file";
        if (!Files.isReadable(file)) return "permission denied";
        return null;
    }
}
