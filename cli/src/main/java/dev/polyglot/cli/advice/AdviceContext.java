package dev.polyglot.cli.advice;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * What a format needs besides the advice.
 *
 * @param workloadsPath the workloads file as the user named it (the ADR's front matter points at it)
 * @param date          the decision date written into an ADR
 * @param colour        whether text output may use ANSI colour (a terminal, and NO_COLOR unset)
 * @param months        how far ahead the advice looks ({@code advise --months N}); empty for today
 */
public record AdviceContext(String workloadsPath, LocalDate date, boolean colour, OptionalDouble months) {
    /** Advice for today. */
    public AdviceContext(String workloadsPath, LocalDate date, boolean colour) { this(workloadsPath, date, colour, OptionalDouble.empty()); }

    /** The system as reports title it: "walletkart", or "walletkart in 12 months". */
    public String title(String system) {
        if (months.isEmpty()) return system;
        double m = months.getAsDouble();
        return system + " in " + dev.polyglot.advisor.model.Numbers.trim(m) + (m == 1 ? " month" : " months");
    }
}
