package dev.polyglot.check;

/**
 * One finding a baseline accepts. Matched on rule, file and key, never on line or wording, so moving a key
 * or a change in an estimate does not make an old finding look new.
 *
 * @param message the message when recorded, for people reading the baseline and for "fixed" reports
 */
public record BaselineEntry(String rule, String file, String key, String message) {
    public static BaselineEntry of(Finding f) { return new BaselineEntry(f.rule(), f.file(), f.key(), f.message()); }

    boolean matches(Finding f) { return rule.equals(f.rule()) && file.equals(f.file()) && key.equals(f.key()); }
}
