package dev.polyglot.workloads;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a workloads file (format version 1) into a validated {@link WorkloadsFile}, or rejects it with every
 * problem found, each as {@code FILE:LINE:COLUMN: message}. Never throws for bad input: hostile YAML (alias bombs,
 * nesting deeper than 100 levels, files over 10 MB) is refused quickly with a clear message.
 */
public final class WorkloadsReader {
    /** Largest file accepted, in bytes (10 MB, a power of 1000 as in the format's sizes). */
    public static final long MAX_FILE_BYTES = 10_000_000;

    private WorkloadsReader() {}

    /** Reads {@code file}, accepting the standard engine ids in prefer and exclude. */
    public static ParseOutcome read(Path file) { return read(file, EngineIdResolver.STANDARD); }

    /** Reads {@code file}, accepting the engine ids {@code engines} knows in prefer and exclude. */
    public static ParseOutcome read(Path file, EngineIdResolver engines) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) return tooLarge(name, size);
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) return tooLarge(name, bytes.length);
            return read(name, decode(bytes), engines);
        } catch (NoSuchFileException e) {
            return reject(name, "cannot read the file: it does not exist");
        } catch (AccessDeniedException e) {
            return reject(name, "cannot read the file: permission denied");
        } catch (CharacterCodingException e) {
            return reject(name, "the file is not UTF-8 text");
        } catch (IOException e) {
            return reject(name, "cannot read the file: " + (Files.isDirectory(file) ? "it is a directory" : e.getMessage()));
        }
    }

    /** Reads YAML text; {@code sourceName} names it in problems. */
    public static ParseOutcome read(String sourceName, String yamlText) { return read(sourceName, yamlText, EngineIdResolver.STANDARD); }

    public static ParseOutcome read(String sourceName, String yamlText, EngineIdResolver engines) {
        if (yamlText.length() > MAX_FILE_BYTES) return tooLarge(sourceName, yamlText.length());
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        Problems problems = new Problems(sourceName);
        Optional<WorkloadsFile> file = YamlDocument.compose(text, problems)
                .flatMap(root -> new FileReader(sourceName, problems, engines).read(root));
        if (problems.isEmpty() && file.isPresent()) return new ParseOutcome.Parsed(file.get());
        if (problems.isEmpty()) problems.at(SourcePosition.UNKNOWN, "the file could not be read as a workloads file");
        return new ParseOutcome.Rejected(problems.sorted());
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static ParseOutcome tooLarge(String name, long size) {
        return reject(name, String.format(java.util.Locale.ROOT,
                "refused: the file is %.1f MB; a workloads file may be at most %d MB", size / 1e6, MAX_FILE_BYTES / 1_000_000));
    }

    private static ParseOutcome reject(String name, String message) {
        return new ParseOutcome.Rejected(List.of(new Problem(name, SourcePosition.UNKNOWN, message)));
    }
}
