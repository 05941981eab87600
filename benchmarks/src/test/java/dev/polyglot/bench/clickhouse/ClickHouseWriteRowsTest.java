package dev.polyglot.bench.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import dev.polyglot.workloads.Shape;
import org.junit.jupiter.api.Test;

/** One bench write on ClickHouse is one INSERT of the data set's {@code --write-rows} rows: 1 and 7 rows, counted on the server. */
@LiveEngineTest
class ClickHouseWriteRowsTest {
    private static final long RECORDS = 3_600;

    @Test
    void oneWriteAppendsExactlyTheDataSetsRowsPerWrite() {
        try (ClickHouseBinding binding = ClickHouseBinding.open(LocalEngines.endpoint(ClickHouseDriver.ENGINE))) {
            try {
                binding.load(spec(1));
                for (int rows : new int[] {1, 7}) {
                    long before = count();
                    try (Operation op = binding.prepare(spec(rows))) {
                        assertThat(op.execute(OpKind.WRITE, 5)).isEqualTo(Outcome.OK);
                    }
                    assertThat(count() - before).as("rows appended by one write of --write-rows " + rows).isEqualTo(rows);
                }
            } finally {
                binding.cleanup();
            }
        }
    }

    private static DatasetSpec spec(int rows) {
        return new DatasetSpec(Shape.TIME_SERIES, RECORDS, DatasetSpec.TIME_SERIES_WINDOW_POINTS, DatasetSpec.DEFAULT_HOPS, WriteConsistency.DEFAULT,
                new WriteRows(rows));
    }

    private static long count() {
        return Long.parseLong(LocalEngines.clickhouse("SELECT count() FROM " + ClickHouseBinding.DATABASE + ".points").trim());
    }
}
