package dev.polyglot.bench.report;

import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one write of a run did, where the bench lets it vary by engine, so a report says which write it measured.
 *
 * @param consistency the level each write waited for, on an engine whose writes take one (Cassandra); empty on the others
 * @param rows        the rows each write appended, on an engine whose writes are batches (ClickHouse); empty on the others
 */
public record WriteTerms(Optional<WriteConsistency> consistency, Optional<WriteRows> rows) {
    /** An engine whose writes are one row at the engine's own durability. */
    public static final WriteTerms NONE = new WriteTerms(Optional.empty(), Optional.empty());

    public WriteTerms {
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(rows, "rows");
    }

    /** The terms in words for the table and the HTML report ("writes at consistency QUORUM"); empty for {@link #NONE}. */
    public List<String> phrases() {
        List<String> out = new ArrayList<>();
        consistency.ifPresent(c -> out.add("writes at consistency " + c.name()));
        rows.ifPresent(r -> out.add("writes append " + r.rows() + (r.rows() == 1 ? " row" : " rows") + " each"));
        return out;
    }
}
