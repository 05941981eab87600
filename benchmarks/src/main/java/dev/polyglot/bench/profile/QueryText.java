package dev.polyglot.bench.profile;

/** Query text as a draft's comments show it: on one line, cut to a length. */
public final class QueryText {
    private QueryText() {}

    /** {@code text} with every run of whitespace made one space, cut to at most {@code max} characters (ending "..." when cut); max at least 4. */
    public static String oneLine(String text, int max) {
        if (max < 4) throw new IllegalArgumentException("max must be at least 4, was " + max);
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
