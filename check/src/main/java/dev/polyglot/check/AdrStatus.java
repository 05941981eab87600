package dev.polyglot.check;

import dev.polyglot.workloads.Identifiers;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The life-cycle states an ADR's {@code status:} may take, read as authors write them: case-insensitive, and
 * MADR's {@code superseded by ADR-0007}, {@code superseded by [ADR-0007](0007-x.md)} or
 * {@code superseded by 0007-x.md} mean {@link #SUPERSEDED} with that successor.
 */
public enum AdrStatus {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

    private static final Pattern SUPERSEDED_BY = Pattern.compile("(?i)superseded\\s+by\\s*:?\\s*(.*?)\\s*");
    /** A Markdown link: the target is the reference, the text only what readers see. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Matched case-insensitively, as engine ids and shapes are; {@code superseded by X} is superseded. */
    public static Optional<AdrStatus> parse(String text) {
        if (SUPERSEDED_BY.matcher(text.strip()).matches()) return Optional.of(SUPERSEDED);
        String wanted = Identifiers.normalize(text);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }

    /**
     * The successor a {@code superseded by ...} status names: a link's target, else the text as written
     * ({@code ADR-0007}, {@code 0007-x.md}); empty for any other status or a bare {@code superseded by}.
     */
    public static Optional<String> successor(String status) {
        Matcher m = SUPERSEDED_BY.matcher(status.strip());
        if (!m.matches() || m.group(1).isEmpty()) return Optional.empty();
        Matcher link = LINK.matcher(m.group(1));
        String reference = link.find() ? link.group(1).replaceFirst("#.*$", "") : m.group(1).replaceAll("^[`'\"]+|[`'\"]+$", "");
        return reference.isBlank() ? Optional.empty() : Optional.of(reference);
    }

    public static List<String> ids() { return Arrays.stream(values()).map(AdrStatus::id).toList(); }

    @Override public String toString() { return id(); }
}
