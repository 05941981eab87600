package dev.polyglot.check;

/** What the top of an ADR holds: no front matter, front matter that parsed, or front matter that did not. */
public sealed interface FrontMatterBlock {
    /** The file does not open with {@code ---}: it does not take part unless front matter is required. */
    record Absent() implements FrontMatterBlock {}

    record Present(FrontMatter frontMatter) implements FrontMatterBlock {}

    /** Front matter that is not a YAML map: unterminated, bad syntax, or a list or text at the top. */
    record Broken(int line, String message) implements FrontMatterBlock {}
}
