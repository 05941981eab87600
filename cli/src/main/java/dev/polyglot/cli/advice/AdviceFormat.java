package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;

/** One way to print an {@link Advice}; one class per format. */
public interface AdviceFormat {
    /** The whole document, ending with a newline. */
    String render(Advice advice);

    /** The format named on the command line. */
    static AdviceFormat of(Format format, AdviceContext context) {
        return switch (format) {
            case TEXT -> new TextAdviceFormat(context);
            case JSON -> new JsonAdviceFormat(context);
            case MARKDOWN -> new MarkdownAdviceFormat(context);
            case MERMAID -> new MermaidAdviceFormat();
        };
    }

    /** The formats of {@code advise --format}. */
    enum Format { TEXT, JSON, MARKDOWN, MERMAID }
}
