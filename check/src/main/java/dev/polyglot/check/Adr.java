package dev.polyglot.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One architecture decision record as read from disk.
 *
 * @param path        where it is, absolute and normalised (for resolving relative references)
 * @param displayPath how findings name it: as the user reached it, with forward slashes
 * @param title       the first Markdown heading, if any
 * @param block       its front matter, or why there is none
 */
public record Adr(Path path, String displayPath, Optional<String> title, FrontMatterBlock block) {
    public String fileName() { return path.getFileName().toString(); }

    /** How other ADRs refer to it: the file name without extension, or the folder's name for a README.md. */
    public String name() { return AdrLayout.name(path); }

    /** Whether its front matter has one of polyglot's keys; only those ADRs are checked and reported on. */
    public boolean takesPart() { return block.takesPart(); }

    public Optional<FrontMatter> frontMatter() {
        return block instanceof FrontMatterBlock.Present p ? Optional.of(p.frontMatter()) : Optional.empty();
    }
}
