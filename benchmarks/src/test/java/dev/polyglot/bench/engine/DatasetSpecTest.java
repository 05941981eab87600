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

    @Test
    void aSearchsOperationSaysHowManyDocumentsItMatches() {
        assertThat(new DatasetSpec(Shape.FULL_TEXT, 3_000_000, 1).operation())
                .isEqualTo("a ranked top-10 search matching 1 of 3,000,000 documents (writes upsert one)");
        assertThat(new DatasetSpec(Shape.FULL_TEXT, 2_000, 30).operation())
                .isEqualTo("a ranked top-10 search matching 30 of 2,000 documents (writes upsert one)");
        assertThat(new DatasetSpec(Shape.FULL_TEXT, 20, 30).operation()).as("no more than the documents")
                .isEqualTo("a ranked top-10 search matching 20 of 20 documents (writes upsert one)");
        assertThat(new DatasetSpec(Shape.FULL_TEXT, 1, 1).operation()).isEqualTo("a ranked top-10 search matching 1 of 1 document (writes upsert one)");
    }

    @Test
    void aDataSetOfTheOlderLayoutIsNeverReused() {
        // Layout 1 (no group token in full-text bodies) wrote 31 + rows per query: a kept one must never read as a current one,
        // whose searches for a group's token would match nothing in it.
        for (long rows : new long[] {1, 2, 30, 31, 32, 33, 62, 63, 360, 1_000_000, 1_000_000_000L}) {
            Manifest current = new DatasetSpec(Shape.FULL_TEXT, 1_000, rows).manifest();
            assertThat(current.version()).as("stored in non-negative int columns (ClickHouse UInt32)").isNotNegative();
            for (long old : new long[] {1, 2, 31, 32, 33, 62, 63, 64, 360, 1_000_000, 1_000_000_000L}) {
                assertThat(current).isNotEqualTo(new Manifest(Shape.FULL_TEXT.id(), 1_000, (int) (31 + old)));
            }
        }
        assertThat(new DatasetSpec(Shape.FULL_TEXT, 1_000, 1).manifest()).isNotEqualTo(new DatasetSpec(Shape.FULL_TEXT, 1_000, 2).manifest());
    }
}
