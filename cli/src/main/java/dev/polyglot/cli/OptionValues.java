package dev.polyglot.cli;

import dev.polyglot.workloads.Conversion;
import dev.polyglot.workloads.Counts;
import dev.polyglot.workloads.Decimals;
import dev.polyglot.workloads.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values read in the units workloads files take, so what works in the file works on the command line. */
final class OptionValues {
    private OptionValues() {}

    /** A latency budget in milliseconds: {@code 50} (as {@code p99_ms}), or a duration as {@code p99}: {@code 50ms}, {@code 0.5s}. */
    static final class Milliseconds implements ITypeConverter<Double> {
        @Override public Double convert(String text) {
            var number = Decimals.parse(text.strip());
            if (number.isPresent() && number.get().signum() > 0) return number.get().doubleValue();
            if (number.isEmpty() && Durations.parse(text) instanceof Conversion.Converted<java.time.Duration> d) return Durations.millis(d.value());
            throw new TypeConversionException("'" + text + "' is not a latency above 0 such as 50 (milliseconds), 50ms or 0.5s");
        }
    }

    /** A count as {@code records} takes it: {@code 100000}, {@code 200k}, {@code 30M}. */
    static final class Count implements ITypeConverter<Long> {
        @Override public Long convert(String text) {
            if (Counts.parse(text) instanceof Conversion.Converted<Long> n && n.value() > 0) return n.value();
            throw new TypeConversionException("'" + text + "' is not a count of 1 or more such as 100000, 200k or 30M");
        }
    }

    /** Operations per second as {@code ops_per_sec} takes them: {@code 800}, {@code 0.5}, {@code 200k}. */
    static double opsPerSecond(String option, String text) {
        if (Counts.positiveAmount(text) instanceof Conversion.Converted<Double> r) return r.value();
        throw UserError.badInput(option + " must be a number of ops/s above 0 such as 800, 0.5 or 200k, or max, was '" + text + "'");
    }
}
