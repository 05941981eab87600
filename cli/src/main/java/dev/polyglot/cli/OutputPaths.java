package dev.polyglot.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The files and folders a command will write ({@code --json}, {@code --html}, {@code --hlog}, {@code --adr},
 * {@code --baseline}, {@code --output}), checked before it starts work, so a three-minute bench never ends in
 * "cannot write"; and, when writing fails anyway, the reason in words.
 */
final class OutputPaths {
    private OutputPaths() {}

    /** @throws UserError (bad input) "cannot write OPTION FILE: why" when {@code file} cannot be created or replaced */
    static void requireWritableFile(String option, Path file) {
        if (file == null) return;
        String why = null;
        if (Files.isDirectory(file)) why = file + " is a folder, not a file";
        else if (Files.exists(file) && !Files.isWritable(file)) why = "no permission to write " + file;
        else if (!Files.exists(file)) why = folderProblem(parent(file));
        if (why != null) throw UserError.badInput("cannot write " + option + " " + file + ": " + why);
    }

    /** @throws UserError (bad input) "cannot write the ADR in DIR: why" when {@code dir} is a file or cannot be made or written */
    static void requireWritableFolder(String what, Path dir) {
        if (dir == null) return;
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        String why = existing == null ? null : folderProblem(existing);
        if (why != null && existing.equals(dir.toAbsolutePath()) && !Files.isDirectory(existing)) why = dir + " is a file, not a folder";
        if (why != null) throw UserError.badInput("cannot write " + what + " in " + dir + ": " + why);
    }

    /** What went wrong writing, for "cannot write X: ...": the exception's message names only the path. */
    static String why(IOException e) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : e.getMessage();
        if (e instanceof NoSuchFileException) return "the folder of " + file + " does not exist";
        if (e instanceof AccessDeniedException) return "no permission to write " + file;
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) return file + " is a file, not a folder";
        return e.getMessage();
    }

    private static Path parent(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : file.toAbsolutePath().getParent();
    }

    private static String folderProblem(Path folder) {
        if (!Files.exists(folder)) return "the folder " + folder + " does not exist";
        if (!Files.isDirectory(folder)) return folder + " is a file, not a folder";
        if (!Files.isWritable(folder)) return "no permission to create files in " + folder;
        return null;
    }
}
