package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number followed by an optional unit word, as in {@code 30M}, {@code 512 MiB}, {@code 24h}, {@code 1 hour}:
 * the shared first step of the count, size and duration parsers.
 *
 * @param number the number, as written
 * @param unit   the unit word, lower case, empty when none was written
 */
record UnitText(BigDecimal number, String unit) {
    private static final Pattern NUMBER_UNIT = Pattern.compile("(.*?)\\s*([A-Za-z]*)");

    static Optional<UnitText> split(String text) {
        Matcher m = NUMBER_UNIT.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        return Decimals.parse(m.group(1)).map(n -> new UnitText(n, m.group(2).toLowerCase(Locale.ROOT)));
    }

    /** The number times the unit's factor, or refused naming the units that exist. */
    static Conversion<BigDecimal> scaled(String text, Map<String, BigDecimal> units, String what, String known) {
        Optional<UnitText> split = split(text);
        if (split.isEmpty()) return Conversion.refused("not " + what);
        BigDecimal factor = units.get(split.get().unit());
        if (factor == null) {
            return Conversion.refused("'" + split.get().unit() + "' is not a unit of " + known);
        }
        return Conversion.of(split.get().number().multiply(factor));
    }
}
