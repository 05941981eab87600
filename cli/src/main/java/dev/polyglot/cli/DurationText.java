package dev.polyglot.cli;

import dev.polyglot.workloads.Conversion;
import dev.polyglot.workloads.Durations;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Reads the command line's durations in the units workloads files take ({@code 500ms}, {@code 30s}, {@code 2m},
 * {@code 1h}). A unit is required, as in the file: a bare {@code 5} could mean seconds or milliseconds. Zero may be
 * written without one ({@code --warmup 0}).
 */
final class DurationText {
    private static final Pattern ZERO = Pattern.compile("0+(?:\\.0*)?\\s*(?:ns|us|ms|s|m|h|d|w)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private DurationText() {}

    /** @throws UserError (bad input) naming the option and the expected form */
    static Duration parse(String option, String text) {
        String t = text.strip();
        if (ZERO.matcher(t).matches()) return Duration.ZERO;
        if (PLAIN_NUMBER.matcher(t).matches()) {
            throw UserError.badInput(option + " '" + text + "' needs a unit, as in workloads files: " + t + "s, " + t + "ms, " + t + "m or " + t + "h");
        }
        if (Durations.parse(t) instanceof Conversion.Converted<Duration> d) return d.value();
        throw UserError.badInput(option + " '" + text + "' is not a duration like 500ms, 30s, 2m or 1h");
    }
}
