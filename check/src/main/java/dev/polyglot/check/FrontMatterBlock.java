package dev.polyglot.check;

/** What the top of an ADR holds: no front matter, front matter that parsed, or front matter that did not. */
public sealed interface FrontMatterBlock {
    /** The file does not open with {@code ---}: it does not take part unless front matter is required. */
    record Absent() implements FrontMatterBlock {}

    record Present(FrontMatter frontMatter) implements FrontMatterBlock {}

    /**
     * Front matter that is not a YAML map: unterminated, bad syntax, or a list or text at the top.
     *
     * @param namesPolyglotKeys whether a line of it starts with one of polyglot's keys ({@code portfolio:}), so
     *                          the ADR meant to take part and its broken front matter is reported
     */
    record Broken(int line, String message, boolean namesPolyglotKeys) implements FrontMatterBlock {}

    /** Whether the ADR takes part in check: its front matter names one of polyglot's keys. */
    default boolean takesPart() {
        if (this instanceof Present p) return p.frontMatter().namesPolyglotKeys();
        return this instanceof Broken b && b.namesPolyglotKeys();
    }
}
