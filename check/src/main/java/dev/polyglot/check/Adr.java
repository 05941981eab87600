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

    public Optional<FrontMatter> frontMatter() {
        return block instanceof FrontMatterBlock.Present p ? Optional.of(p.frontMatter()) : Optional.empty();
    }
}
