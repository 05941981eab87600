package dev.polyglot.bench.profile;

/**
 * Which PostgreSQL statistics a draft comes from ({@code polyglot profile --from}). Redis and ClickHouse each have
 * one source, so for them only {@link #AUTO} is accepted.
 */
public enum ProfileSource {
    /** {@code pg_stat_statements} when the extension can be read, else {@code pg_stat_user_tables}. */
    AUTO,
    /** {@code pg_stat_statements} only: one workload per statement busy in the sample; unreadable is an error. */
    STATEMENTS,
    /** {@code pg_stat_user_tables} only: one workload per table with any recorded activity. */
    TABLES;

    /** The lowercase spelling used on the command line and in messages. */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
