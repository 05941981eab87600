package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two readings are compared only when nothing restarted, reset or evicted in between; else the reason is given. */
class PgWindowTest {
    private static final PgWindow OPENED = new PgWindow("2026-11-27 12:00:00+00", Optional.empty(), Optional.of("dealloc 0, stats_reset 2026-11-27 12:14"));

    @Test
    void anUnchangedWindowCanBeDiffed() {
        assertThat(new PgWindow(OPENED.started(), OPENED.dbReset(), OPENED.statements()).brokenSince(OPENED)).isEmpty();
    }

    @Test
    void aRestartAResetOrAnEvictionIsNamed() {
        assertThat(new PgWindow("2026-11-27 13:00:00+00", Optional.empty(), OPENED.statements()).brokenSince(OPENED))
                .hasValueSatisfying(why -> assertThat(why).startsWith("the server restarted"));
        assertThat(new PgWindow(OPENED.started(), Optional.of("2026-11-27 13:01"), OPENED.statements()).brokenSince(OPENED))
                .hasValueSatisfying(why -> assertThat(why).contains("the database's statistics were reset"));
        assertThat(new PgWindow(OPENED.started(), Optional.empty(), Optional.of("dealloc 3, stats_reset 2026-11-27 12:14")).brokenSince(OPENED))
                .hasValueSatisfying(why -> assertThat(why).contains("pg_stat_statements was reset or evicted statements", "dealloc 0", "dealloc 3"));
    }

    @Test
    void aStatementWhoseCallsWentDownIsFound() {
        PgStatementStats before = new PgStatementStats("1", "SELECT 1 FROM t WHERE id = $1", 500, 5, 1, 500, 1500);
        PgStatementStats after = new PgStatementStats("1", "SELECT 1 FROM t WHERE id = $1", 20, 0.2, 0.01, 20, 60);
        assertThat(PgStatementWorkloads.wentBackwards(Map.of("1", before), Map.of("1", after))).contains(after);
        assertThat(PgStatementWorkloads.wentBackwards(Map.of("1", after), Map.of("1", before))).isEmpty();
    }
}
