package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Shape;
import org.junit.jupiter.api.Test;

class DatasetSpecTest {
    @Test
    void aKeptDataSetMatchesOnlyTheSameShapeRecordsAndRowsPerQuery() {
        DatasetSpec aggregate = new DatasetSpec(Shape.AGGREGATE, 100_000, 1_000);
        assertThat(aggregate.manifest()).isEqualTo(new DatasetSpec(Shape.AGGREGATE, 100_000, 1_000).manifest());
        // 100 merchants of 1,000 rows are not 10 of 10,000: reusing one for the other would scan the wrong amount.
        assertThat(aggregate.manifest()).isNotEqualTo(new DatasetSpec(Shape.AGGREGATE, 100_000, 10_000).manifest());
        assertThat(aggregate.manifest()).isNotEqualTo(new DatasetSpec(Shape.AGGREGATE, 200_000, 1_000).manifest());
        assertThat(aggregate.manifest()).isNotEqualTo(new DatasetSpec(Shape.RANGE_SCAN, 100_000, 1_000).manifest());
    }
}
