package dev.polyglot.cli.advice;

import java.time.LocalDate;

/**
 * What a format needs besides the advice.
 *
 * @param workloadsPath the workloads file as the user named it (the ADR's front matter points at it)
 * @param date          the decision date written into an ADR
 * @param colour        whether text output may use ANSI colour (a terminal, and NO_COLOR unset)
 */
public record AdviceContext(String workloadsPath, LocalDate date, boolean colour) {}
